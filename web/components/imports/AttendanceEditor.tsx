import { Button, Heading, Input, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { memo } from 'react';
import type { ImportedAttendance, ImportedPerson } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { ATTENDANCE_BLOCKS } from './importText.ts';

type Block = keyof ImportedAttendance;

const personId = (base: string, block: Block, index: number, field: string) =>
  `${base}-${block}-${index}-${field}`;

/**
 * The attendance found in minutes, block by block. Each person can be corrected, moved to
 * another block ("Forfall" read as "Til stede"), removed, or added.
 */
export const AttendanceEditor = memo(function AttendanceEditor({
  idBase,
  meetingName,
  attendance,
  onChange,
}: {
  idBase: string;
  /** "møte 1/2019", for labels that must make sense on their own. */
  meetingName: string;
  attendance: ImportedAttendance;
  onChange: (next: ImportedAttendance) => void;
}) {
  const announce = useAnnounce();
  const total = ATTENDANCE_BLOCKS.reduce((sum, b) => sum + attendance[b.key].length, 0);

  const setPerson = (block: Block, index: number, patch: Partial<ImportedPerson>) =>
    onChange({
      ...attendance,
      [block]: attendance[block].map((p, i) => (i === index ? { ...p, ...patch } : p)),
    });

  const focusLater = (id: string) =>
    window.requestAnimationFrame(() => document.getElementById(id)?.focus());

  function move(block: Block, index: number, to: Block) {
    const person = attendance[block][index];
    if (!person || to === block) return;
    onChange({
      ...attendance,
      [block]: attendance[block].filter((_, i) => i !== index),
      [to]: [...attendance[to], person],
    });
    const label = ATTENDANCE_BLOCKS.find((b) => b.key === to)?.label ?? '';
    announce(`${person.name || 'Personen'} er flyttet til «${label}».`);
    focusLater(personId(idBase, to, attendance[to].length, 'block'));
  }

  function remove(block: Block, index: number) {
    const person = attendance[block][index];
    onChange({ ...attendance, [block]: attendance[block].filter((_, i) => i !== index) });
    announce(`${person?.name || 'Personen'} er tatt ut av oppmøtet.`);
    focusLater(`${idBase}-${block}-add`);
  }

  function add(block: Block) {
    onChange({
      ...attendance,
      [block]: [...attendance[block], { name: '', organisation: null, note: null }],
    });
    focusLater(personId(idBase, block, attendance[block].length, 'name'));
  }

  return (
    <div className="import-attendance">
      {total === 0 && <Paragraph className="muted">Fant ingen oppmøteliste i referatet.</Paragraph>}
      {ATTENDANCE_BLOCKS.map(({ key, label }) => {
        const people = attendance[key];
        const headingId = `${idBase}-${key}-heading`;
        return (
          <section
            key={key}
            aria-labelledby={headingId}
            className={`import-attendance__block${people.length ? '' : ' import-attendance__block--empty'}`}
          >
            <Heading level={4} data-size="2xs" id={headingId}>
              {label} <span className="muted">({people.length})</span>
            </Heading>
            {people.length > 0 && (
              <div className="table-scroll">
                <Table data-size="sm" className="full-width import-people">
                  <caption className="visually-hidden">
                    {label} i {meetingName}
                  </caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
                      <Table.HeaderCell scope="col">Organisasjon</Table.HeaderCell>
                      <Table.HeaderCell scope="col">Merknad</Table.HeaderCell>
                      <Table.HeaderCell scope="col">Gruppe</Table.HeaderCell>
                      <Table.HeaderCell scope="col">
                        <span className="visually-hidden">Handlinger</span>
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {people.map((p, i) => {
                      const who = p.name || `person ${i + 1}`;
                      return (
                        // biome-ignore lint/suspicious/noArrayIndexKey: people have no id before import
                        <Table.Row key={i}>
                          <Table.Cell>
                            <Input
                              id={personId(idBase, key, i, 'name')}
                              data-size="sm"
                              aria-label={`Navn (${label}, ${meetingName})`}
                              value={p.name}
                              maxLength={300}
                              onChange={(e) => setPerson(key, i, { name: e.target.value })}
                            />
                          </Table.Cell>
                          <Table.Cell>
                            <Input
                              data-size="sm"
                              aria-label={`Organisasjon for ${who}`}
                              value={p.organisation ?? ''}
                              maxLength={300}
                              onChange={(e) =>
                                setPerson(key, i, { organisation: e.target.value || null })
                              }
                            />
                          </Table.Cell>
                          <Table.Cell>
                            <Input
                              data-size="sm"
                              aria-label={`Merknad for ${who}`}
                              value={p.note ?? ''}
                              maxLength={300}
                              onChange={(e) => setPerson(key, i, { note: e.target.value || null })}
                            />
                          </Table.Cell>
                          <Table.Cell>
                            <Select
                              id={personId(idBase, key, i, 'block')}
                              data-size="sm"
                              aria-label={`Gruppe for ${who}`}
                              value={key}
                              onChange={(e) => move(key, i, e.target.value as Block)}
                            >
                              {ATTENDANCE_BLOCKS.map((b) => (
                                <Select.Option key={b.key} value={b.key}>
                                  {b.label}
                                </Select.Option>
                              ))}
                            </Select>
                          </Table.Cell>
                          <Table.Cell>
                            <Button
                              type="button"
                              variant="tertiary"
                              data-color="danger"
                              data-size="sm"
                              onClick={() => remove(key, i)}
                            >
                              Fjern
                              <span className="visually-hidden">
                                {' '}
                                {who} fra «{label}»
                              </span>
                            </Button>
                          </Table.Cell>
                        </Table.Row>
                      );
                    })}
                  </Table.Body>
                </Table>
              </div>
            )}
            <Button
              type="button"
              id={`${idBase}-${key}-add`}
              variant="tertiary"
              data-size="sm"
              onClick={() => add(key)}
            >
              Legg til person
              <span className="visually-hidden">
                {' '}
                under «{label}» i {meetingName}
              </span>
            </Button>
          </section>
        );
      })}
    </div>
  );
});
