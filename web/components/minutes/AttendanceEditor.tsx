import { Button, Fieldset, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { timeSpanProblem } from '../../../core/attendance.ts';
import { api } from '../../api.ts';
import type { TAttendanceEntry, TMinutes } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { AttendanceRow, type EditableEntry } from './AttendanceRow.tsx';
import { ATTENDANCE_GROUPS } from './labels.ts';

let guestCounter = 0;

function editable(minutes: TMinutes): EditableEntry[] {
  return minutes.attendance.map(({ id, notes: _notes, ...entry }) => ({ ...entry, key: id }));
}

/** What the API takes: no local keys, and nothing limiting the presence of someone absent. */
function requestEntries(entries: EditableEntry[]): TAttendanceEntry[] {
  return entries.map(({ key: _key, ...e }) =>
    e.presence === 'absent' ? { ...e, timeSpans: [], caseIds: [], substituteForUserId: null } : e,
  );
}

/** The attendance list, grouped by kind; saved as a whole with the minutes' version. */
export function AttendanceEditor({
  minutes,
  onSaved,
}: {
  minutes: TMinutes;
  onSaved: (next: TMinutes) => void;
}) {
  const id = useId();
  const announce = useAnnounce();
  const [entries, setEntries] = useState<EditableEntry[]>(() => editable(minutes));
  const [error, setError] = useState<unknown>();
  const [localProblems, setLocalProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [guest, setGuest] = useState({ name: '', affiliation: '' });
  const [guestError, setGuestError] = useState<string>();

  const members = entries
    .filter((e) => e.kind === 'member' && e.userId)
    .map((e) => ({ userId: e.userId as string, name: e.name }));
  const fieldIds: Record<string, string> = {};
  entries.forEach((e, i) => {
    fieldIds[`attendance.${i}.timeSpans`] = `att-${e.key}-spans`;
  });

  function update(next: EditableEntry[]) {
    setEntries(next);
    setDirty(true);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems: Record<string, string> = {};
    for (const e of entries) {
      const problem = e.presence === 'absent' ? null : timeSpanProblem(e.timeSpans);
      if (problem) problems[e.key] = problem;
    }
    setLocalProblems(problems);
    const first = entries.find((e) => problems[e.key]);
    if (first) {
      setError(undefined);
      announce(`Deltakerlisten ble ikke lagret. ${first.name}: ${problems[first.key]}`);
      document.getElementById(`att-${first.key}-spans`)?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.put<TMinutes>(`/minutes/${minutes.id}/attendance`, {
        attendance: requestEntries(entries),
        version: minutes.version,
      });
      setEntries(editable(next));
      setDirty(false);
      onSaved(next);
      announce('Deltakerlisten er lagret.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function addGuest() {
    const name = guest.name.trim();
    if (name.length < 2) {
      setGuestError('Skriv navnet på gjesten.');
      document.getElementById(`${id}-guest-name`)?.focus();
      return;
    }
    setGuestError(undefined);
    guestCounter += 1;
    update([
      ...entries,
      {
        key: `guest-${guestCounter}`,
        userId: null,
        name,
        affiliation: guest.affiliation.trim() || null,
        kind: 'guest',
        presence: 'present',
        isChair: false,
        substituteForUserId: null,
        timeSpans: [],
        caseIds: [],
      },
    ]);
    setGuest({ name: '', affiliation: '' });
    announce(`${name} er lagt til som gjest. Husk å lagre deltakerlisten.`);
  }

  return (
    <form onSubmit={save} noValidate className="stack">
      <FormErrors error={error} fieldIds={fieldIds} heading="Deltakerlisten ble ikke lagret" />
      {ATTENDANCE_GROUPS.map((group) => {
        const rows = entries.filter((e) => e.kind === group.kind);
        if (rows.length === 0) return null;
        return (
          <div key={group.kind} className="table-scroll">
            <Table
              className="full-width attendance-table attendance-table--edit"
              data-testid={`attendance-${group.kind}`}
            >
              <caption className="attendance-caption">{group.label}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Navn</Table.HeaderCell>
                  <Table.HeaderCell>Oppmøte</Table.HeaderCell>
                  <Table.HeaderCell>Tid, saker og vara</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="visually-hidden">Handlinger</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((entry) => {
                  const index = entries.indexOf(entry);
                  return (
                    <AttendanceRow
                      key={entry.key}
                      entry={entry}
                      index={index}
                      cases={minutes.cases}
                      members={members}
                      spansError={
                        localProblems[entry.key] ??
                        fieldError(error, `attendance.${index}.timeSpans`)
                      }
                      onChange={(next) => update(entries.map((e) => (e === entry ? next : e)))}
                      onRemove={
                        entry.kind === 'guest'
                          ? () => {
                              update(entries.filter((e) => e !== entry));
                              announce(`${entry.name} er fjernet fra listen.`);
                            }
                          : undefined
                      }
                    />
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        );
      })}

      <Fieldset className="guest-form">
        <Fieldset.Legend>Legg til gjest</Fieldset.Legend>
        <div className="row row--end">
          <Textfield
            id={`${id}-guest-name`}
            label="Navn"
            value={guest.name}
            error={guestError}
            onChange={(e) => setGuest((g) => ({ ...g, name: e.target.value }))}
          />
          <Textfield
            label="Virksomhet"
            description="For eksempel «Helsedirektoratet»"
            value={guest.affiliation}
            onChange={(e) => setGuest((g) => ({ ...g, affiliation: e.target.value }))}
          />
          <Button type="button" variant="secondary" onClick={addGuest}>
            Legg til gjest
          </Button>
        </div>
      </Fieldset>

      <div className="actions save-actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Lagrer …' : 'Lagre deltakerlisten'}
        </Button>
        {dirty && <span className="muted">Du har endringer som ikke er lagret.</span>}
      </div>
    </form>
  );
}
