import { Button, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { STATEMENT_KIND_LABELS } from '../../../core/policy.ts';
import { formatShortDate } from '../../format.ts';
import type { TStatement } from '../../types.ts';

/** Whether and how a statement is on the public pages, in words and a tag. */
export function PublicationTag({
  statement,
}: {
  statement: Pick<TStatement, 'sentOn' | 'exemptionBasis'>;
}) {
  if (!statement.sentOn)
    return (
      <Tag data-color="neutral" data-size="sm">
        Utkast, ikke sendt
      </Tag>
    );
  if (statement.exemptionBasis)
    return (
      <Tag data-color="warning" data-size="sm">
        Unntatt offentlighet ({statement.exemptionBasis})
      </Tag>
    );
  return (
    <Tag data-color="success" data-size="sm">
      Publisert som «Rådet mener»
    </Tag>
  );
}

/** One statement: what it is, when it was sent, what it answers, and its text. */
export function StatementCard({
  statement: s,
  headingLevel = 3,
  onEdit,
  onMarkSent,
}: {
  statement: TStatement;
  headingLevel?: 2 | 3;
  onEdit?: () => void;
  onMarkSent?: () => void;
}) {
  return (
    <article
      className="policy-statement hash-row"
      id={`statement-${s.id}`}
      tabIndex={-1}
      aria-labelledby={`statement-${s.id}-title`}
    >
      <Heading level={headingLevel} data-size="xs" id={`statement-${s.id}-title`}>
        {s.title}
      </Heading>
      <p className="muted small">
        {STATEMENT_KIND_LABELS[s.kind]}
        {s.sentOn ? ` · Sendt ${formatShortDate(s.sentOn)}` : ' · Ikke sendt'}
        {s.policyDocumentId && s.policyDocumentTitle && (
          <>
            {' · Gjelder '}
            <RouterLink className="ds-link" to={`/policy-documents/${s.policyDocumentId}`}>
              {s.policyDocumentTitle}
            </RouterLink>
          </>
        )}
      </p>
      <PublicationTag statement={s} />
      {s.summary && <Paragraph>{s.summary}</Paragraph>}
      {s.body && (
        <Details data-size="sm">
          <Details.Summary>Les hele teksten</Details.Summary>
          <Details.Content>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server sanitises rich text */}
            <div className="rich" dangerouslySetInnerHTML={{ __html: s.body }} />
          </Details.Content>
        </Details>
      )}
      {(onEdit || onMarkSent) && (
        <div className="actions">
          {onEdit && (
            <Button
              variant="secondary"
              data-size="sm"
              aria-label={`Endre: ${s.title}`}
              onClick={onEdit}
            >
              Endre
            </Button>
          )}
          {onMarkSent && !s.sentOn && (
            <Button
              variant="secondary"
              data-size="sm"
              aria-label={`Marker som sendt: ${s.title}`}
              onClick={onMarkSent}
            >
              Marker som sendt
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
