import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api.ts';
import type { TPolicyDocument } from '../../types.ts';
import { FormErrors, fieldError } from '../FormErrors.tsx';

/**
 * Archive a document the council no longer follows (kept, never deleted), or take it back into
 * the register, with the reason. A modal dialog; focus returns to the opener when it closes.
 */
export function ArchiveDialog({
  doc,
  open,
  onClose,
  onDone,
}: {
  doc: TPolicyDocument;
  open: boolean;
  onClose: () => void;
  onDone: (doc: TPolicyDocument) => void;
}) {
  const id = useId();
  const archiving = doc.archivedAt === null;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      const next = await api.put<TPolicyDocument>(`/policy-documents/${doc.id}/archive`, {
        archived: archiving,
        reason: reason.trim(),
        version: doc.version,
      });
      setReason('');
      onDone(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={`${id}-heading`}
      closeButton="Lukk"
      data-testid="archive-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${id}-heading`}>
          {archiving ? 'Arkiver dokumentet' : 'Ta dokumentet tilbake i registeret'}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={submit} noValidate className="stack">
          <Paragraph>
            {archiving
              ? `«${doc.title}» følges ikke lenger opp. Det blir liggende i arkivet og kan tas tilbake senere.`
              : `«${doc.title}» følges opp igjen og kommer med i oversikten til rådsmøtene.`}
          </Paragraph>
          <FormErrors
            error={error}
            fieldIds={{ reason: `${id}-reason` }}
            heading={archiving ? 'Dokumentet ble ikke arkivert' : 'Dokumentet ble ikke hentet'}
          />
          <Textfield
            id={`${id}-reason`}
            label={archiving ? 'Hvorfor følges det ikke lenger?' : 'Hvorfor følges det igjen?'}
            description="Begrunnelsen står i oversikten til neste rådsmøte."
            multiline
            rows={3}
            value={reason}
            error={fieldError(error, 'reason')}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="actions">
            <Button type="submit" disabled={busy}>
              {archiving ? 'Arkiver' : 'Ta tilbake'}
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
