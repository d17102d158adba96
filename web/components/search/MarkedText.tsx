import type { TMarkedText } from '../../types.ts';

/** Text from the server with the found words in <mark>; plain text, never HTML. */
export function MarkedText({ text }: { text: TMarkedText }) {
  return (
    <>
      {text.map((part, i) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are positional
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are positional
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
