import { Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { TPolicyDocument } from '../../types.ts';
import { DeadlineInfo } from './DeadlineInfo.tsx';
import { councilInputText, kindAndMinistry, shorten } from './policyText.ts';

/** The register: one row per document, with the council's input, deadline and working group. */
export function PolicyTable({ docs, caption }: { docs: TPolicyDocument[]; caption: string }) {
  return (
    <div className="table-scroll">
      <Table zebra className="full-width policy-table" data-testid="policy-register">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Dokument</Table.HeaderCell>
            <Table.HeaderCell scope="col">Lansering</Table.HeaderCell>
            <Table.HeaderCell scope="col">Rådets innspill</Table.HeaderCell>
            <Table.HeaderCell scope="col">Høringsfrist</Table.HeaderCell>
            <Table.HeaderCell scope="col">Arbeidsgruppe</Table.HeaderCell>
            <Table.HeaderCell scope="col">Status og oppfølging</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {docs.map((d) => (
            <Table.Row key={d.id} id={`policy-${d.id}`} tabIndex={-1} className="hash-row">
              <Table.HeaderCell scope="row" className="policy-table__doc">
                {d.reference && <div className="policy-ref">{d.reference}</div>}
                <RouterLink className="ds-link" to={`/policy-documents/${d.id}`}>
                  {d.title}
                </RouterLink>
                <div className="muted small">{kindAndMinistry(d)}</div>
                {d.archivedAt && (
                  <Tag data-color="neutral" data-size="sm">
                    Arkivert
                  </Tag>
                )}
              </Table.HeaderCell>
              <Table.Cell>{d.launchText || '–'}</Table.Cell>
              <Table.Cell>
                {councilInputText(d)}
                {d.statements.length > 0 && (
                  <div className="muted small">
                    {d.statements.length === 1 ? '1 innspill' : `${d.statements.length} innspill`}
                  </div>
                )}
              </Table.Cell>
              <Table.Cell>
                <DeadlineInfo doc={d} />
              </Table.Cell>
              <Table.Cell>
                {d.workingGroup.length > 0 ? d.workingGroup.map((p) => p.name).join(', ') : '–'}
              </Table.Cell>
              <Table.Cell>
                {(d.status || d.statusLabel) && <div>{d.status || d.statusLabel}</div>}
                {d.proposedFollowUp && (
                  <div className="muted small">{shorten(d.proposedFollowUp)}</div>
                )}
                {!d.statusLabel && !d.status && !d.proposedFollowUp && '–'}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
