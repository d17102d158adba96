import { Button, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { formatCaseTypes } from '../../../core/case-types.ts';
import { notParticipatingLine } from '../../../core/conflicts.ts';
import type { TMinutes, TMinutesCase } from '../../types.ts';
import { CaseComments } from './CaseComments.tsx';
import { CaseMinutesEditor } from './CaseMinutesEditor.tsx';
import { NewFollowUp } from './FollowUpForm.tsx';

/** Rich text from the server (sanitised there), or a dash. */
export function RichText({ html }: { html: string }) {
  if (!html) return <p className="muted">–</p>;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the server sanitises rich text
  return <div className="rich" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** One case in the minutes: what was proposed, what was said and decided, and the comments. */
export function CaseMinutesSection({
  minutes,
  entry,
  onChange,
}: {
  minutes: TMinutes;
  entry: TMinutesCase;
  /** Secretariat: may correct approved minutes and create follow-ups. */
  onChange: (next: TMinutes) => void;
}) {
  const [correcting, setCorrecting] = useState(false);
  const headingId = `case-${entry.caseId}`;
  const editing = minutes.canEdit || correcting;

  return (
    <article aria-labelledby={headingId} className="minutes-case" data-case-id={entry.caseId}>
      <Heading level={3} data-size="sm" id={headingId} tabIndex={-1}>
        <span className="case-number">Sak {entry.number}</span>{' '}
        <RouterLink className="ds-link" to={`/cases/${entry.caseId}`}>
          {entry.title}
        </RouterLink>
      </Heading>
      <p className="muted small">
        {formatCaseTypes(entry.caseTypes)}
        {entry.postponed &&
          ` · Utsatt til neste møte${entry.carriedOverTo ? ` (sak ${entry.carriedOverTo})` : ''}`}
      </p>
      {entry.notParticipating.length > 0 && (
        <ul className="not-participating" data-testid="not-participating">
          {entry.notParticipating.map((p) => (
            <li key={p.userId}>{notParticipatingLine(p.name, p.ground)}</li>
          ))}
        </ul>
      )}
      {editing && entry.proposedDecision && (
        <div className="proposed">
          <Heading level={4} data-size="2xs">
            Forslag til vedtak
          </Heading>
          <RichText html={entry.proposedDecision} />
        </div>
      )}
      {editing ? (
        <CaseMinutesEditor
          key={`${entry.caseId}-${correcting}`}
          minutes={minutes}
          entry={entry}
          correcting={correcting}
          onSaved={(next) => {
            setCorrecting(false);
            onChange(next);
          }}
          onCancel={correcting ? () => setCorrecting(false) : undefined}
        />
      ) : (
        <>
          <Heading level={4} data-size="2xs">
            Diskusjon
          </Heading>
          <RichText html={entry.discussion} />
          <Heading level={4} data-size="2xs">
            Vedtak
          </Heading>
          <div className="decision" data-testid="decision">
            <RichText html={entry.decision} />
          </div>
          {minutes.canCorrect && (
            <Button
              variant="tertiary"
              data-size="sm"
              aria-label={`Rett referatet for sak ${entry.number}`}
              onClick={() => setCorrecting(true)}
            >
              Rett referatet
            </Button>
          )}
        </>
      )}
      <CaseComments
        minutes={minutes}
        caseId={entry.caseId}
        label={`sak ${entry.number}`}
        onChange={onChange}
      />
      {(minutes.canEdit || minutes.canCorrect) && (
        <NewFollowUp
          councilId={minutes.councilId}
          caseId={entry.caseId}
          caseNumber={entry.number}
        />
      )}
    </article>
  );
}
