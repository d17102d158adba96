import { Button, Heading, Label, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { api } from '../api.ts';
import { formatBytes } from '../format.ts';
import type { TAttachment, TCase } from '../types.ts';
import { useAnnounce } from './Announcer.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { FormErrors, fieldError } from './FormErrors.tsx';
import { MoveButtons } from './MoveButtons.tsx';

/** Numbered attachments of a case: upload, rename, reorder, delete. */
export function AttachmentsSection({
  caseId,
  initial,
  canEdit,
}: {
  caseId: string;
  initial: TAttachment[];
  canEdit: boolean;
}) {
  const announce = useAnnounce();
  const [items, setItems] = useState(initial);
  const [error, setError] = useState<unknown>();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TAttachment | null>(null);

  async function refresh() {
    const c = await api.get<TCase>(`/cases/${caseId}`);
    setItems(c.attachments);
    return c.attachments;
  }

  async function run(task: () => Promise<void>) {
    setError(undefined);
    try {
      await task();
    } catch (e) {
      setError(e);
    }
  }

  const move = (index: number, delta: -1 | 1) =>
    run(async () => {
      const ids = items.map((a) => a.id);
      const [id] = ids.splice(index, 1);
      if (!id) return;
      ids.splice(index + delta, 0, id);
      await api.put(`/cases/${caseId}/attachments/order`, { attachmentIds: ids });
      const next = await refresh();
      const moved = next.find((a) => a.id === id);
      if (moved) announce(`«${moved.title}» er nå vedlegg ${moved.number}.`);
      window.requestAnimationFrame(() =>
        document
          .querySelector<HTMLButtonElement>(
            `[data-attachment="${id}"] [data-move="${delta < 0 ? 'up' : 'down'}"]:not([disabled]), [data-attachment="${id}"] [data-move]:not([disabled])`,
          )
          ?.focus(),
      );
    });

  return (
    <section aria-labelledby="attachments-heading" className="section">
      <Heading level={2} data-size="md" id="attachments-heading" tabIndex={-1}>
        Vedlegg
      </Heading>
      <ErrorAlert error={error} />
      {items.length === 0 ? (
        <p>Ingen vedlegg.</p>
      ) : (
        <ol className="attachment-list">
          {items.map((a, index) => (
            <li
              key={a.id}
              id={`attachment-${a.id}`}
              tabIndex={-1}
              className="hash-section"
              data-attachment={a.id}
            >
              {renaming === a.id ? (
                <RenameForm
                  attachment={a}
                  onCancel={() => setRenaming(null)}
                  onSave={async (title) => {
                    await api.put(`/attachments/${a.id}`, { title });
                    await refresh();
                    setRenaming(null);
                    announce('Tittelen er endret.');
                  }}
                />
              ) : (
                <div className="attachment">
                  <span className="attachment__number">{a.number}.</span>
                  <a className="ds-link" href={`/api/attachments/${a.id}`} download>
                    {a.title}
                  </a>
                  <span className="muted">
                    {a.fileName}, {formatBytes(a.size)}
                  </span>
                  {canEdit && (
                    <span className="row-actions">
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        onClick={() => setRenaming(a.id)}
                        aria-label={`Endre tittel: ${a.title}`}
                      >
                        Endre tittel
                      </Button>
                      <MoveButtons
                        label={a.title}
                        index={index}
                        count={items.length}
                        onMove={move}
                      />
                      <Button
                        variant="tertiary"
                        data-color="danger"
                        data-size="sm"
                        aria-label={`Slett: ${a.title}`}
                        onClick={() => setDeleting(a)}
                      >
                        Slett
                      </Button>
                    </span>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <UploadForm
          caseId={caseId}
          onUploaded={async (a) => {
            await refresh();
            announce(`Vedlegg ${a.number} «${a.title}» er lastet opp.`);
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Slette vedlegget?"
        confirmLabel="Ja, slett vedlegget"
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          run(async () => {
            const a = deleting;
            setDeleting(null);
            if (!a) return;
            await api.delete(`/attachments/${a.id}`);
            await refresh();
            announce(`Vedlegget «${a.title}» er slettet.`);
            document.getElementById('attachments-heading')?.focus();
          })
        }
      >
        {deleting ? `«${deleting.title}» (${deleting.fileName}) blir slettet.` : ''}
      </ConfirmDialog>
    </section>
  );
}

function RenameForm({
  attachment,
  onSave,
  onCancel,
}: {
  attachment: TAttachment;
  onSave: (title: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(attachment.title);
  const [error, setError] = useState<unknown>();
  return (
    <form
      className="row row--end"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await onSave(title);
        } catch (err) {
          setError(err);
        }
      }}
    >
      <Textfield
        label={`Ny tittel på vedlegg ${attachment.number}`}
        value={title}
        autoFocus
        onChange={(e) => setTitle(e.target.value)}
        error={error ? (fieldError(error, 'title') ?? (error as Error).message) : undefined}
      />
      <Button type="submit" data-size="sm">
        Lagre tittel
      </Button>
      <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
        Avbryt
      </Button>
    </form>
  );
}

function UploadForm({
  caseId,
  onUploaded,
}: {
  caseId: string;
  onUploaded: (a: TAttachment) => Promise<void>;
}) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fieldIds = { title: `${id}-title`, file: `${id}-file` };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (busy) return;
    if (!file) {
      setError(new Error('Velg en fil å laste opp.'));
      fileRef.current?.focus();
      return;
    }
    const body = new FormData();
    // The server reads the title before the file, so the order matters.
    body.append('title', title.trim() || file.name.replace(/\.[^.]+$/, ''));
    body.append('file', file);
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.post<TAttachment>(`/cases/${caseId}/attachments`, body);
      setTitle('');
      if (fileRef.current) fileRef.current.value = '';
      await onUploaded(created);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack card-section">
      <Heading level={3} data-size="xs">
        Last opp vedlegg
      </Heading>
      <FormErrors error={error} fieldIds={fieldIds} heading="Vedlegget ble ikke lastet opp" />
      <Textfield
        id={fieldIds.title}
        label="Tittel på vedlegget"
        description="For eksempel «Utkast referat fra møte 2/2025». Tom tittel gir filnavnet."
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="ds-field">
        <Label htmlFor={fieldIds.file}>Fil</Label>
        <p className="muted field-hint" id={`${fieldIds.file}-hint`}>
          PDF, Word (DOCX), Excel (XLSX), PNG eller JPEG.
        </p>
        <input
          id={fieldIds.file}
          ref={fileRef}
          type="file"
          className="file-input"
          aria-describedby={`${fieldIds.file}-hint`}
          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
        />
      </div>
      <div>
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Laster opp …' : 'Last opp'}
        </Button>
      </div>
    </form>
  );
}
