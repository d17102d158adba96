import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../api.ts';
import type { ImportedCase, ImportedMeeting, ImportResult, TImport } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import {
  cleanResult,
  fieldId,
  focusField,
  meetingHeading,
  PROBLEMS_HEADING,
  problemTarget,
} from './importText.ts';
import { useImportCouncil } from './useImportCouncil.ts';

export type Busy = 'save' | 'commit' | 'discard' | 'reload' | null;
export type Removal = { mi: number; ci?: number };

/**
 * One import under review and the user's corrections to it. The edits live here until saved;
 * a failed save or a stale version (409) never loses them.
 */
export function useImportDraft(importId: string) {
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

  const blocked = (imp?.problems.length ?? 0) > 0 && !dirty;
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

  return {
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
  };
}

function focusActions() {
  window.requestAnimationFrame(() => document.getElementById('import-actions-heading')?.focus());
}
