import { Button, Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { memo, useState } from 'react';
import type { ImportedCase } from '../../types.ts';
import { CaseTypeCheckboxes } from '../CaseTypeCheckboxes.tsx';
import { fieldId, LONG_TEXTS, type LongTextKey, preview } from './importText.ts';

const PAPER_TEXTS: LongTextKey[] = ['background', 'reason', 'mainPoints', 'proposedDecision'];
const MINUTES_TEXTS: LongTextKey[] = ['minutesText', 'decision'];

import { LinesField } from './LinesField.tsx';

export type CaseChange = (mi: number, ci: number, patch: Partial<ImportedCase>) => void;

/** A label that names its case for screen readers: "Tittel" + hidden ", sak 3/2/2019". */
const named = (text: string, where: string) => (
  <>
    {text}
    <span className="visually-hidden">, {where}</span>
  </>
);

/** One case as found: its header fields open, the long texts folded away. */
export const ImportedCaseEditor = memo(function ImportedCaseEditor({
  value: c,
  saved,
  mi,
  ci,
  minutes,
  errors,
  onChange,
  onRemove,
}: {
  value: ImportedCase;
  /** The case as last saved, so a problem is only shown on a field not yet changed. */
  saved: ImportedCase | undefined;
  mi: number;
  ci: number;
  minutes: boolean;
  errors: Record<string, string>;
  onChange: CaseChange;
  onRemove: (mi: number, ci: number) => void;
}) {
  const id = (field: string) => fieldId.caseField(mi, ci, field);
  const where = `sak ${c.number || c.rawNumber}`;
  const set = (patch: Partial<ImportedCase>) => onChange(mi, ci, patch);
  const error = (field: 'number' | 'title') =>
    saved && saved[field] === c[field] ? errors[id(field)] : undefined;
  // Minutes carry the decision, case papers the proposal: the other kind's texts only if found.
  const own = minutes ? MINUTES_TEXTS : PAPER_TEXTS;
  const texts = LONG_TEXTS.filter(({ key }) => own.includes(key) || c[key]).sort(
    (a, b) => Number(!own.includes(a.key)) - Number(!own.includes(b.key)),
  );
  // Minutes seldom name sender or attachments: fold those fields away when nothing was found.
  // Decided once, so typing in them does not move them.
  const [details] = useState(
    () =>
      minutes &&
      !c.sender &&
      !c.caseOfficers.length &&
      !c.attachments.length &&
      !c.previouslyHandled.length,
  );
  const info = (
    <>
      <Paragraph data-size="sm" className="muted import-case__hint">
        I listene står ett navn, vedlegg eller saksnummer per linje.
      </Paragraph>
      <div className="import-grid import-grid--info">
        <Textfield
          id={id('sender')}
          label={named('Fra', where)}
          value={c.sender ?? ''}
          maxLength={300}
          onChange={(e) => set({ sender: e.target.value || null })}
        />
        <LinesField
          id={id('officers')}
          label={named('Saksbehandlere', where)}
          value={c.caseOfficers}
          onChange={(caseOfficers) => set({ caseOfficers })}
        />
        <LinesField
          id={id('attachments')}
          label={named('Vedlegg', where)}
          value={c.attachments}
          onChange={(attachments) => set({ attachments })}
        />
        <LinesField
          id={id('previous')}
          label={named('Tidligere behandlet', where)}
          value={c.previouslyHandled}
          onChange={(previouslyHandled) => set({ previouslyHandled })}
        />
      </div>
    </>
  );

  return (
    <section
      className="import-case"
      id={fieldId.caseSection(mi, ci)}
      aria-labelledby={id('heading')}
      data-testid="import-case"
    >
      <div className="import-case__head">
        <Heading level={4} data-size="xs" id={id('heading')} tabIndex={-1}>
          <span className="case-number">Sak {c.number || c.rawNumber}</span> {c.title}
        </Heading>
        <Button
          type="button"
          variant="tertiary"
          data-color="danger"
          data-size="sm"
          onClick={() => onRemove(mi, ci)}
        >
          Ta ut av importen<span className="visually-hidden">: {where}</span>
        </Button>
      </div>
      <Paragraph data-size="sm" className="muted import-case__raw">
        Som skrevet i filen: «{c.rawNumber}»
      </Paragraph>
      <div className="import-grid import-grid--case">
        <Textfield
          id={id('number')}
          label={named('Saksnummer', where)}
          description="N/M/ÅÅÅÅ"
          value={c.number}
          maxLength={40}
          error={error('number')}
          onChange={(e) => set({ number: e.target.value })}
        />
        <Textfield
          id={id('title')}
          label={named('Tittel', where)}
          value={c.title}
          maxLength={1000}
          error={error('title')}
          onChange={(e) => set({ title: e.target.value })}
        />
      </div>
      <CaseTypeCheckboxes id={id('types')} value={c.types} onChange={(types) => set({ types })} />
      {!details && info}
      <div className="import-texts">
        {details && (
          <Details data-size="sm" className="import-text">
            <Details.Summary>
              <span className="import-text__label">Saksopplysninger</span>{' '}
              <span className="import-text__preview">
                Fra, saksbehandlere, vedlegg og tidligere behandlet: tomme
              </span>
            </Details.Summary>
            <Details.Content>{info}</Details.Content>
          </Details>
        )}
        {texts.map(({ key, label }) => {
          const text = c[key];
          const short = preview(text);
          return (
            <Details key={key} data-size="sm" className="import-text">
              <Details.Summary>
                <span className="import-text__label">{label}</span>{' '}
                <span className="import-text__preview">
                  {short ?? 'tom'}
                  {text && text.length > 90 && ` (${text.length.toLocaleString('nb-NO')} tegn)`}
                </span>
              </Details.Summary>
              <Details.Content>
                <Textfield
                  id={id(key)}
                  label={named(label, where)}
                  multiline
                  rows={Math.min(16, Math.max(4, Math.ceil((text?.length ?? 0) / 90) + 1))}
                  value={text ?? ''}
                  onChange={(e) => set({ [key]: e.target.value || null })}
                />
              </Details.Content>
            </Details>
          );
        })}
      </div>
    </section>
  );
});
