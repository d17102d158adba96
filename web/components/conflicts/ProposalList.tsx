import { Button } from '@digdir/designsystemet-react';
import { INTEREST_KIND_LABELS } from '../../../core/conflicts.ts';
import type { TAssessment, TConflictProposal } from '../../types.ts';
import { Highlight } from './Highlight.tsx';

/**
 * What Rådsrom found: a member's registered organisation (or an alias) named in the case.
 * Only a proposal; the buttons let the chair or secretariat record the council's view.
 */
export function ProposalList({
  proposals,
  assessments,
  caseNumber,
  onAssess,
  onNotDisqualified,
}: {
  proposals: TConflictProposal[];
  assessments: TAssessment[];
  caseNumber: string;
  /** Opens the assessment form for the member. */
  onAssess?: (userId: string) => void;
  /** Records "ikke inhabil" at once. */
  onNotDisqualified?: (userId: string, name: string) => void;
}) {
  return (
    <ul className="proposal-list" data-testid="proposals">
      {proposals.map((p) => {
        const assessed = assessments.find((a) => a.userId === p.userId);
        return (
          <li key={`${p.userId}-${p.interestId}`} className="proposal">
            <p className="proposal__who">
              <strong>{p.userName}</strong>: {INTEREST_KIND_LABELS[p.interestKind].toLowerCase()} i{' '}
              <strong>{p.organisationName}</strong>
              {p.role && <span className="muted"> ({p.role})</span>}
            </p>
            <p className="proposal__found">Nevnt i saken:</p>
            <ul className="hit-list">
              {p.hits.map((h) => (
                <li key={`${h.sourceLabel}-${h.term}`}>
                  <span className="hit__source">{h.sourceLabel}</span>
                  {h.count > 1 && <span className="muted small"> ({h.count} treff)</span>}
                  {h.term !== p.organisationName && (
                    <span className="muted small"> – treff på «{h.term}»</span>
                  )}
                  <blockquote className="hit__snippet">
                    <Highlight text={h.snippet} term={h.matched} />
                  </blockquote>
                </li>
              ))}
            </ul>
            {assessed ? (
              <p className="small proposal__status">
                Vurdert: {assessed.disqualified ? 'inhabil' : 'ikke inhabil'}.
              </p>
            ) : (
              (onAssess || onNotDisqualified) && (
                <div className="actions">
                  {onNotDisqualified && (
                    <Button
                      variant="secondary"
                      data-size="sm"
                      aria-label={`Ikke inhabil: registrer at ${p.userName} ikke er inhabil i sak ${caseNumber}`}
                      onClick={() => onNotDisqualified(p.userId, p.userName)}
                    >
                      Ikke inhabil
                    </Button>
                  )}
                  {onAssess && (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={`Vurder ${p.userName} i sak ${caseNumber}`}
                      onClick={() => onAssess(p.userId)}
                    >
                      Vurder
                    </Button>
                  )}
                </div>
              )
            )}
          </li>
        );
      })}
    </ul>
  );
}
