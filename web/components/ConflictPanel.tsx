import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { formatDateTime } from '../format.ts';
import type { TCase } from '../types.ts';
import { type CaseFormValues, differingFields, FIELD_LABELS, valuesFromCase } from './caseForm.ts';

const RICH = new Set(['background', 'reason', 'mainPoints', 'proposedDecision']);

/**
 * Someone else saved first. The user's own text stays in the form; here they see the other
 * version beside it and choose: keep mine (save on top) or take theirs.
 */
export function ConflictPanel({
  message,
  mine,
  current,
  caseOfficerNames,
  onKeepMine,
  onUseTheirs,
}: {
  message: string;
  mine: CaseFormValues;
  current: TCase;
  caseOfficerNames: (ids: string[]) => string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const theirs = valuesFromCase(current);
  const rows = differingFields(mine, theirs);
  const cell = (key: string, text: string, values: CaseFormValues) => {
    if (key === 'caseOfficerIds') return caseOfficerNames(values.caseOfficerIds) || '(ingen)';
    if (RICH.has(key)) {
      // Both sides come from the editor or the server, which sanitises rich text.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised rich text
      return <div className="rich" dangerouslySetInnerHTML={{ __html: text || '<p>(tom)</p>' }} />;
    }
    return text || '(tom)';
  };

  return (
    <Alert data-color="warning" className="block conflict" ref={ref} tabIndex={-1} role="alert">
      <Heading level={2} data-size="xs">
        Noen andre har lagret saken
      </Heading>
      <Paragraph>{message}</Paragraph>
      <Paragraph>
        Den andre versjonen ble lagret {formatDateTime(current.updatedAt)}. Din tekst står fortsatt
        i skjemaet under.
      </Paragraph>
      {rows.length > 0 ? (
        <div className="table-scroll">
          <Table className="full-width conflict__table">
            <caption>Forskjeller mellom din tekst og den lagrede versjonen</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Felt</Table.HeaderCell>
                <Table.HeaderCell>Din tekst</Table.HeaderCell>
                <Table.HeaderCell>Lagret av den andre</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((r) => (
                <Table.Row key={r.key}>
                  <Table.HeaderCell scope="row">{FIELD_LABELS[r.key] ?? r.key}</Table.HeaderCell>
                  <Table.Cell>{cell(r.key, r.mine, mine)}</Table.Cell>
                  <Table.Cell>{cell(r.key, r.theirs, theirs)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : (
        <Paragraph>Innholdet er likt; du kan trygt lagre på nytt.</Paragraph>
      )}
      <div className="actions">
        <Button onClick={onKeepMine}>Lagre min tekst oppå deres</Button>
        <Button variant="secondary" onClick={onUseTheirs}>
          Forkast min tekst og bruk deres
        </Button>
      </div>
    </Alert>
  );
}
