import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format.ts';
import type { TAssessment, TConflictCase, TMeetingConflicts } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { AssessmentTable } from './AssessmentTable.tsx';
import { DeclarationPanel } from './DeclarationPanel.tsx';
import { ProposalList } from './ProposalList.tsx';

export const caseSectionId = (caseId: string) => `conflicts-${caseId}`;

/** One case on the meeting's conflict page: proposals, declarations, the record, and forms. */
export function CaseConflicts({
  view,
  entry,
  meId,
  onChange,
}: {
  view: TMeetingConflicts;
  entry: TConflictCase;
  meId: string;
  onChange: (next: TMeetingConflicts) => void;
}) {
  const announce = useAnnounce();
  const [assessing, setAssessing] = useState<{ userId: string } | null>(null);
  const [removing, setRemoving] = useState<TAssessment | null>(null);
  const [declaring, setDeclaring] = useState(false);
  const [error, setError] = useState<unknown>();
  const headingId = `${caseSectionId(entry.caseId)}-heading`;
  const canRecord = view.canAssess && view.assessmentsOpen;
  const own = entry.declarations.find((d) => d.userId === meId);
  const others = view.seesAll ? entry.declarations : [];
  const nothing =
    entry.proposals.length === 0 &&
    entry.declarations.length === 0 &&
    entry.assessments.length === 0;
  // A case with nothing to show takes little room, with its button beside the heading.
  const quiet = nothing && assessing === null && !declaring;
  const canDeclareHere = view.canDeclare && view.declarationsOpen;

  function saved(next: TMeetingConflicts, message: string) {
    setAssessing(null);
    onChange(next);
    announce(message);
    document.getElementById(headingId)?.focus();
  }

  async function notDisqualified(userId: string, name: string) {
    setError(undefined);
    try {
      const next = await api.put<TMeetingConflicts>(
        `/cases/${entry.caseId}/conflict-assessments/${userId}`,
        { disqualified: false, ground: null, reason: '', version: 0 },
      );
      onChange(next);
      announce(`Registrert: ${name} er ikke inhabil i sak ${entry.number}.`);
    } catch (e) {
      setError(e);
    }
  }

  async function remove(a: TAssessment) {
    setRemoving(null);
    setError(undefined);
    try {
      onChange(
        await api.delete<TMeetingConflicts>(
          `/cases/${entry.caseId}/conflict-assessments/${a.userId}`,
        ),
      );
      announce(`Vurderingen av ${a.userName} i sak ${entry.number} er fjernet.`);
      document.getElementById(headingId)?.focus();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section
      aria-labelledby={headingId}
      className={quiet ? 'conflict-case conflict-case--quiet' : 'conflict-case'}
      id={caseSectionId(entry.caseId)}
      data-case-id={entry.caseId}
    >
      <div className="conflict-case__head">
        <div>
          <Heading level={2} data-size={quiet ? 'xs' : 'sm'} id={headingId} tabIndex={-1}>
            <span className="case-number">Sak {entry.number}</span>{' '}
            <RouterLink className="ds-link" to={`/cases/${entry.caseId}`}>
              {entry.title}
            </RouterLink>
          </Heading>
          {nothing && (
            <Paragraph data-size="sm" className="muted">
              {view.seesAll
                ? 'Ingen forslag, meldinger eller vurderinger.'
                : 'Ingen treff på dine interesser, og ingen vurdering av deg.'}
            </Paragraph>
          )}
        </div>
        {quiet && (canRecord || canDeclareHere) && (
          <div className="actions">
            {canRecord && (
              <Button
                variant="secondary"
                data-size="sm"
                aria-label={`Registrer vurdering i sak ${entry.number}`}
                onClick={() => setAssessing({ userId: '' })}
              >
                Registrer vurdering
              </Button>
            )}
            {canDeclareHere && (
              <Button
                variant="secondary"
                data-size="sm"
                aria-label={`Meld mulig inhabilitet i sak ${entry.number}`}
                onClick={() => setDeclaring(true)}
              >
                Meld mulig inhabilitet
              </Button>
            )}
          </div>
        )}
      </div>
      <ErrorAlert error={error} />

      {entry.proposals.length > 0 && (
        <div className="conflict-block">
          <Heading level={3} data-size="2xs">
            Forslag – ikke en avgjørelse
          </Heading>
          <ProposalList
            proposals={entry.proposals}
            assessments={entry.assessments}
            caseNumber={entry.number}
            onAssess={canRecord ? (userId) => setAssessing({ userId }) : undefined}
            onNotDisqualified={canRecord ? notDisqualified : undefined}
          />
        </div>
      )}

      {others.length > 0 && (
        <div className="conflict-block">
          <Heading level={3} data-size="2xs">
            Meldt mulig inhabilitet
          </Heading>
          <ul className="declaration-list">
            {others.map((d) => (
              <li key={d.userId} className="declaration-item">
                <strong>{d.userName}</strong>{' '}
                <span className="muted small">({formatDateTime(d.createdAt)})</span>
                {d.note && <div>«{d.note}»</div>}
                {canRecord && !entry.assessments.some((a) => a.userId === d.userId) && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={`Vurder ${d.userName} i sak ${entry.number}`}
                    onClick={() => setAssessing({ userId: d.userId })}
                  >
                    Vurder
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {entry.assessments.length > 0 && (
        <div className="conflict-block">
          <Heading level={3} data-size="2xs">
            {view.seesAll ? 'Rådets vurdering' : 'Rådets vurdering av deg'}
          </Heading>
          <AssessmentTable
            assessments={entry.assessments}
            caseNumber={entry.number}
            onEdit={canRecord ? (a) => setAssessing({ userId: a.userId }) : undefined}
            onRemove={canRecord ? setRemoving : undefined}
          />
        </div>
      )}

      {canRecord &&
        !quiet &&
        (assessing ? (
          <div className="conflict-block card-section assessment-card">
            <Heading level={3} data-size="xs">
              Registrer vurdering i sak {entry.number}
            </Heading>
            <AssessmentForm
              key={assessing.userId || 'new'}
              caseId={entry.caseId}
              caseNumber={entry.number}
              members={view.members}
              assessments={entry.assessments}
              initialUserId={assessing.userId}
              onSaved={saved}
              onCancel={() => {
                setAssessing(null);
                document.getElementById(headingId)?.focus();
              }}
            />
          </div>
        ) : (
          <div className="conflict-block">
            <Button
              variant="secondary"
              data-size="sm"
              aria-label={`Registrer vurdering i sak ${entry.number}`}
              onClick={() => setAssessing({ userId: '' })}
            >
              Registrer vurdering
            </Button>
          </div>
        ))}

      {view.canDeclare && !quiet && (
        <DeclarationPanel
          caseId={entry.caseId}
          caseNumber={entry.number}
          own={own}
          open={view.declarationsOpen}
          startWriting={declaring}
          headingLevel={3}
          onChange={(next) => {
            setDeclaring(false);
            onChange(next);
            document.getElementById(headingId)?.focus();
          }}
          onCancel={() => {
            setDeclaring(false);
            document.getElementById(headingId)?.focus();
          }}
        />
      )}

      <ConfirmDialog
        open={removing !== null}
        title="Fjerne vurderingen?"
        confirmLabel="Ja, fjern"
        onConfirm={() => removing && remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        {removing &&
          `Vurderingen av ${removing.userName} i sak ${entry.number} blir slettet, og vedtaket i «Spørsmål om habilitet» skrives på nytt.`}
      </ConfirmDialog>
    </section>
  );
}
