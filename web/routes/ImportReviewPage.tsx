import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router-dom';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ImportActions } from '../components/imports/ImportActions.tsx';
import { ImportedMeetingEditor } from '../components/imports/ImportedMeetingEditor.tsx';
import { ImportedSummary } from '../components/imports/ImportedSummary.tsx';
import { ImportProblems } from '../components/imports/ImportProblems.tsx';
import { ImportStatusTag } from '../components/imports/ImportStatusTag.tsx';
import { ImportWarnings } from '../components/imports/ImportWarnings.tsx';
import {
  count,
  fieldId,
  findingsText,
  meetingHeading,
  problemsFor,
  problemTarget,
} from '../components/imports/importText.ts';
import { useImportDraft } from '../components/imports/useImportDraft.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { formatBytes, formatDateTime } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { TImport, TMeeting } from '../types.ts';

/**
 * "Gjennomgå import – <fil>": what the importer found in one file, to correct and confirm.
 * The user's edits live in useImportDraft until saved; a failed save or a stale version never
 * loses them.
 */
export function ImportReviewPage() {
  const { importId = '' } = useParams();
  const {
    imp,
    loadError,
    draft,
    dirty,
    busy,
    error,
    blocked,
    stale,
    council,
    fieldErrors,
    removing,
    setRemoving,
    discarding,
    setDiscarding,
    onMeetingChange,
    onCaseChange,
    onRemoveMeeting,
    onRemoveCase,
    onSave,
    onCommit,
    keepMine,
    takeTheirs,
    discard,
    confirmRemoval,
  } = useImportDraft(importId);
  const meetings = useApi<TMeeting[]>(
    council && imp?.status === 'committed' ? `/councils/${council.id}/meetings` : null,
  );

  if (!imp || !draft) {
    return (
      <>
        <Breadcrumbs items={[{ label: 'Forside', to: '/' }, { label: 'Import' }]} />
        <PageTitle>{loadError ? 'Kunne ikke vise importen' : 'Laster importen …'}</PageTitle>
        <ErrorAlert error={loadError} />
      </>
    );
  }

  const staged = imp.status === 'staged';
  const removal = removing && draft.meetings[removing.mi];
  const removalName = removal
    ? removing?.ci === undefined
      ? meetingHeading(removal, removing.mi)
      : `sak ${removal.cases[removing.ci]?.number ?? ''}`
    : '';

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Forside', to: '/' },
          ...(council
            ? [
                { label: council.name, to: `/councils/${council.id}` },
                { label: 'Importer møtepapirer', to: `/councils/${council.id}/imports` },
              ]
            : []),
          { label: imp.fileName },
        ]}
      />
      <PageTitle>Gjennomgå import – {imp.fileName}</PageTitle>
      <dl className="facts import-facts">
        <dt>Status</dt>
        <dd>
          <ImportStatusTag status={imp.status} />
        </dd>
        <dt>Fil</dt>
        <dd>
          {imp.fileName} ({formatBytes(imp.size)}), lastet opp {formatDateTime(imp.createdAt)}
        </dd>
        <dt>Funnet</dt>
        <dd>{findingsText(imp.result)}</dd>
      </dl>

      {imp.status === 'committed' && (
        <ImportedSummary imp={imp} meetings={meetings.data} councilId={council?.id} />
      )}
      {imp.status === 'discarded' && (
        <Alert data-color="info" className="block">
          <Paragraph>Importen er forkastet. Ingenting fra filen er lagret i rådet.</Paragraph>
        </Alert>
      )}

      {staged && (
        <>
          <Paragraph>
            Gå gjennom det Rådsrom fant, og rett det som er feil. Ingenting lagres i rådet før du
            velger «Importer». «Lagre rettelser» tar vare på rettelsene dine til senere.
          </Paragraph>
          <ImportProblems imp={imp} dirty={dirty} />
        </>
      )}
      <ImportWarnings imp={imp} />

      {staged && (
        <form onSubmit={onSave} noValidate className="import-form">
          <Heading
            level={2}
            data-size="md"
            id="findings-heading"
            tabIndex={-1}
            className="visually-hidden"
          >
            Funnene i filen
          </Heading>
          {draft.meetings.length > 1 && (
            <nav aria-label="Møter i filen" className="import-toc">
              <ul className="link-list">
                {draft.meetings.map((m, mi) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: meetings have no id before import
                  <li key={mi}>
                    <a className="ds-link" href={`#${fieldId.meeting(mi)}`}>
                      {meetingHeading(m, mi)}
                    </a>{' '}
                    <span className="muted">({count(m.cases.length, 'sak', 'saker')})</span>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {draft.meetings.length === 0 && (
            <Paragraph>
              Fant ingen møter i filen. Forkast importen, eller prøv en annen fil.
            </Paragraph>
          )}
          {draft.meetings.map((m, mi) => (
            <ImportedMeetingEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: meetings have no id before import
              key={mi}
              value={m}
              saved={imp.result.meetings[mi]}
              mi={mi}
              councilName={council?.name}
              problems={meetingProblems(imp, mi)}
              errors={fieldErrors}
              onChange={onMeetingChange}
              onCaseChange={onCaseChange}
              onRemove={onRemoveMeeting}
              onRemoveCase={onRemoveCase}
            />
          ))}

          <ImportActions
            dirty={dirty}
            stale={stale}
            blocked={blocked}
            busy={busy}
            error={error}
            problemCount={imp.problems.length}
            onCommit={onCommit}
            onKeepMine={keepMine}
            onTakeTheirs={takeTheirs}
            onDiscard={() => setDiscarding(true)}
          />
        </form>
      )}

      <ConfirmDialog
        open={discarding}
        title="Forkaste importen?"
        confirmLabel="Ja, forkast importen"
        onConfirm={discard}
        onCancel={() => setDiscarding(false)}
      >
        Ingenting fra «{imp.fileName}» blir lagret, og rettelsene dine forsvinner. Du kan laste opp
        filen på nytt senere.
      </ConfirmDialog>
      <ConfirmDialog
        open={removing !== null}
        title={`Ta ${removalName} ut av importen?`}
        confirmLabel="Ja, ta ut"
        onConfirm={confirmRemoval}
        onCancel={() => setRemoving(null)}
      >
        {removing?.ci === undefined
          ? 'Møtet og sakene i det blir ikke importert.'
          : 'Saken blir ikke importert.'}{' '}
        Rettelser du har gjort i det, forsvinner. Endringen lagres når du velger «Lagre rettelser».
      </ConfirmDialog>
    </>
  );
}

/** A meeting's problems that are not shown on one of its fields (e.g. a case number taken). */
function meetingProblems(imp: TImport, mi: number) {
  const meeting = imp.result.meetings[mi];
  if (!meeting) return [];
  return problemsFor(imp.problems, meeting, mi).filter(
    (p) => problemTarget(p, imp.result) === fieldId.meeting(mi),
  );
}
