import { Button } from '@digdir/designsystemet-react';

/**
 * "Flytt opp" / "Flytt ned" for one row of an ordered list. The data-move attributes let the
 * list put focus back on the moved row's button after it re-renders.
 */
export function MoveButtons({
  label,
  index,
  count,
  onMove,
}: {
  label: string;
  index: number;
  count: number;
  onMove: (index: number, delta: -1 | 1) => void;
}) {
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        data-move="up"
        disabled={index === 0}
        aria-label={`Flytt opp: ${label}`}
        onClick={() => onMove(index, -1)}
      >
        Flytt opp
      </Button>
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        data-move="down"
        disabled={index === count - 1}
        aria-label={`Flytt ned: ${label}`}
        onClick={() => onMove(index, 1)}
      >
        Flytt ned
      </Button>
    </>
  );
}
