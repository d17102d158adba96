import {
  Alert,
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { api } from '../../api.ts';
import { useApi } from '../../hooks.ts';
import type { TMeetingDetail, TStandingCase } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { FormErrors } from '../FormErrors.tsx';

type AgendaItem = TMeetingDetail['agenda'][number];

/**
 * The case the overview belongs to: the one it is already attached to, else the standing case
 * "Oversikt meldinger og strategier" (kind policy_overview), else none and the user chooses.
 */
export function defaultOverviewCase(
  agenda: AgendaItem[],
  attachedTo: string | null,
  standing: TStandingCase[],
): string {
  const attached = attachedTo && agenda.find((a) => a.number === attachedTo);
  if (attached) return attached.id;
  const titles = standing.filter((s) => s.kind === 'policy_overview').map((s) => s.title.trim());
  const standingCase = agenda.find((a) => a.isStanding && titles.includes(a.title.trim()));
  if (standingCase) return standingCase.id;
  return agenda.find((a) => /oversikt.*(meldinger|strategier)/i.test(a.title))?.id ?? '';
}

/** "Legg ved saken": renders the overview as PDF and DOCX and attaches both to a case paper. */
export function AttachOverviewForm({
  meeting,
  attachedTo,
  onAttached,
}: {
  meeting: TMeetingDetail;
  attachedTo: string | null;
  onAttached: () => void;
}) {
  const id = useId();
  const announce = useAnnounce();
  const standing = useApi<{ standingCases: TStandingCase[] }>(
    `/councils/${meeting.councilId}/standing-cases`,
  );
  const fallback = defaultOverviewCase(
    meeting.agenda,
    attachedTo,
    standing.data?.standingCases ?? [],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const caseId = chosen ?? fallback;
  const [error, setError] = useState<unknown>();
  const [choiceError, setChoiceError] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ caseId: string; count: number } | null>(null);
  const target = meeting.agenda.find((a) => a.id === caseId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setDone(null);
    setChoiceError(caseId ? '' : 'Velg saken oversikten skal legges ved.');
    if (!caseId) {
      window.requestAnimationFrame(() => document.getElementById(`${id}-case`)?.focus());
      return;
    }
    setBusy(true);
    try {
      const result = await api.post<{ caseId: string; attachmentIds: string[] }>(
        `/meetings/${meeting.id}/policy-overview`,
        { caseId },
      );
      setDone({ caseId: result.caseId, count: result.attachmentIds.length });
      announce(`Oversikten er lagt ved sak ${target?.number ?? ''} som PDF og Word.`);
      onAttached();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (meeting.agenda.length === 0) return <Paragraph>Møtet har ingen saker ennå.</Paragraph>;
  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormErrors
        error={error}
        fieldIds={{ caseId: `${id}-case` }}
        heading="Oversikten ble ikke lagt ved"
      />
      <Field>
        <Label htmlFor={`${id}-case`}>Sak</Label>
        <Field.Description>
          Oversikten lagres som PDF og Word og legges ved saken som vedlegg.
        </Field.Description>
        <Select
          id={`${id}-case`}
          value={caseId}
          onChange={(e) => setChosen(e.target.value)}
          aria-invalid={choiceError ? true : undefined}
        >
          <Select.Option value="">Velg sak</Select.Option>
          {meeting.agenda.map((a) => (
            <Select.Option key={a.id} value={a.id}>
              Sak {a.number} {a.title}
            </Select.Option>
          ))}
        </Select>
        {choiceError && <ValidationMessage>{choiceError}</ValidationMessage>}
      </Field>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {busy ? 'Legger ved …' : 'Legg ved saken'}
        </Button>
      </div>
      {done && (
        <Alert data-color="success" className="block">
          <Paragraph>
            Oversikten er lagt ved{' '}
            <RouterLink className="ds-link" to={`/cases/${done.caseId}`}>
              sak {meeting.agenda.find((a) => a.id === done.caseId)?.number ?? ''}
            </RouterLink>{' '}
            ({done.count === 2 ? 'PDF og Word' : `${done.count} filer`}).
          </Paragraph>
        </Alert>
      )}
    </form>
  );
}
