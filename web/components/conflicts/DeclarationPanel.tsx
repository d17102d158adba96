import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api.ts';
import { formatDateTime } from '../../format.ts';
import type { TConflictDeclaration, TMeetingConflicts } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { FormErrors, fieldError } from '../FormErrors.tsx';

/** A member's own "Meld mulig inhabilitet" in one case: declare before the meeting, or withdraw. */
export function DeclarationPanel({
  caseId,
  caseNumber,
  own,
  open,
  startWriting = false,
  headingLevel,
  onChange,
  onCancel,
}: {
  caseId: string;
  caseNumber: string;
  own: TConflictDeclaration | undefined;
  /** Declarations close when the meeting is held. */
  open: boolean;
  /** Open with the form showing (the button was pressed elsewhere). */
  startWriting?: boolean;
  headingLevel: 3 | 4;
  onChange: (next: TMeetingConflicts) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const announce = useAnnounce();
  const [writing, setWriting] = useState(startWriting);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [withdrawing, setWithdrawing] = useState(false);
  const path = `/cases/${caseId}/conflict-declaration`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const next = await api.put<TMeetingConflicts>(path, { note: note.trim() });
      setWriting(false);
      setNote('');
      onChange(next);
      announce(
        `Du har meldt mulig inhabilitet i sak ${caseNumber}. Lederen og sekretariatet har fått beskjed.`,
      );
    } catch (e) {
      setError(e);
    }
  }

  async function withdraw() {
    setWithdrawing(false);
    setError(undefined);
    try {
      onChange(await api.delete<TMeetingConflicts>(path));
      announce(`Meldingen om mulig inhabilitet i sak ${caseNumber} er trukket tilbake.`);
    } catch (e) {
      setError(e);
    }
  }

  if (!own && !open) return null;
  return (
    <div className="declaration-panel">
      <Heading level={headingLevel} data-size="2xs">
        Din melding
      </Heading>
      {own ? (
        <>
          <Paragraph data-size="sm">
            Du meldte mulig inhabilitet {formatDateTime(own.createdAt)}
            {own.note ? `: «${own.note}»` : '.'}
          </Paragraph>
          <ErrorAlert error={error} />
          {open && (
            <div>
              <Button
                variant="tertiary"
                data-size="sm"
                aria-label={`Trekk tilbake meldingen om mulig inhabilitet i sak ${caseNumber}`}
                onClick={() => setWithdrawing(true)}
              >
                Trekk tilbake meldingen
              </Button>
            </div>
          )}
          <ConfirmDialog
            open={withdrawing}
            title="Trekke tilbake meldingen?"
            confirmLabel="Ja, trekk tilbake"
            onConfirm={withdraw}
            onCancel={() => setWithdrawing(false)}
          >
            Meldingen om mulig inhabilitet i sak {caseNumber} blir slettet.
          </ConfirmDialog>
        </>
      ) : writing ? (
        <form
          onSubmit={submit}
          noValidate
          className="stack"
          aria-label={`Meld mulig inhabilitet i sak ${caseNumber}`}
        >
          <FormErrors
            error={error}
            fieldIds={{ note: `${id}-note` }}
            heading="Meldingen ble ikke sendt"
          />
          <Textfield
            id={`${id}-note`}
            label="Hva er tilknytningen din til saken?"
            description="Kort, for eksempel «Jeg sitter i styret i en av de berørte organisasjonene». Lederen og sekretariatet får beskjed."
            multiline
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={fieldError(error, 'note')}
            autoFocus
          />
          <div className="actions">
            <Button type="submit">Send meldingen</Button>
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                setWriting(false);
                onCancel();
              }}
            >
              Avbryt
            </Button>
          </div>
        </form>
      ) : (
        <>
          <Paragraph data-size="sm" className="muted">
            Mener du at du kan være inhabil i saken? Si fra før møtet.
          </Paragraph>
          <div>
            <Button
              variant="secondary"
              data-size="sm"
              aria-label={`Meld mulig inhabilitet i sak ${caseNumber}`}
              onClick={() => setWriting(true)}
            >
              Meld mulig inhabilitet
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
