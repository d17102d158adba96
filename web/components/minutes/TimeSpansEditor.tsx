import { Button, Textfield } from '@digdir/designsystemet-react';
import type { TimeSpan } from '../../../core/attendance.ts';

const MAX_SPANS = 6;

/** "Deler av møtet": zero to six time spans, each with a from and a to time. */
export function TimeSpansEditor({
  id,
  person,
  spans,
  error,
  onChange,
}: {
  id: string;
  person: string;
  spans: TimeSpan[];
  error?: string;
  onChange: (spans: TimeSpan[]) => void;
}) {
  const setSpan = (index: number, key: keyof TimeSpan, value: string) =>
    onChange(spans.map((s, i) => (i === index ? { ...s, [key]: value } : s)));
  return (
    <div className="spans" id={id} tabIndex={-1}>
      {spans.map((span, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: spans have no identity beyond their place
        <div key={i} className="spans__row">
          <Textfield
            type="time"
            data-size="sm"
            label={
              <>
                Fra
                <span className="visually-hidden">
                  {' '}
                  (tidsrom {i + 1} for {person})
                </span>
              </>
            }
            value={span.from}
            onChange={(e) => setSpan(i, 'from', e.target.value)}
          />
          <Textfield
            type="time"
            data-size="sm"
            label={
              <>
                Til
                <span className="visually-hidden">
                  {' '}
                  (tidsrom {i + 1} for {person})
                </span>
              </>
            }
            value={span.to}
            onChange={(e) => setSpan(i, 'to', e.target.value)}
          />
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-label={`Fjern tidsrom ${i + 1} for ${person}`}
            onClick={() => onChange(spans.filter((_, j) => j !== i))}
          >
            Fjern
          </Button>
        </div>
      ))}
      {error && <p className="ds-validation-message">{error}</p>}
      {spans.length < MAX_SPANS && (
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          aria-label={`Legg til tidsrom for ${person}`}
          onClick={() => onChange([...spans, { from: '', to: '' }])}
        >
          Legg til tidsrom
        </Button>
      )}
    </div>
  );
}
