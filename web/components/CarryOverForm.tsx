import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api.ts';
import { formatDate } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TCase, TMeeting, TMeetingDetail } from '../types.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

/** Moves a case on to another meeting: the server makes a new case there, linked to this one. */
export function CarryOverForm({ meeting }: { meeting: TMeetingDetail }) {
  const id = useId();
  const navigate = useNavigate();
  const meetings = useApi<TMeeting[]>(`/councils/${meeting.councilId}/meetings`);
  const candidates = meeting.agenda.filter((c) => !c.isStanding && !c.carriedOverTo);
  const targets = (meetings.data ?? []).filter(
    (m) => m.id !== meeting.id && m.status !== 'minutes_approved',
  );
  const [caseId, setCaseId] = useState('');
  const [toMeetingId, setToMeetingId] = useState('');
  const [error, setError] = useState<unknown>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const chosenCase = caseId || candidates[0]?.id;
    const chosenMeeting = toMeetingId || targets[0]?.id;
    if (!chosenCase || !chosenMeeting) return;
    try {
      const created = await api.post<TCase>(`/cases/${chosenCase}/carry-over`, {
        toMeetingId: chosenMeeting,
      });
      navigate(`/cases/${created.id}`);
    } catch (e) {
      setError(e);
    }
  }

  if (candidates.length === 0) return <p>Ingen saker å overføre.</p>;
  if (meetings.data && targets.length === 0) {
    return <p>Det finnes ikke noe annet åpent møte å overføre til. Opprett et nytt møte først.</p>;
  }
  return (
    <form onSubmit={submit} className="stack">
      <ErrorAlert error={error} />
      <div className="row">
        <Field>
          <Label htmlFor={`${id}-case`}>Sak</Label>
          <Select id={`${id}-case`} value={caseId} onChange={(e) => setCaseId(e.target.value)}>
            {candidates.map((c) => (
              <Select.Option key={c.id} value={c.id}>
                {c.number} {c.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${id}-meeting`}>Til møte</Label>
          <Select
            id={`${id}-meeting`}
            value={toMeetingId}
            onChange={(e) => setToMeetingId(e.target.value)}
          >
            {targets.map((m) => (
              <Select.Option key={m.id} value={m.id}>
                Møte {m.number} ({formatDate(m.date)})
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <div>
        <Button type="submit" variant="secondary">
          Overfør saken
        </Button>
      </div>
    </form>
  );
}
