import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';

export type LinkValue = { title: string; url: string };

/** "Lenker": the document on regjeringen.no, the consultation page, reports. */
export function LinksField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: LinkValue[];
  error?: string;
  onChange: (next: LinkValue[]) => void;
}) {
  const focus = (target: string) =>
    window.requestAnimationFrame(() => document.getElementById(target)?.focus());
  const update = (index: number, patch: Partial<LinkValue>) =>
    onChange(value.map((l, i) => (i === index ? { ...l, ...patch } : l)));

  return (
    <Fieldset id={id} aria-invalid={error ? true : undefined}>
      <Fieldset.Legend>Lenker</Fieldset.Legend>
      <Fieldset.Description>
        Til dokumentet, høringssiden eller andre kilder. Adressen begynner med https://.
      </Fieldset.Description>
      {value.length === 0 && <p className="muted">Ingen lenker.</p>}
      {value.map((link, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div className="row row--end policy-link-row" key={i}>
          <Textfield
            id={`${id}-${i}-title`}
            label={`Lenketekst ${i + 1}`}
            value={link.title}
            onChange={(e) => update(i, { title: e.target.value })}
          />
          <Textfield
            id={`${id}-${i}-url`}
            label={`Adresse ${i + 1}`}
            type="url"
            inputMode="url"
            value={link.url}
            onChange={(e) => update(i, { url: e.target.value })}
          />
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-label={`Fjern lenke ${i + 1}${link.title ? `: ${link.title}` : ''}`}
            onClick={() => {
              onChange(value.filter((_, j) => j !== i));
              focus(value.length > 1 ? `${id}-${Math.max(0, i - 1)}-title` : `${id}-add`);
            }}
          >
            Fjern
          </Button>
        </div>
      ))}
      {error && <p className="ds-validation-message">{error}</p>}
      <div>
        <Button
          id={`${id}-add`}
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => {
            onChange([...value, { title: '', url: '' }]);
            focus(`${id}-${value.length}-title`);
          }}
        >
          Legg til lenke
        </Button>
      </div>
    </Fieldset>
  );
}
