import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ImportedMeetingEditor } from '../components/imports/ImportedMeetingEditor.tsx';
import { ImportStatusTag } from '../components/imports/ImportStatusTag.tsx';
import {
  cleanResult,
  count,
  fieldId,
  findingsText,
  focusField,
  KIND_LABELS,
  meetingHeading,
  problemsFor,
  problemTarget,
} from '../components/imports/importText.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { formatBytes, formatDateTime } from '../format.ts';
import { useApi } from '../hooks.ts';
import type {
  ImportedCase,
  ImportedMeeting,
  ImportResult,
  TCouncil,
  TImport,
  TMeeting,
} from '../types.ts';

type Busy = 'save' | 'commit' | 'discard' | 'reload' | null;
type Removal = { mi: number; ci?: number };

const PROBLEMS_HEADING = 'import-problems-heading';

/**
 * "Gjennomgå import – <fil>": what the importer found in one file, to correct and confirm.
 * The user's edits live here until saved; a failed save or a stale version never loses them.
 */
export function ImportReviewPage() {
  const { importId = '' } = useParams();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [imp, setImp] = useState<TImport>();
  const [loadError, setLoadError] = useState<unknown>();
  const [draft, setDraft] = useState<ImportResult>();
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>();
  const [removing, setRemoving] = useState<Removal | null>(null);
  const [discarding, setDiscarding] = useState(false);
  /** Counts edits, so a save that returns after further typing does not overwrite it. */
  const edits = useRef(0);
  const council = useImportCouncil(importId, imp !== undefined);
  const meetings = useApi<TMeeting[]>(
    council && imp?.status === 'committed' ? `/councils/${council.id}/meetings` : null,
  );

  const take = useCallback((next: TImport) => {
    setImp(next);
    setDraft(next.result);
    setDirty(false);
  }, []);

  useEffect(() => {
    let live = true;
    setImp(undefined);
    setLoadError(undefined);
    api
      .get<TImport>(`/imports/${importId}`)
      .then((next) => live && take(next))
      .catch((e) => live && setLoadError(e));
    return () => {
      live = false;
    };
  }, [importId, take]);

  // Unsaved corrections: ask before the tab is closed or reloaded.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const edit = useCallback((change: (r: ImportResult) => ImportResult) => {
    edits.current += 1;
    setDirty(true);
    setDraft((d) => (d ? change(d) : d));
  }, []);
  const onMeetingChange = useCallback(
    (mi: number, patch: Partial<ImportedMeeting>) =>
      edit((r) => ({
        ...r,
        meetings: r.meetings.map((m, i) => (i === mi ? { ...m, ...patch } : m)),
      })),
    [edit],
  );
  const onCaseChange = useCallback(
    (mi: number, ci: number, patch: Partial<ImportedCase>) =>
      edit((r) => ({
        ...r,
        meetings: r.meetings.map((m, i) =>
          i === mi
            ? { ...m, cases: m.cases.map((c, j) => (j === ci ? { ...c, ...patch } : c)) }
            : m,
        ),
      })),
    [edit],
  );
  const onRemoveMeeting = useCallback((mi: number) => setRemoving({ mi }), []);
  const onRemoveCase = useCallback((mi: number, ci: number) => setRemoving({ mi, ci }), []);

  /** Field id → what the server says is wrong there (without the meeting's name). */
  const fieldErrors = useMemo(() => {
    const out: Record<string, string> = {};
    for (const p of imp?.problems ?? []) {
      const target = imp ? problemTarget(p, imp.result) : null;
      if (!target || out[target]) continue;
      // After the label, which may quote a title with a colon in it: "Møte 2/2019, sak «A: B»: …".
      const message = p.replace(/^(?:[^«:]|«[^»]*»)*:\s*/, '');
      out[target] = message.charAt(0).toUpperCase() + message.slice(1);
    }
    return out;
  }, [imp]);

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
  const blocked = imp.problems.length > 0 && !dirty;
  const stale = error instanceof ApiError && error.status === 409;

  /** PUT the draft; returns the saved import, or null after showing why it failed. */
  async function save(version = imp?.version ?? 0): Promise<TImport | null> {
    if (!draft) return null;
    const sent = edits.current;
    setError(undefined);
    try {
      const next = await api.put<TImport>(`/imports/${importId}`, {
        result: cleanResult(draft),
        version,
      });
      setImp(next);
      if (edits.current === sent) {
        setDraft(next.result);
        setDirty(false);
      }
      return next;
    } catch (e) {
      setError(e);
      return null;
    }
  }

  async function onSave(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    if (!dirty) {
      announce('Ingen nye rettelser å lagre.');
      return;
    }
    setBusy('save');
    const next = await save();
    setBusy(null);
    if (!next) return focusActions();
    announce(
      next.problems.length
        ? `Rettelsene er lagret. ${next.problems.length} ting må fortsatt rettes før import.`
        : 'Rettelsene er lagret. Importen er klar.',
    );
  }

  async function onCommit() {
    if (busy || !imp) return;
    if (blocked) {
      focusField(PROBLEMS_HEADING);
      return;
    }
    setBusy('commit');
    setError(undefined);
    try {
      let current: TImport = imp;
      if (dirty) {
        const saved = await save();
        if (!saved) return focusActions();
        current = saved;
        if (saved.problems.length > 0) {
          announce(`Rettelsene er lagret, men ${saved.problems.length} ting må rettes først.`);
          window.requestAnimationFrame(() => focusField(PROBLEMS_HEADING));
          return;
        }
      }
      const done = await api.post<TImport>(`/imports/${importId}/commit`, {
        version: current.version,
      });
      take(done);
      announce(`«${done.fileName}» er importert.`);
      window.requestAnimationFrame(() => document.getElementById('imported-heading')?.focus());
    } catch (e) {
      const problems = e instanceof ApiError ? e.details?.problems : undefined;
      if (Array.isArray(problems)) {
        setImp((prev) => prev && { ...prev, problems: problems as string[] });
      }
      setError(e);
      focusActions();
    } finally {
      setBusy(null);
    }
  }

  /** After a 409: take the newest version number and save these corrections over it. */
  async function keepMine() {
    setBusy('save');
    try {
      const latest = await api.get<TImport>(`/imports/${importId}`);
      if (latest.status !== 'staged') {
        take(latest);
        setError(undefined);
        announce(
          `Importen er ${latest.status === 'committed' ? 'allerede importert' : 'forkastet'}.`,
        );
        return;
      }
      const next = await save(latest.version);
      if (next) announce('Rettelsene dine er lagret over den andre versjonen.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  /** After a 409: drop these corrections and show what the other person saved. */
  async function takeTheirs() {
    setBusy('reload');
    try {
      take(await api.get<TImport>(`/imports/${importId}`));
      setError(undefined);
      announce('Den nyeste versjonen er lastet inn.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function discard() {
    setDiscarding(false);
    setBusy('discard');
    setError(undefined);
    try {
      await api.delete(`/imports/${importId}`);
      setDirty(false);
      announce(`«${imp?.fileName}» er forkastet. Ingenting fra filen er lagret.`);
      navigate(council ? `/councils/${council.id}/imports` : '/');
    } catch (e) {
      setError(e);
      focusActions();
    } finally {
      setBusy(null);
    }
  }

  function confirmRemoval() {
    const target = removing;
    setRemoving(null);
    if (!target || !draft) return;
    const meeting = draft.meetings[target.mi];
    if (!meeting) return;
    if (target.ci === undefined) {
      edit((r) => ({ ...r, meetings: r.meetings.filter((_, i) => i !== target.mi) }));
      announce(`${meetingHeading(meeting, target.mi)} er tatt ut av importen.`);
      window.requestAnimationFrame(() => document.getElementById('findings-heading')?.focus());
    } else {
      const c = meeting.cases[target.ci];
      edit((r) => ({
        ...r,
        meetings: r.meetings.map((m, i) =>
          i === target.mi ? { ...m, cases: m.cases.filter((_, j) => j !== target.ci) } : m,
        ),
      }));
      announce(`Sak ${c?.number ?? ''} er tatt ut av importen.`);
      window.requestAnimationFrame(() =>
        document.getElementById(fieldId.meeting(target.mi))?.focus(),
      );
    }
  }

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
        <Imported imp={imp} meetings={meetings.data} councilId={council?.id} />
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
          <Problems imp={imp} dirty={dirty} />
        </>
      )}
      <Warnings imp={imp} />

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

          <section
            className="import-actions"
            aria-labelledby="import-actions-heading"
            data-testid="import-actions"
          >
            <Heading level={2} data-size="2xs" id="import-actions-heading" tabIndex={-1}>
              {dirty ? 'Du har rettelser som ikke er lagret' : 'Alle rettelser er lagret'}
            </Heading>
            {stale ? (
              <Alert data-color="warning" role="alert">
                <Paragraph>
                  <strong>Noen andre har endret importen mens du arbeidet.</strong> Rettelsene dine
                  er ikke lagret, men de står fortsatt i skjemaet. Velg om dine eller de andres
                  endringer skal gjelde.
                </Paragraph>
                <div className="actions">
                  <Button type="button" data-size="sm" data-color="accent" onClick={keepMine}>
                    Lagre mine rettelser likevel
                  </Button>
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    data-color="accent"
                    onClick={takeTheirs}
                  >
                    Forkast mine rettelser og hent den nye versjonen
                  </Button>
                </div>
              </Alert>
            ) : (
              <ErrorAlert error={error} />
            )}
            <div className="actions">
              <Button type="submit" variant="secondary" aria-disabled={busy !== null || undefined}>
                {busy === 'save' ? 'Lagrer …' : 'Lagre rettelser'}
              </Button>
              <Button
                type="button"
                aria-disabled={blocked || busy !== null || undefined}
                aria-describedby="import-commit-hint"
                onClick={onCommit}
              >
                {busy === 'commit' ? 'Importerer …' : 'Importer'}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                aria-disabled={busy !== null || undefined}
                onClick={() => !busy && setDiscarding(true)}
              >
                Forkast importen
              </Button>
            </div>
            <Paragraph data-size="sm" id="import-commit-hint" className="muted">
              {blocked
                ? `Du kan ikke importere før ${count(imp.problems.length, 'feil', 'feil')} under «Må rettes før lagring» er rettet.`
                : dirty
                  ? '«Importer» lagrer rettelsene først, og importerer hvis ingenting mangler.'
                  : 'Klar: «Importer» lagrer møtene, sakene og vedtakene i rådet.'}
            </Paragraph>
          </section>
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

function focusActions() {
  window.requestAnimationFrame(() => document.getElementById('import-actions-heading')?.focus());
}

/** "Må rettes før lagring": what the server says stops the import, each linking to its field. */
function Problems({ imp, dirty }: { imp: TImport; dirty: boolean }) {
  if (imp.problems.length === 0) return null;
  return (
    <section
      aria-labelledby={PROBLEMS_HEADING}
      className="import-problems block"
      data-testid="import-problems"
    >
      <Heading level={2} data-size="sm" id={PROBLEMS_HEADING} tabIndex={-1}>
        Må rettes før lagring ({imp.problems.length})
      </Heading>
      <Paragraph data-size="sm">
        Importen kan ikke lagres i rådet før dette er rettet.
        {dirty
          ? ' Du har rettelser som ikke er lagret; listen oppdateres når du lagrer.'
          : ' Velg en feil for å gå til feltet.'}
      </Paragraph>
      <ul>
        {imp.problems.map((p) => {
          const target = problemTarget(p, imp.result);
          return (
            <li key={p}>
              {target ? (
                <a
                  className="ds-link"
                  href={`#${target}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(target);
                  }}
                >
                  {p}
                </a>
              ) : (
                p
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const SHOWN_WARNINGS = 12;

/** "Advarsler": what the importer was unsure of, each with its place in the file. */
function Warnings({ imp }: { imp: TImport }) {
  const [all, setAll] = useState(false);
  // In the order of the file, so they can be checked against it from top to bottom.
  const warnings = [...imp.result.warnings].sort((a, b) => lineOf(a.at) - lineOf(b.at));
  if (warnings.length === 0) return null;
  const shown = all ? warnings : warnings.slice(0, SHOWN_WARNINGS);
  const otherFiles = warnings.some((w) => w.file !== imp.fileName);
  return (
    <section
      aria-labelledby="import-warnings-heading"
      className="section"
      data-testid="import-warnings"
    >
      <Heading level={2} data-size="sm" id="import-warnings-heading">
        Advarsler ({warnings.length})
      </Heading>
      <Paragraph data-size="sm">
        Steder i filen der Rådsrom var usikker. Sjekk dem mot originalen og rett funnene under om
        nødvendig.
      </Paragraph>
      <div className="table-scroll">
        <Table data-size="sm" className="full-width import-warnings">
          <caption className="visually-hidden">Advarsler med sted i filen</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">Sted</Table.HeaderCell>
              {otherFiles && <Table.HeaderCell scope="col">Fil</Table.HeaderCell>}
              <Table.HeaderCell scope="col">Advarsel</Table.HeaderCell>
              <Table.HeaderCell scope="col">Gjelder</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {shown.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings may repeat
              <Table.Row key={i}>
                <Table.Cell className="nowrap">{w.at}</Table.Cell>
                {otherFiles && <Table.Cell>{w.file}</Table.Cell>}
                <Table.Cell>{w.message}</Table.Cell>
                <Table.Cell className="nowrap">
                  <WarningTarget message={w.message} result={imp.result} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {warnings.length > SHOWN_WARNINGS && (
        <Button variant="tertiary" data-size="sm" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Vis færre advarsler' : `Vis alle ${warnings.length} advarsler`}
        </Button>
      )}
    </section>
  );
}

const lineOf = (at: string) => Number(/(\d+)/.exec(at)?.[1] ?? Number.MAX_SAFE_INTEGER);

/** A link to the case a warning is about ("… i sak 21/5/2018"), when it is on the page. */
function WarningTarget({ message, result }: { message: string; result: ImportResult }) {
  const number = /\bsak (\d{1,4}\/\d{1,3}\/\d{4})\b/i.exec(message)?.[1];
  // Or the number as written: "Saksnummeret «Sak 21/5/2017» har år 2017 …".
  const quoted = [...message.matchAll(/«([^»]+)»/g)].map((m) => m[1]);
  for (const [mi, m] of result.meetings.entries()) {
    const ci = m.cases.findIndex((c) =>
      number ? c.number === number : quoted.includes(c.rawNumber),
    );
    if (ci < 0) continue;
    const target = fieldId.caseField(mi, ci, 'heading');
    return (
      <a
        className="ds-link"
        href={`#${target}`}
        onClick={(e) => {
          e.preventDefault();
          focusField(target);
        }}
      >
        Sak {m.cases[ci]?.number}
      </a>
    );
  }
  return null;
}

/** After the import: where the meetings now are. */
function Imported({
  imp,
  meetings,
  councilId,
}: {
  imp: TImport;
  meetings: TMeeting[] | undefined;
  councilId: string | undefined;
}) {
  const found = imp.result.meetings;
  const numbers = [...new Set(found.map((m) => m.number).filter(Boolean))] as string[];
  return (
    <>
      <Alert data-color="success" className="block" data-testid="imported">
        <Heading level={2} data-size="sm" id="imported-heading" tabIndex={-1}>
          Importert
        </Heading>
        <Paragraph>
          «{imp.fileName}» ble importert
          {imp.committedAt ? ` ${formatDateTime(imp.committedAt)}` : ''}. Møtene, sakene og
          vedtakene ligger nå i rådet og kan endres der.
        </Paragraph>
        <ul className="link-list">
          {numbers.map((number) => {
            const meeting = meetings?.find((m) => m.number === number);
            const kinds = found.filter((m) => m.number === number).map((m) => KIND_LABELS[m.kind]);
            return (
              <li key={number}>
                {meeting ? (
                  <RouterLink className="ds-link" to={`/meetings/${meeting.id}`}>
                    Møte {number}
                  </RouterLink>
                ) : (
                  `Møte ${number}`
                )}{' '}
                <span className="muted">({kinds.join(' og ')})</span>
              </li>
            );
          })}
          {councilId && (
            <li>
              <RouterLink className="ds-link" to={`/councils/${councilId}/decisions`}>
                Vedtaksregisteret
              </RouterLink>
            </li>
          )}
        </ul>
      </Alert>
      {found.map((m, mi) => (
        <section
          // biome-ignore lint/suspicious/noArrayIndexKey: meetings have no id
          key={mi}
          aria-labelledby={`imported-${mi}`}
          className="section"
        >
          <Heading level={2} data-size="sm" id={`imported-${mi}`}>
            {meetingHeading(m, mi)}
          </Heading>
          <ul className="imported-cases">
            {m.cases.map((c) => (
              <li key={c.number}>
                <span className="case-number">Sak {c.number}</span> {c.title}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/**
 * The council an import belongs to. The import itself does not say, so look in the lists of
 * the councils this person can import into (usually one).
 */
function useImportCouncil(importId: string, loaded: boolean) {
  const me = useMe();
  const councils = useApi<TCouncil[]>(loaded ? '/councils' : null);
  const [found, setFound] = useState<{ id: string; name: string } | null>(null);
  useEffect(() => {
    if (!councils.data) return;
    let live = true;
    const candidates = councils.data.filter(
      (c) =>
        me.isSystemAdmin ||
        me.councils
          .find((mc) => mc.id === c.id)
          ?.roles.some((r) => r === 'admin' || r === 'secretariat'),
    );
    (async () => {
      for (const c of candidates) {
        const list = await api.get<TImport[]>(`/councils/${c.id}/imports`).catch(() => []);
        if (!live) return;
        if (list.some((i) => i.id === importId)) {
          setFound({ id: c.id, name: c.name });
          return;
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [councils.data, me, importId]);
  return found;
}
