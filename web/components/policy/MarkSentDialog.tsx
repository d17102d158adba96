import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api.ts';
import { todayIso } from '../../format.ts';
import type { TStatement } from '../../types.ts';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { publicationNote } from './StatementForm.tsx';

/** "Marker som sendt": the date it went out; from then on it is public unless exempt. */
export function MarkSentDialog({
  statement,
  onClose,
  onDone,
}: {
  statement: TStatement | null;
  onClose: () => void;
  onDone: (statement: TStatement) => void;
}) {
  const id = useId();
  const [sentOn, setSentOn] = useState(todayIso());
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!statement) return;
    setError(undefined);
    setBusy(true);
    try {
      const { id: statementId, councilId, policyDocumentTitle, ...fields } = statement;
      const next = await api.put<TStatement>(`/statements/${statementId}`, {
        ...fields,
        sentOn: sentOn || null,
      });
      onDone(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={statement !== null}
      onClose={onClose}
      aria-labelledby={`${id}-heading`}
      closeButton="Lukk"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${id}-heading`}>
          Marker som sendt
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={submit} noValidate className="stack">
          <Paragraph>«{statement?.title}»</Paragraph>
          <FormErrors
            error={error}
            fieldIds={{ sentOn: `${id}-date` }}
            heading="Innspillet ble ikke markert som sendt"
          />
          <Textfield
            id={`${id}-date`}
            label="Sendt dato"
            type="date"
            value={sentOn}
            error={fieldError(error, 'sentOn')}
            onChange={(e) => setSentOn(e.target.value)}
          />
          <Paragraph className="muted small">
            {publicationNote(sentOn, statement?.exemptionBasis ?? '')}
          </Paragraph>
          <div className="actions">
            <Button type="submit" disabled={busy || !sentOn}>
              Marker som sendt
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              Avbryt
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
