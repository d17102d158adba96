import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TImport } from '../../types.ts';
import { focusField, PROBLEMS_HEADING, problemTarget } from './importText.ts';

/** "Må rettes før lagring": what the server says stops the import, each linking to its field. */
export function ImportProblems({ imp, dirty }: { imp: TImport; dirty: boolean }) {
  if (imp.problems.length === 0) return null;
  return (
    <section
      aria-labelledby={PROBLEMS_HEADING}
      className="import-problems block"
      data-testid="import-problems"
    >
      <Heading level={2} data-size="sm" id={PROBLEMS_HEADING} tabIndex={-1}>
        Må rettes før lagring ({imp.problems.length})
      </Heading>
      <Paragraph data-size="sm">
        Importen kan ikke lagres i rådet før dette er rettet.
        {dirty
          ? ' Du har rettelser som ikke er lagret; listen oppdateres når du lagrer.'
          : ' Velg en feil for å gå til feltet.'}
      </Paragraph>
      <ul>
        {imp.problems.map((p) => {
          const target = problemTarget(p, imp.result);
          return (
            <li key={p}>
              {target ? (
                <a
                  className="ds-link"
                  href={`#${target}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(target);
                  }}
                >
                  {p}
                </a>
              ) : (
                p
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
