import { Details, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { LinesField } from '../imports/LinesField.tsx';
import type { Values } from './indicatorValues.ts';

type TextKey =
  | 'title'
  | 'titleNn'
  | 'titleEn'
  | 'description'
  | 'descriptionNn'
  | 'descriptionEn'
  | 'sourceText'
  | 'definitions';

export const TEXT_KEYS: readonly TextKey[] = [
  'title',
  'titleNn',
  'titleEn',
  'description',
  'descriptionNn',
  'descriptionEn',
  'sourceText',
  'definitions',
];

/**
 * The words around the figure: title and description (bokmål, with nynorsk and English
 * optional), the source line, definitions, and footnotes and warnings one per line.
 */
export function IndicatorTextFields({
  ids,
  values,
  errors,
  onChange,
}: {
  ids: Record<TextKey | 'footnotes' | 'warnings', string>;
  values: Values;
  errors: Record<string, string | undefined>;
  onChange: (patch: Partial<Values>) => void;
}) {
  const text = (key: TextKey) => ({
    id: ids[key],
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => onChange({ [key]: e.target.value }),
  });
  const translated = [values.titleNn, values.titleEn, values.descriptionNn, values.descriptionEn];
  const translationError = ['titleNn', 'titleEn', 'descriptionNn', 'descriptionEn'].some(
    (k) => errors[k],
  );
  const [open, setOpen] = useState(() => translated.some((t) => t.trim() !== ''));
  // A refused save naming a translation opens them, so its error link has a field to reach.
  useEffect(() => {
    if (translationError) setOpen(true);
  }, [translationError]);
  return (
    <>
      <Textfield label="Tittel" {...text('title')} />
      <Textfield
        label="Beskrivelse"
        description="Hva figuren viser, i en eller to setninger."
        multiline
        rows={3}
        {...text('description')}
      />
      <Details
        data-testid="indicator-translations"
        open={open}
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <Details.Summary>Nynorsk og engelsk (valgfritt)</Details.Summary>
        <Details.Content className="stack">
          <Textfield label="Tittel på nynorsk" lang="nn" {...text('titleNn')} />
          <Textfield
            label="Beskrivelse på nynorsk"
            lang="nn"
            multiline
            rows={3}
            {...text('descriptionNn')}
          />
          <Textfield label="Tittel på engelsk" lang="en" {...text('titleEn')} />
          <Textfield
            label="Beskrivelse på engelsk"
            lang="en"
            multiline
            rows={3}
            {...text('descriptionEn')}
          />
        </Details.Content>
      </Details>
      <Textfield
        label="Kildelinje"
        description="Vises under figuren, for eksempel «Tallgrunnlaget er SSBs statistikk over FoU-utgifter.» Står feltet tomt, brukes datasettets."
        {...text('sourceText')}
      />
      <Textfield
        label="Definisjoner"
        description="Hva begrepene i figuren betyr, for eksempel hva som regnes som FoU."
        multiline
        rows={3}
        {...text('definitions')}
      />
      <LinesField
        id={ids.footnotes}
        label="Fotnoter"
        description="Én fotnote per linje."
        value={values.footnotes}
        onChange={(footnotes) => onChange({ footnotes })}
      />
      {errors.footnotes && <p className="ds-validation-message">{errors.footnotes}</p>}
      <LinesField
        id={ids.warnings}
        label="Advarsler"
        description="Én advarsel per linje, for eksempel om brudd i tidsserien. Vises tydelig over figuren."
        value={values.warnings}
        onChange={(warnings) => onChange({ warnings })}
      />
      {errors.warnings && <p className="ds-validation-message">{errors.warnings}</p>}
    </>
  );
}
