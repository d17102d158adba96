import {
  Button,
  Checkbox,
  Details,
  Field,
  Fieldset,
  Label,
  Select,
  Table,
} from '@digdir/designsystemet-react';
import { PRESENCES, type Presence } from '../../../core/attendance.ts';
import type { TAttendanceEntry, TMinutesCase } from '../../types.ts';
import { PRESENCE_LABELS } from './labels.ts';
import { TimeSpansEditor } from './TimeSpansEditor.tsx';

export type EditableEntry = TAttendanceEntry & { key: string };

/** One person in the attendance editor: presence, and for those present the limits. */
export function AttendanceRow({
  entry,
  index,
  cases,
  members,
  spansError,
  onChange,
  onRemove,
}: {
  entry: EditableEntry;
  index: number;
  cases: TMinutesCase[];
  members: { userId: string; name: string }[];
  spansError?: string;
  onChange: (next: EditableEntry) => void;
  onRemove?: () => void;
}) {
  const base = `att-${entry.key}`;
  const set = <K extends keyof EditableEntry>(key: K, value: EditableEntry[K]) =>
    onChange({ ...entry, [key]: value });
  const attends = entry.presence !== 'absent';
  const chosenCases = cases.filter((c) => entry.caseIds.includes(c.caseId));

  return (
    <Table.Row data-attendee={entry.name} data-index={index}>
      <Table.Cell>
        <span className="attendee-name">{entry.name}</span>
        {entry.isChair && <span className="muted"> (leder)</span>}
        {entry.affiliation && <div className="muted small">{entry.affiliation}</div>}
      </Table.Cell>
      <Table.Cell>
        <Field>
          <Label htmlFor={`${base}-presence`} className="visually-hidden">
            Oppmøte for {entry.name}
          </Label>
          <Select
            id={`${base}-presence`}
            data-size="sm"
            value={entry.presence}
            onChange={(e) => set('presence', e.target.value as Presence)}
          >
            {PRESENCES.map((p) => (
              <Select.Option key={p} value={p}>
                {PRESENCE_LABELS[p]}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </Table.Cell>
      <Table.Cell>
        {attends ? (
          <div className="attendee-details">
            {entry.kind === 'substitute' && (
              <Field>
                <Label htmlFor={`${base}-for`}>Vara for</Label>
                <Select
                  id={`${base}-for`}
                  data-size="sm"
                  value={entry.substituteForUserId ?? ''}
                  onChange={(e) => set('substituteForUserId', e.target.value || null)}
                >
                  <Select.Option value="">Velg medlem</Select.Option>
                  {members.map((m) => (
                    <Select.Option key={m.userId} value={m.userId}>
                      {m.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
            <TimeSpansEditor
              id={`${base}-spans`}
              person={entry.name}
              spans={entry.timeSpans}
              error={spansError}
              onChange={(spans) => set('timeSpans', spans)}
            />
            <Details data-size="sm">
              <Details.Summary>
                Bare for sakene
                {chosenCases.length > 0 && ` (${chosenCases.map((c) => c.number).join(', ')})`}
              </Details.Summary>
              <Details.Content>
                <Fieldset data-size="sm">
                  <Fieldset.Legend className="visually-hidden">
                    Saker {entry.name} var med på
                  </Fieldset.Legend>
                  <Fieldset.Description>Ingen valgt betyr hele møtet.</Fieldset.Description>
                  {cases.map((c) => (
                    <Checkbox
                      key={c.caseId}
                      label={`${c.number} ${c.title}`}
                      checked={entry.caseIds.includes(c.caseId)}
                      onChange={(e) =>
                        set(
                          'caseIds',
                          e.target.checked
                            ? [...entry.caseIds, c.caseId]
                            : entry.caseIds.filter((x) => x !== c.caseId),
                        )
                      }
                    />
                  ))}
                </Fieldset>
              </Details.Content>
            </Details>
          </div>
        ) : (
          <span className="muted">–</span>
        )}
      </Table.Cell>
      <Table.Cell>
        {onRemove && (
          <Button
            type="button"
            variant="tertiary"
            data-color="danger"
            data-size="sm"
            aria-label={`Fjern ${entry.name} fra listen`}
            onClick={onRemove}
          >
            Fjern
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  );
}
