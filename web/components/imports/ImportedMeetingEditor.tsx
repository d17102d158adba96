import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { memo, useCallback } from 'react';
import type { ImportedMeeting } from '../../types.ts';
import { AttendanceEditor } from './AttendanceEditor.tsx';
import { type CaseChange, ImportedCaseEditor } from './ImportedCaseEditor.tsx';
import { fieldId, meetingHeading, meetingLabel } from './importText.ts';

export type MeetingChange = (mi: number, patch: Partial<ImportedMeeting>) => void;

type MeetingField = 'number' | 'date' | 'start' | 'end' | 'place';

/** maxLength mirrors the API's limits (server/features/imports/schema.ts). */
const FIELDS: { key: MeetingField; label: string; hint?: string; max: number; wide?: boolean }[] = [
  { key: 'number', label: 'Møtenummer', hint: 'M/ÅÅÅÅ', max: 20 },
  { key: 'date', label: 'Dato', hint: 'ÅÅÅÅ-MM-DD', max: 10 },
  { key: 'start', label: 'Start', hint: 'TT:MM', max: 5 },
  { key: 'end', label: 'Slutt', hint: 'TT:MM, kan stå tom', max: 5 },
  { key: 'place', label: 'Sted', max: 500, wide: true },
];

/** One meeting found in the file: when and where, who came (minutes), and its cases. */
export const ImportedMeetingEditor = memo(function ImportedMeetingEditor({
  value: m,
  saved,
  mi,
  councilName,
  problems,
  errors,
  onChange,
  onCaseChange,
  onRemove,
  onRemoveCase,
}: {
  value: ImportedMeeting;
  saved: ImportedMeeting | undefined;
  mi: number;
  councilName: string | undefined;
  /** The server's problems with this meeting that no single field shows. */
  problems: string[];
  errors: Record<string, string>;
  onChange: MeetingChange;
  onCaseChange: CaseChange;
  onRemove: (mi: number) => void;
  onRemoveCase: (mi: number, ci: number) => void;
}) {
  const onAttendanceChange = useCallback(
    (attendance: ImportedMeeting['attendance']) => onChange(mi, { attendance }),
    [onChange, mi],
  );
  const heading = meetingHeading(m, mi);
  const name = meetingLabel(m, mi).replace(/^Møte/, 'møte');
  const headingId = fieldId.meeting(mi);
  const otherCouncil =
    m.council && councilName && m.council.trim().toLowerCase() !== councilName.toLowerCase();

  return (
    <section aria-labelledby={headingId} className="import-meeting" data-testid="import-meeting">
      <div className="import-meeting__head">
        <Heading level={2} data-size="md" id={headingId} tabIndex={-1}>
          {heading}
        </Heading>
        <Button
          type="button"
          variant="tertiary"
          data-color="danger"
          data-size="sm"
          onClick={() => onRemove(mi)}
        >
          Ta ut av importen<span className="visually-hidden">: {heading}</span>
        </Button>
      </div>
      {m.council && (
        <Paragraph data-size="sm" className="muted">
          Rådet i dokumentet: «{m.council}».
          {otherCouncil && ` Møtet blir lagret i ${councilName}.`}
        </Paragraph>
      )}
      {problems.length > 0 && (
        <Alert data-color="warning" className="block import-meeting__problems">
          <Paragraph data-size="sm">
            <strong>Må rettes i dette møtet</strong>
          </Paragraph>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}

      <div className="import-grid import-grid--meeting">
        {FIELDS.map(({ key, label, hint, max, wide }) => {
          const id = fieldId.meetingField(mi, key);
          const unchanged = saved ? saved[key] === m[key] : false;
          return (
            <Textfield
              key={key}
              id={id}
              className={wide ? 'import-grid__wide' : undefined}
              label={
                <>
                  {label}
                  <span className="visually-hidden">, {name}</span>
                </>
              }
              description={hint}
              value={m[key] ?? ''}
              maxLength={max}
              error={unchanged ? errors[id] : undefined}
              inputMode={key === 'place' ? undefined : 'numeric'}
              autoComplete="off"
              onChange={(e) => onChange(mi, { [key]: e.target.value || null })}
            />
          );
        })}
      </div>

      {(m.kind === 'minutes' ||
        Object.values(m.attendance).some((people) => people.length > 0)) && (
        <>
          <Heading level={3} data-size="sm" className="import-subheading">
            Oppmøte
          </Heading>
          <AttendanceEditor
            idBase={`import-m${mi}-att`}
            meetingName={name}
            attendance={m.attendance}
            onChange={onAttendanceChange}
          />
        </>
      )}

      <Heading level={3} data-size="sm" className="import-subheading">
        Saker <span className="muted">({m.cases.length})</span>
      </Heading>
      {m.cases.length === 0 && <Paragraph>Fant ingen saker i dette møtet.</Paragraph>}
      {m.cases.map((c, ci) => (
        <ImportedCaseEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: cases have no id before import
          key={ci}
          value={c}
          saved={saved?.cases[ci]}
          mi={mi}
          ci={ci}
          minutes={m.kind === 'minutes'}
          errors={errors}
          onChange={onCaseChange}
          onRemove={onRemoveCase}
        />
      ))}
    </section>
  );
});
