import { Button, Table } from '@digdir/designsystemet-react';
import { formatDateTime } from '../../format.ts';
import type { TAssessment } from '../../types.ts';
import { groundText } from './format.ts';

/** The council's recorded assessments in one case. */
export function AssessmentTable({
  assessments,
  caseNumber,
  onEdit,
  onRemove,
}: {
  assessments: TAssessment[];
  caseNumber: string;
  onEdit?: (a: TAssessment) => void;
  onRemove?: (a: TAssessment) => void;
}) {
  const hasActions = Boolean(onEdit || onRemove);
  return (
    <div className="table-scroll">
      <Table className="full-width assessment-table" data-testid="assessments">
        <caption className="visually-hidden">Rådets vurderinger i sak {caseNumber}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Medlem</Table.HeaderCell>
            <Table.HeaderCell scope="col">Vurdering</Table.HeaderCell>
            <Table.HeaderCell scope="col">Grunnlag</Table.HeaderCell>
            <Table.HeaderCell scope="col">Begrunnelse</Table.HeaderCell>
            <Table.HeaderCell scope="col">Registrert</Table.HeaderCell>
            {hasActions && <Table.HeaderCell scope="col">Handlinger</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {assessments.map((a) => (
            <Table.Row key={a.userId}>
              <Table.HeaderCell scope="row" className="row-header">
                {a.userName}
              </Table.HeaderCell>
              <Table.Cell>
                {a.disqualified ? <strong>Inhabil</strong> : 'Ikke inhabil'}
                {a.disqualified && <div className="muted small">Fratrer under saken</div>}
              </Table.Cell>
              <Table.Cell>{groundText(a.ground)}</Table.Cell>
              <Table.Cell>{a.reason || '–'}</Table.Cell>
              <Table.Cell className="small">
                {formatDateTime(a.assessedAt)}
                {a.assessedByName && <div className="muted">{a.assessedByName}</div>}
              </Table.Cell>
              {hasActions && (
                <Table.Cell>
                  <div className="row-actions">
                    {onEdit && (
                      <Button
                        variant="secondary"
                        data-size="sm"
                        aria-label={`Endre vurderingen av ${a.userName} i sak ${caseNumber}`}
                        onClick={() => onEdit(a)}
                      >
                        Endre
                      </Button>
                    )}
                    {onRemove && (
                      <Button
                        variant="tertiary"
                        data-color="danger"
                        data-size="sm"
                        aria-label={`Fjern vurderingen av ${a.userName} i sak ${caseNumber}`}
                        onClick={() => onRemove(a)}
                      >
                        Fjern
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
