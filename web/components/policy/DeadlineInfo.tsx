import { Tag } from '@digdir/designsystemet-react';
import type { TPolicyDocument } from '../../types.ts';
import { daysLeftText, MISSED_DEADLINE } from './policyText.ts';

type Deadline = Pick<TPolicyDocument, 'deadlineText' | 'daysToDeadline' | 'missedDeadline'>;

/**
 * A consultation deadline as worded, how far off it is, and, when it passed without the
 * council's input, the warning in words (never colour alone).
 */
export function DeadlineInfo({ doc, showText = true }: { doc: Deadline; showText?: boolean }) {
  if (!doc.deadlineText) return <>–</>;
  const days = daysLeftText(doc.daysToDeadline);
  const soon = doc.daysToDeadline !== null && doc.daysToDeadline >= 0 && doc.daysToDeadline <= 14;
  return (
    <>
      {showText && <span>{doc.deadlineText}</span>}
      {days && (
        <div className={soon ? 'policy-days policy-days--soon' : 'policy-days muted small'}>
          {days}
        </div>
      )}
      {doc.missedDeadline && <MissedDeadlineTag />}
    </>
  );
}

export function MissedDeadlineTag() {
  return (
    <div>
      <Tag data-color="danger" data-size="sm" className="policy-missed">
        <span aria-hidden="true" className="policy-missed__icon">
          ⚠
        </span>
        {MISSED_DEADLINE}
      </Tag>
    </div>
  );
}
