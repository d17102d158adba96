import { Button, Table } from '@digdir/designsystemet-react';
import { INTEREST_KIND_LABELS } from '../../../core/conflicts.ts';
import { formatShortDate } from '../../format.ts';
import type { TInterest } from '../../types.ts';
import { formatPeriod } from './format.ts';
import { ReviewTag } from './ReviewTag.tsx';

/** A person's interests with period and review status, and the buttons the viewer may use. */
export function InterestTable({
  interests,
  caption,
  captionHidden = true,
  onEdit,
  onDelete,
  onReview,
}: {
  interests: TInterest[];
  caption: string;
  captionHidden?: boolean;
  onEdit?: (i: TInterest) => void;
  onDelete?: (i: TInterest) => void;
  onReview?: (i: TInterest) => void;
}) {
  const hasActions = Boolean(onEdit || onDelete || onReview);
  const what = (i: TInterest) => `${INTEREST_KIND_LABELS[i.kind]} i ${i.organisationName}`;
  return (
    <div className="table-scroll">
      <Table
        zebra
        className={`full-width interests-table${hasActions ? ' interests-table--actions' : ''}`}
        data-testid="interests"
      >
        <caption className={captionHidden ? 'visually-hidden' : 'table-caption'}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Organisasjon</Table.HeaderCell>
            <Table.HeaderCell scope="col">Type</Table.HeaderCell>
            <Table.HeaderCell scope="col">Rolle</Table.HeaderCell>
            <Table.HeaderCell scope="col">Periode</Table.HeaderCell>
            <Table.HeaderCell scope="col">Status</Table.HeaderCell>
            {hasActions && <Table.HeaderCell scope="col">Handlinger</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {interests.map((i) => (
            <Table.Row key={i.id}>
              <Table.HeaderCell scope="row" className="row-header">
                {i.organisationName}
              </Table.HeaderCell>
              <Table.Cell>{INTEREST_KIND_LABELS[i.kind]}</Table.Cell>
              <Table.Cell>{i.role || '–'}</Table.Cell>
              <Table.Cell>{formatPeriod(i.periodStart, i.periodEnd)}</Table.Cell>
              <Table.Cell>
                <ReviewTag review={i.review} />
                {i.review === 'reviewed' && i.reviewedByName && (
                  <div className="muted small">
                    {i.reviewedByName}
                    {i.reviewedAt && `, ${formatShortDate(i.reviewedAt.slice(0, 10))}`}
                  </div>
                )}
              </Table.Cell>
              {hasActions && (
                <Table.Cell>
                  <div className="row-actions">
                    {onReview && i.review === 'pending' && (
                      <Button
                        variant="secondary"
                        data-size="sm"
                        aria-label={`Marker som gjennomgått: ${what(i)}`}
                        onClick={() => onReview(i)}
                      >
                        Marker som gjennomgått
                      </Button>
                    )}
                    {onEdit && (
                      <Button
                        variant="secondary"
                        data-size="sm"
                        aria-label={`Endre: ${what(i)}`}
                        onClick={() => onEdit(i)}
                      >
                        Endre
                      </Button>
                    )}
                    {onDelete && (
                      <Button
                        variant="tertiary"
                        data-color="danger"
                        data-size="sm"
                        aria-label={`Slett: ${what(i)}`}
                        onClick={() => onDelete(i)}
                      >
                        Slett
                      </Button>
                    )}
                  </div>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
