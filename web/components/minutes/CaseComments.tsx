import { Button, Heading, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format.ts';
import type { TMinutes, TMinutesComment } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { FormErrors, fieldError } from '../FormErrors.tsx';

const COMMENT_STATUS: Record<
  TMinutesComment['status'],
  { label: string; color: 'warning' | 'success' | 'neutral' }
> = {
  open: { label: 'Ikke behandlet', color: 'warning' },
  accepted: { label: 'Tatt til følge', color: 'success' },
  rejected: { label: 'Ikke tatt til følge', color: 'neutral' },
};

/** The members' comments on one case (or on the minutes in general, caseId null). */
export function CaseComments({
  minutes,
  caseId,
  label,
  headingLevel = 4,
  onChange,
}: {
  minutes: TMinutes;
  caseId: string | null;
  /** "sak 12/5/2026" or "referatet generelt", used in headings and labels. */
  label: string;
  headingLevel?: 3 | 4;
  onChange: (next: TMinutes) => void;
}) {
  const comments = minutes.comments.filter((c) => c.caseId === caseId);
  const canAnswer = minutes.canEdit;
  if (comments.length === 0 && !minutes.canComment) return null;
  return (
    <div className="comments">
      {comments.length > 0 && (
        <Heading level={headingLevel} data-size="2xs">
          Merknader til {label} ({comments.length})
        </Heading>
      )}
      {comments.length > 0 && (
        <ul className="comment-list">
          {comments.map((c) => (
            <li key={c.id} className="comment" data-testid="comment">
              <div className="comment__meta">
                <strong>{c.isMine ? `${c.authorName} (deg)` : c.authorName}</strong>
                <span className="muted small">
                  {formatDateTime(c.createdAt)} · versjon {c.versionNumber}
                </span>
                <Tag data-size="sm" data-color={COMMENT_STATUS[c.status].color}>
                  {COMMENT_STATUS[c.status].label}
                </Tag>
              </div>
              <p className="comment__body">{c.body}</p>
              {c.reply && (
                <p className="comment__reply">
                  <strong>Svar{c.repliedByName ? ` fra ${c.repliedByName}` : ''}:</strong> {c.reply}
                </p>
              )}
              {canAnswer && c.status === 'open' && <AnswerForm comment={c} onAnswered={onChange} />}
            </li>
          ))}
        </ul>
      )}
      {minutes.canComment && (
        <CommentForm minutes={minutes} caseId={caseId} label={label} onAdded={onChange} />
      )}
    </div>
  );
}

function CommentForm({
  minutes,
  caseId,
  label,
  onAdded,
}: {
  minutes: TMinutes;
  caseId: string | null;
  label: string;
  onAdded: (next: TMinutes) => void;
}) {
  const id = useId();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const toggleId = `${id}-toggle`;
  const close = () => {
    setOpen(false);
    setError(undefined);
    window.requestAnimationFrame(() => document.getElementById(toggleId)?.focus());
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.post<TMinutes>(`/minutes/${minutes.id}/comments`, { caseId, body });
      setBody('');
      onAdded(next);
      close();
      announce(`Merknaden til ${label} er sendt.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <Button
        id={toggleId}
        variant="secondary"
        data-size="sm"
        aria-label={`Skriv merknad til ${label}`}
        onClick={() => setOpen(true)}
      >
        Skriv merknad
      </Button>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="stack comment-form">
      <FormErrors
        error={error}
        fieldIds={{ body: `${id}-body` }}
        heading="Merknaden ble ikke sendt"
      />
      <Textfield
        id={`${id}-body`}
        label={`Ny merknad til ${label}`}
        multiline
        rows={3}
        value={body}
        autoFocus
        onChange={(e) => setBody(e.target.value)}
        error={fieldError(error, 'body')}
      />
      <div className="actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Sender …' : 'Send merknad'}
        </Button>
        <Button type="button" variant="tertiary" onClick={close}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}

function AnswerForm({
  comment,
  onAnswered,
}: {
  comment: TMinutesComment;
  onAnswered: (next: TMinutes) => void;
}) {
  const announce = useAnnounce();
  const [reply, setReply] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function answer(status: 'accepted' | 'rejected') {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.put<TMinutes>(`/minutes/comments/${comment.id}`, { status, reply });
      onAnswered(next);
      announce(
        `Merknaden fra ${comment.authorName} er ${status === 'accepted' ? 'tatt til følge' : 'avvist'}.`,
      );
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <div className="stack answer-form">
      <ErrorAlert error={error} />
      <Textfield
        label={`Svar til ${comment.authorName}`}
        description="Valgfritt. Svaret vises for den som skrev merknaden."
        multiline
        rows={2}
        data-size="sm"
        value={reply}
        onChange={(e) => setReply(e.target.value)}
      />
      <div className="actions">
        <Button
          data-size="sm"
          aria-label={`Ta til følge merknaden fra ${comment.authorName}`}
          onClick={() => answer('accepted')}
          aria-disabled={busy || undefined}
        >
          Ta til følge
        </Button>
        <Button
          data-size="sm"
          variant="secondary"
          aria-label={`Avvis merknaden fra ${comment.authorName}`}
          onClick={() => answer('rejected')}
          aria-disabled={busy || undefined}
        >
          Avvis
        </Button>
      </div>
    </div>
  );
}
