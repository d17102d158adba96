import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { api } from '../../api.ts';
import type { TGeneratedOverview, TMeetingDetail } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { FormErrors } from '../FormErrors.tsx';

type AgendaItem = TMeetingDetail['agenda'][number];

/**
 * Where the overview belongs by default: the standing case on the action plan, else the
 * standing "Orienteringer", else the first case.
 */
export function defaultOverviewCase(agenda: AgendaItem[]): AgendaItem | undefined {
  const named = (pattern: RegExp, standing: boolean) =>
    agenda.find((c) => (!standing || c.isStanding) && pattern.test(c.title));
  return (
    named(/handlingsplan/i, true) ??
    named(/orientering/i, true) ??
    named(/handlingsplan/i, false) ??
    agenda[0]
  );
}

/** "Legg ved saken": renders the overview as PDF and Word and attaches both to a case paper. */
export function AttachOverviewForm({
  meeting,
  planId,
}: {
  meeting: TMeetingDetail;
  planId: string | undefined;
}) {
  const announce = useAnnounce();
  const [caseId, setCaseId] = useState(() => defaultOverviewCase(meeting.agenda)?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<{ result: TGeneratedOverview; number: string } | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setDone(null);
    try {
      const result = await api.post<TGeneratedOverview>(`/meetings/${meeting.id}/plan-status`, {
        caseId,
        ...(planId ? { planId } : {}),
      });
      const number = meeting.agenda.find((c) => c.id === result.caseId)?.number ?? '';
      setDone({ result, number });
      announce(`Statusoversikten er lagt ved sak ${number} som PDF og Word.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="attach-heading" className="section card-section">
      <Heading level={2} data-size="md" id="attach-heading">
        Legg ved saken
      </Heading>
      <Paragraph>
        Oversikten lages som PDF og Word med dagens status og legges ved saksframlegget. Lager du
        den på nytt, erstatter den forrige utgaven.
      </Paragraph>
      {meeting.agenda.length === 0 ? (
        <Paragraph>Møtet har ingen saker ennå.</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="stack">
          <FormErrors
            error={error}
            fieldIds={{ caseId: 'attach-case' }}
            heading="Oversikten ble ikke lagt ved"
          />
          <Field>
            <Label htmlFor="attach-case">Sak</Label>
            <Select id="attach-case" value={caseId} onChange={(e) => setCaseId(e.target.value)}>
              {meeting.agenda.map((c) => (
                <Select.Option key={c.id} value={c.id}>
                  {`Sak ${c.number} ${c.title}`}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <div className="actions">
            <Button type="submit" aria-disabled={busy || undefined}>
              {busy ? 'Lager oversikten …' : 'Legg ved saken'}
            </Button>
          </div>
        </form>
      )}
      {done && (
        <Alert data-color="success" className="block" ref={doneRef} tabIndex={-1}>
          <Paragraph>
            Statusoversikten er lagt ved sak {done.number} som PDF og Word.{' '}
            <RouterLink
              className="ds-link"
              to={`/cases/${done.result.caseId}${
                done.result.attachmentIds[0] ? `#attachment-${done.result.attachmentIds[0]}` : ''
              }`}
            >
              Se vedleggene i sak {done.number}
            </RouterLink>
          </Paragraph>
        </Alert>
      )}
    </section>
  );
}
