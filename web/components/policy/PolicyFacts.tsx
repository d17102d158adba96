import { POLICY_KIND_LABELS } from '../../../core/policy.ts';
import { formatDateTime, formatShortDate } from '../../format.ts';
import type { TPolicyDocument } from '../../types.ts';
import { DeadlineInfo } from './DeadlineInfo.tsx';
import { councilInputText } from './policyText.ts';

/** "1.1.2026–30.6.2026", or the day alone; how Rådsrom read a worded date. */
function period(d: TPolicyDocument['launch']): string {
  if (!d) return '';
  return d.from === d.to
    ? formatShortDate(d.from)
    : `${formatShortDate(d.from)}–${formatShortDate(d.to)}`;
}

/** Every field of a document in the register, as a description list. */
export function PolicyFacts({ doc }: { doc: TPolicyDocument }) {
  const launchRead = period(doc.launch);
  return (
    <dl className="facts" data-testid="policy-facts">
      <dt>Referanse</dt>
      <dd>{doc.reference || '–'}</dd>
      <dt>Type</dt>
      <dd>{POLICY_KIND_LABELS[doc.kind]}</dd>
      <dt>Departement</dt>
      <dd>{doc.ministry || '–'}</dd>
      <dt>Lansering</dt>
      <dd>
        {doc.launchText || '–'}
        {launchRead && launchRead !== doc.launchText && (
          <span className="muted small"> (leses som {launchRead})</span>
        )}
      </dd>
      <dt>Høringsfrist</dt>
      <dd>
        <DeadlineInfo doc={doc} />
        {doc.deadlineText && (
          <div className="muted small">
            Påminnelse {doc.reminderDays} {doc.reminderDays === 1 ? 'dag' : 'dager'} før fristen
          </div>
        )}
      </dd>
      <dt>Rådets innspill</dt>
      <dd>{councilInputText(doc)}</dd>
      <dt>Status</dt>
      <dd>{doc.status || doc.statusLabel || '–'}</dd>
      <dt>Forslag til videre oppfølging</dt>
      <dd className="policy-prewrap">{doc.proposedFollowUp || '–'}</dd>
      <dt>Arbeidsgruppe</dt>
      <dd>{doc.workingGroup.length > 0 ? doc.workingGroup.map((p) => p.name).join(', ') : '–'}</dd>
      <dt>Lenker</dt>
      <dd>
        {doc.links.length === 0 ? (
          '–'
        ) : (
          <ul className="policy-links">
            {doc.links.map((l) => (
              <li key={l.url}>
                <a className="ds-link" href={l.url} rel="noreferrer" target="_blank">
                  {l.title}
                  <span className="visually-hidden"> (åpnes i ny fane)</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </dd>
      {doc.archivedAt && (
        <>
          <dt>Arkivert</dt>
          <dd>
            {formatDateTime(doc.archivedAt)}
            {doc.archivedReason && <div>{doc.archivedReason}</div>}
          </dd>
        </>
      )}
      <dt>Sist endret</dt>
      <dd>{formatDateTime(doc.updatedAt)}</dd>
    </dl>
  );
}
