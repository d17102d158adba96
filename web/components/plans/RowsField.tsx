import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';

export type RowColumn<K extends string> = {
  key: K;
  label: string;
  type?: 'text' | 'url';
  multiline?: boolean;
};

/**
 * A list of small records edited as rows of fields ("Interessenter": name and role), with
 * "Legg til" and "Fjern". Labels carry the row number so every field has its own name.
 */
export function RowsField<K extends string>({
  id,
  legend,
  description,
  noun,
  columns,
  value,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  description?: string;
  /** "interessent": used in "Legg til interessent", "Fjern interessent 2". */
  noun: string;
  columns: readonly RowColumn<K>[];
  value: Record<K, string>[];
  error?: string;
  onChange: (next: Record<K, string>[]) => void;
}) {
  const first = columns[0]?.key;
  const focus = (target: string) =>
    window.requestAnimationFrame(() => document.getElementById(target)?.focus());
  const update = (index: number, key: K, text: string) =>
    onChange(value.map((row, i) => (i === index ? { ...row, [key]: text } : row)));
  const empty = () => Object.fromEntries(columns.map((c) => [c.key, ''])) as Record<K, string>;

  return (
    <Fieldset id={id} aria-invalid={error ? true : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {value.length === 0 && <p className="muted">Ingen ennå.</p>}
      {value.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div className="row row--end plan-rows-field__row" key={i}>
          {columns.map((c) => {
            const common = {
              id: `${id}-${i}-${c.key}`,
              label: `${c.label} ${i + 1}`,
              value: row[c.key],
            };
            return c.multiline ? (
              <Textfield
                key={c.key}
                {...common}
                multiline
                rows={2}
                onChange={(e) => update(i, c.key, e.target.value)}
              />
            ) : (
              <Textfield
                key={c.key}
                {...common}
                type={c.type ?? 'text'}
                inputMode={c.type === 'url' ? 'url' : undefined}
                onChange={(e) => update(i, c.key, e.target.value)}
              />
            );
          })}
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-label={`Fjern ${noun} ${i + 1}${first && row[first] ? `: ${row[first]}` : ''}`}
            onClick={() => {
              onChange(value.filter((_, j) => j !== i));
              focus(value.length > 1 ? `${id}-${Math.max(0, i - 1)}-${first}` : `${id}-add`);
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
            onChange([...value, empty()]);
            focus(`${id}-${value.length}-${first}`);
          }}
        >
          Legg til {noun}
        </Button>
      </div>
    </Fieldset>
  );
}
