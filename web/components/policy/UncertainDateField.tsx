import { Textfield } from '@digdir/designsystemet-react';
import { formatShortDate, isExactDate, parseUncertainDate } from '../../../core/uncertain-dates.ts';
import { todayIso } from '../../format.ts';

export const DATE_WORDING_HINT =
  'Skriv datoen slik den er oppgitt, for eksempel «våren 2026», «innen 1. november 2026» eller «22.12.2025».';

/**
 * A date as the ministry words it. Under the field, how Rådsrom reads it ("Leses som
 * 1.1.2026–30.6.2026"), so a wording the server cannot read is seen before saving.
 */
export function UncertainDateField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const parsed = value.trim() ? parseUncertainDate(value, todayIso()) : null;
  const reading = !value.trim()
    ? ''
    : parsed
      ? `Leses som ${
          isExactDate(parsed)
            ? formatShortDate(parsed.from)
            : `${formatShortDate(parsed.from)}–${formatShortDate(parsed.to)}`
        }.`
      : 'Rådsrom finner ingen dato i teksten.';
  return (
    <div className="policy-date-field">
      <Textfield
        id={id}
        label={label}
        description={DATE_WORDING_HINT}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        autoComplete="off"
      />
      {reading && (
        <p className="muted small policy-date-field__reading" data-testid={`${id}-reading`}>
          {reading}
        </p>
      )}
    </div>
  );
}
