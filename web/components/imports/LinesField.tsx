import { Textfield } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';

const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A list edited as text, one item per line. Keeps what is typed (blank lines, trailing
 * spaces) and only takes the list from outside when it has really changed.
 */
export function LinesField({
  id,
  label,
  description,
  value,
  onChange,
}: {
  id: string;
  label: ReactNode;
  description?: string;
  value: string[];
  onChange: (next: string[]) => void;
}) {
  const [text, setText] = useState(() => value.join('\n'));
  const shown = same(toLines(text), value) ? text : value.join('\n');
  return (
    <Textfield
      id={id}
      label={label}
      description={description}
      multiline
      rows={Math.min(6, Math.max(2, value.length + 1))}
      value={shown}
      onChange={(e) => {
        setText(e.target.value);
        onChange(toLines(e.target.value));
      }}
    />
  );
}
