import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api.ts';
import type { TMinutes, TMinutesCase } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { RichTextEditor } from '../RichTextEditor.tsx';

/**
 * Discussion and decision of one case. Approved minutes are changed only as a correction with
 * a reason (`correcting`), which the server keeps as a new version.
 */
export function CaseMinutesEditor({
  minutes,
  entry,
  correcting = false,
  onSaved,
  onCancel,
}: {
  minutes: TMinutes;
  entry: TMinutesCase;
  correcting?: boolean;
  onSaved: (next: TMinutes) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const announce = useAnnounce();
  const [discussion, setDiscussion] = useState(entry.discussion);
  const [decision, setDecision] = useState(entry.decision);
  const [postponed, setPostponed] = useState(entry.postponed);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const fieldIds = {
    postponed: `${id}-postponed`,
    correctionReason: `${id}-reason`,
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.put<TMinutes>(`/minutes/${minutes.id}/cases/${entry.caseId}`, {
        discussion,
        decision,
        postponed,
        version: entry.version,
        ...(correcting ? { correctionReason: reason } : {}),
      });
      const saved = next.cases.find((c) => c.caseId === entry.caseId);
      if (saved) {
        setDiscussion(saved.discussion);
        setDecision(saved.decision);
        setPostponed(saved.postponed);
      }
      setSavedAt(new Date().toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' }));
      onSaved(next);
      announce(
        correcting
          ? `Rettelsen i sak ${entry.number} er lagret som en ny versjon.`
          : `Referatet for sak ${entry.number} er lagret.`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} noValidate className="stack case-minutes-form">
      <FormErrors
        error={error}
        fieldIds={fieldIds}
        heading={`Referatet for sak ${entry.number} ble ikke lagret`}
      />
      <RichTextEditor
        label={`Diskusjon, sak ${entry.number}`}
        value={discussion}
        onChange={setDiscussion}
      />
      <RichTextEditor
        label={`Vedtak, sak ${entry.number}`}
        description="Forslaget til vedtak er fylt inn; rett det til det rådet vedtok."
        value={decision}
        onChange={setDecision}
      />
      <Checkbox
        id={fieldIds.postponed}
        label="Utsatt til neste møte"
        description={
          entry.postponed
            ? `Saken er overført${entry.carriedOverTo ? ` til sak ${entry.carriedOverTo}` : ''}.`
            : 'Saken blir overført til rådets neste møte når du lagrer.'
        }
        checked={postponed}
        disabled={entry.postponed}
        onChange={(e) => setPostponed(e.target.checked)}
        error={fieldError(error, 'postponed')}
      />
      {correcting && (
        <Textfield
          id={fieldIds.correctionReason}
          label="Hvorfor må det godkjente referatet rettes?"
          description="Begrunnelsen lagres med den nye versjonen."
          multiline
          rows={2}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldError(error, 'correctionReason')}
        />
      )}
      <div className="actions save-actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy
            ? 'Lagrer …'
            : correcting
              ? `Lagre rettelsen i sak ${entry.number}`
              : `Lagre sak ${entry.number}`}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            Avbryt
          </Button>
        )}
        {savedAt && <span className="muted">Sist lagret kl. {savedAt}</span>}
      </div>
    </form>
  );
}
