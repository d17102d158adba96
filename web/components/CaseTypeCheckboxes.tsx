import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { CASE_TYPE_LABELS, CASE_TYPES, type CaseType } from '../../core/case-types.ts';

/** "Type sak": one or more of vedtakssak, orienteringssak, diskusjonssak. */
export function CaseTypeCheckboxes({
  id,
  value,
  onChange,
  error,
  legend = 'Type sak',
}: {
  id: string;
  value: CaseType[];
  onChange: (next: CaseType[]) => void;
  error?: string;
  legend?: string;
}) {
  return (
    <Fieldset id={id} aria-invalid={error ? true : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Fieldset.Description>Velg én eller flere.</Fieldset.Description>
      <div className="inline-choices">
        {CASE_TYPES.map((type) => (
          <Checkbox
            key={type}
            label={CASE_TYPE_LABELS[type]}
            value={type}
            checked={value.includes(type)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? CASE_TYPES.filter((t) => t === type || value.includes(t))
                  : value.filter((t) => t !== type),
              )
            }
          />
        ))}
      </div>
      {error && (
        <p className="ds-validation-message" data-field="validation">
          {error}
        </p>
      )}
    </Fieldset>
  );
}
