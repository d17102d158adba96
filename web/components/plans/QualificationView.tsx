import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { QualificationForm } from '../../../core/plans.ts';

/** A paragraph per line break, so the secretariat's plain text keeps its paragraphs. */
export function Paragraphs({ text, empty = 'Ikke fylt ut.' }: { text: string; empty?: string }) {
  const parts = text
    .split(/\n{2,}|\r\n\r\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return <Paragraph className="muted">{empty}</Paragraph>;
  return (
    <>
      {parts.map((p) => (
        <Paragraph key={p} className="plan-text">
          {p}
        </Paragraph>
      ))}
    </>
  );
}

/** The list numbers the arguments; a number typed into the text ("1. …") would show twice. */
const withoutNumber = (text: string) => text.replace(/^\s*\d+[.)]\s+/, '');

/** The area's qualification form (kvalifiseringsskjema) as read by everyone in the council. */
export function QualificationView({
  form,
  areaTitle,
}: {
  form: QualificationForm;
  areaTitle: string;
}) {
  return (
    <div className="plan-qualification">
      <Heading level={3} data-size="xs">
        Sentralt spørsmål
      </Heading>
      <Paragraphs text={form.centralQuestion} />
      <Heading level={3} data-size="xs">
        Rådets bidrag
      </Heading>
      <Paragraphs text={form.contribution} />
      <Heading level={3} data-size="xs">
        Bakgrunn
      </Heading>
      <Paragraphs text={form.background} />
      <Heading level={3} data-size="xs">
        Viktige argumenter
      </Heading>
      {form.keyArguments.length === 0 ? (
        <Paragraph className="muted">Ingen ennå.</Paragraph>
      ) : (
        <ol className="plan-list">
          {form.keyArguments.map((a) => (
            <li key={a}>{withoutNumber(a)}</li>
          ))}
        </ol>
      )}
      <Heading level={3} data-size="xs" id="stakeholders-heading">
        Interessenter
      </Heading>
      {form.stakeholders.length === 0 ? (
        <Paragraph className="muted">Ingen ennå.</Paragraph>
      ) : (
        <div className="table-scroll plan-scroll">
          <Table zebra className="full-width plan-table" data-testid="stakeholders">
            <caption className="visually-hidden">Interessenter for {areaTitle}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">Aktør</Table.HeaderCell>
                <Table.HeaderCell scope="col">Rolle og interesse</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {form.stakeholders.map((s) => (
                <Table.Row key={s.name}>
                  <Table.HeaderCell scope="row">{s.name}</Table.HeaderCell>
                  <Table.Cell>{s.role || '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <Heading level={3} data-size="xs">
        Relevante dokumenter
      </Heading>
      {form.relevantDocuments.length === 0 ? (
        <Paragraph className="muted">Ingen ennå.</Paragraph>
      ) : (
        <ul className="link-list">
          {form.relevantDocuments.map((d) => (
            <li key={`${d.title} ${d.url}`}>
              {/^https?:\/\//i.test(d.url) ? (
                <a className="ds-link" href={d.url} rel="noopener noreferrer">
                  {d.title}
                </a>
              ) : (
                d.title
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
