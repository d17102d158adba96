import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { TPolicyDocument } from '../../types.ts';
import { MissedDeadlineTag } from './DeadlineInfo.tsx';
import { councilInputText, daysLeftText, deadlinesOf } from './policyText.ts';

/**
 * "Frister": the consultation deadlines ahead, nearest first, and those that passed without
 * the council's input, flagged in words.
 */
export function DeadlineList({ docs }: { docs: TPolicyDocument[] }) {
  const { upcoming, missed } = deadlinesOf(docs);
  return (
    <div className="policy-deadlines">
      <section aria-labelledby="upcoming-heading">
        <Heading level={3} data-size="xs" id="upcoming-heading">
          Kommende frister
        </Heading>
        {upcoming.length === 0 ? (
          <Paragraph>Ingen kommende høringsfrister.</Paragraph>
        ) : (
          <ol className="policy-deadline-list" data-testid="upcoming-deadlines">
            {upcoming.map((d) => (
              <li key={d.id}>
                <DeadlineEntry doc={d} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {missed.length > 0 && (
        <section aria-labelledby="missed-heading">
          <Heading level={3} data-size="xs" id="missed-heading">
            Passerte frister uten innspill
          </Heading>
          <ul className="policy-deadline-list" data-testid="missed-deadlines">
            {missed.map((d) => (
              <li key={d.id} className="policy-deadline--missed">
                <DeadlineEntry doc={d} />
                <MissedDeadlineTag />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function DeadlineEntry({ doc }: { doc: TPolicyDocument }) {
  const soon = doc.daysToDeadline !== null && doc.daysToDeadline >= 0 && doc.daysToDeadline <= 14;
  return (
    <>
      <div className="policy-deadline__when">
        <strong>{doc.deadlineText}</strong>{' '}
        <span className={soon ? 'policy-days--soon' : 'muted'}>
          ({daysLeftText(doc.daysToDeadline).toLowerCase()})
        </span>
      </div>
      <RouterLink className="ds-link" to={`/policy-documents/${doc.id}`}>
        {doc.reference ? `${doc.reference}: ${doc.title}` : doc.title}
      </RouterLink>
      <div className="muted small">
        Rådets innspill: {councilInputText(doc).toLowerCase()}
        {doc.workingGroup.length > 0 &&
          ` · Arbeidsgruppe: ${doc.workingGroup.map((p) => p.name).join(', ')}`}
      </div>
    </>
  );
}
