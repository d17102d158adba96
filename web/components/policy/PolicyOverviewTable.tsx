import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { PolicyOverviewInput, PolicyOverviewRow } from '../../types.ts';
import { referenceAndTitle } from './policyText.ts';

/** The columns of "Oversikt meldinger og strategier", as the generated document prints them. */
const COLUMNS = [
  'Melding/strategi/NOU',
  'Innspill fra rådet',
  'Lansering',
  'Høring',
  'Forslag videre oppfølging',
];
const CHANGE_TAG = { new: 'Ny', changed: 'Endret' } as const;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Endringer siden forrige møte (3.9.2026): 2 nye, 1 endret, 0 arkiverte." */
export function changeSummary(input: PolicyOverviewInput, formatDate: (iso: string) => string) {
  if (!input.previousMeetingDate)
    return 'Endringer siden forrige møte: ingen tidligere møte å sammenligne med.';
  const created = input.rows.filter((r) => r.change === 'new').length;
  const changed = input.rows.filter((r) => r.change === 'changed').length;
  return `Endringer siden forrige møte (${formatDate(input.previousMeetingDate)}): ${[
    count(created, 'ny', 'nye'),
    count(changed, 'endret', 'endrede'),
    count(input.archived.length, 'arkivert', 'arkiverte'),
  ].join(', ')}.`;
}

/** The overview as the council will read it in the meeting papers. */
export function PolicyOverviewTable({ input }: { input: PolicyOverviewInput }) {
  if (input.rows.length === 0)
    return <Paragraph>Ingen meldinger eller strategier følges nå.</Paragraph>;
  return (
    <div className="table-scroll">
      <Table zebra className="full-width policy-table" data-testid="policy-overview">
        <caption className="visually-hidden">
          Oversikt meldinger og strategier til møte {input.meetingNumber}
        </caption>
        <Table.Head>
          <Table.Row>
            {COLUMNS.map((c) => (
              <Table.HeaderCell key={c} scope="col">
                {c}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {input.rows.map((row) => (
            <OverviewRow key={referenceAndTitle(row)} row={row} />
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function OverviewRow({ row }: { row: PolicyOverviewRow }) {
  const meta = [row.kindLabel, row.ministry].filter((s) => s.trim()).join(' · ');
  return (
    <Table.Row>
      <Table.HeaderCell scope="row" className="policy-table__doc">
        {row.change && (
          <Tag data-color={row.change === 'new' ? 'success' : 'info'} data-size="sm">
            {CHANGE_TAG[row.change]}
            <span className="visually-hidden"> siden forrige møte</span>
          </Tag>
        )}
        {row.reference && <div className="policy-ref">{row.reference}</div>}
        <div>{row.title}</div>
        {meta && <div className="muted small">{meta}</div>}
        {row.warning && (
          <div>
            <Tag data-color="danger" data-size="sm" className="policy-missed">
              <span aria-hidden="true" className="policy-missed__icon">
                ⚠
              </span>
              {row.warning}
            </Tag>
          </div>
        )}
      </Table.HeaderCell>
      <Table.Cell>{row.input || '–'}</Table.Cell>
      <Table.Cell>{row.launch || '–'}</Table.Cell>
      <Table.Cell>{row.consultation || '–'}</Table.Cell>
      <Table.Cell className="policy-prewrap">{row.followUp || '–'}</Table.Cell>
    </Table.Row>
  );
}

/** "Arkivert siden forrige møte": what is no longer followed, and why. */
export function ArchivedSinceList({ input }: { input: PolicyOverviewInput }) {
  return (
    <section aria-labelledby="archived-heading" className="section">
      <Heading level={2} data-size="sm" id="archived-heading">
        Arkivert siden forrige møte
      </Heading>
      {input.archived.length === 0 ? (
        <Paragraph>Ingen.</Paragraph>
      ) : (
        <ul className="link-list">
          {input.archived.map((a) => (
            <li key={referenceAndTitle(a)}>
              <strong>{referenceAndTitle(a)}</strong>
              {a.reason && <span className="muted"> – {a.reason}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
