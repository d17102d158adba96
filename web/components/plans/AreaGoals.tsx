import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TArea } from '../../types.ts';

/** An area's overall goal and sub-goals; headings one level below `level`. */
export function AreaGoals({ area, level }: { area: TArea; level: 3 | 4 }) {
  return (
    <div className="plan-goals">
      <Heading level={level} data-size="xs">
        Overordnet mål
      </Heading>
      <Paragraph>{area.overallGoal || 'Ikke fastsatt ennå.'}</Paragraph>
      {area.subGoals.length > 0 && (
        <>
          <Heading level={level} data-size="xs">
            Delmål
          </Heading>
          <ol className="plan-list">
            {area.subGoals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** The area's measures, prioritised first, then the possible ones. */
export function AreaMeasures({ area, level }: { area: TArea; level: 3 | 4 }) {
  const prioritised = area.measures.filter((m) => m.priority === 'prioritised');
  const possible = area.measures.filter((m) => m.priority !== 'prioritised');
  if (area.measures.length === 0) return null;
  return (
    <div className="plan-measures two-columns">
      {prioritised.length > 0 && (
        <div>
          <Heading level={level} data-size="xs">
            Prioriterte tiltak
          </Heading>
          <ul className="plan-list">
            {prioritised.map((m) => (
              <li key={m.id}>{m.title}</li>
            ))}
          </ul>
        </div>
      )}
      {possible.length > 0 && (
        <div>
          <Heading level={level} data-size="xs">
            Mulige tiltak
          </Heading>
          <ul className="plan-list">
            {possible.map((m) => (
              <li key={m.id}>{m.title}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
