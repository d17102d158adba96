import {
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryList,
  Paragraph,
} from '@digdir/designsystemet-react';
import type { TImportPreview } from '../../types.ts';

const SHOWN = 50;

export const PROBLEMS_ID = 'monitor-import-problems';

/** What stops a file from being saved, row by row, as the reader of the file found it. */
export function ImportProblems({ problems }: { problems: TImportPreview['problems'] }) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, SHOWN);
  return (
    <ErrorSummary id={PROBLEMS_ID} tabIndex={-1} className="block" data-testid="import-problems">
      <ErrorSummaryHeading>
        {problems.length === 1
          ? 'Filen har én feil som må rettes'
          : `Filen har ${problems.length.toLocaleString('nb-NO')} feil som må rettes`}
      </ErrorSummaryHeading>
      <ErrorSummaryList>
        {shown.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same message may come for many rows
          <ErrorSummaryItem key={i}>
            {p.row === null || p.message.startsWith(`Rad ${p.row}`) ? (
              p.message
            ) : (
              <>
                <strong>Rad {p.row}:</strong> {p.message}
              </>
            )}
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
      {problems.length > SHOWN && (
        <Paragraph data-size="sm">
          … og {(problems.length - SHOWN).toLocaleString('nb-NO')} feil til. Rett de første og last
          opp filen på nytt, eller endre kolonneoppsettet.
        </Paragraph>
      )}
    </ErrorSummary>
  );
}
