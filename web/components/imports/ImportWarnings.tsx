import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ImportResult, TImport } from '../../types.ts';
import { fieldId, focusField } from './importText.ts';

const SHOWN_WARNINGS = 12;

/** "Advarsler": what the importer was unsure of, each with its place in the file. */
export function ImportWarnings({ imp }: { imp: TImport }) {
  const [all, setAll] = useState(false);
  // In the order of the file, so they can be checked against it from top to bottom.
  const warnings = [...imp.result.warnings].sort((a, b) => lineOf(a.at) - lineOf(b.at));
  if (warnings.length === 0) return null;
  const shown = all ? warnings : warnings.slice(0, SHOWN_WARNINGS);
  const otherFiles = warnings.some((w) => w.file !== imp.fileName);
  return (
    <section
      aria-labelledby="import-warnings-heading"
      className="section"
      data-testid="import-warnings"
    >
      <Heading level={2} data-size="sm" id="import-warnings-heading">
        Advarsler ({warnings.length})
      </Heading>
      <Paragraph data-size="sm">
        Steder i filen der Rådsrom var usikker. Sjekk dem mot originalen og rett funnene under om
        nødvendig.
      </Paragraph>
      <div className="table-scroll">
        <Table data-size="sm" className="full-width import-warnings">
          <caption className="visually-hidden">Advarsler med sted i filen</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">Sted</Table.HeaderCell>
              {otherFiles && <Table.HeaderCell scope="col">Fil</Table.HeaderCell>}
              <Table.HeaderCell scope="col">Advarsel</Table.HeaderCell>
              <Table.HeaderCell scope="col">Gjelder</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {shown.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings may repeat
              <Table.Row key={i}>
                <Table.Cell className="nowrap">{w.at}</Table.Cell>
                {otherFiles && <Table.Cell>{w.file}</Table.Cell>}
                <Table.Cell>{w.message}</Table.Cell>
                <Table.Cell className="nowrap">
                  <WarningTarget message={w.message} result={imp.result} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {warnings.length > SHOWN_WARNINGS && (
        <Button variant="tertiary" data-size="sm" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Vis færre advarsler' : `Vis alle ${warnings.length} advarsler`}
        </Button>
      )}
    </section>
  );
}

const lineOf = (at: string) => Number(/(\d+)/.exec(at)?.[1] ?? Number.MAX_SAFE_INTEGER);

/** A link to the case a warning is about ("… i sak 21/5/2018"), when it is on the page. */
function WarningTarget({ message, result }: { message: string; result: ImportResult }) {
  const number = /\bsak (\d{1,4}\/\d{1,3}\/\d{4})\b/i.exec(message)?.[1];
  // Or the number as written: "Saksnummeret «Sak 21/5/2017» har år 2017 …".
  const quoted = [...message.matchAll(/«([^»]+)»/g)].map((m) => m[1]);
  for (const [mi, m] of result.meetings.entries()) {
    const ci = m.cases.findIndex((c) =>
      number ? c.number === number : quoted.includes(c.rawNumber),
    );
    if (ci < 0) continue;
    const target = fieldId.caseField(mi, ci, 'heading');
    return (
      <a
        className="ds-link"
        href={`#${target}`}
        onClick={(e) => {
          e.preventDefault();
          focusField(target);
        }}
      >
        Sak {m.cases[ci]?.number}
      </a>
    );
  }
  return null;
}
