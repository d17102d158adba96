import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../api.ts';
import type { TCase, TMembership } from '../types.ts';
import { useAnnounce } from './Announcer.tsx';
import { CaseTypeCheckboxes } from './CaseTypeCheckboxes.tsx';
import { ConflictPanel } from './ConflictPanel.tsx';
import {
  type CaseFormValues,
  RICH_SECTIONS,
  requestBody,
  sectionId,
  valuesFromCase,
} from './caseForm.ts';
import { FormErrors, fieldError } from './FormErrors.tsx';
import { PreviouslyHandledPicker } from './PreviouslyHandledPicker.tsx';
import { RichTextEditor } from './RichTextEditor.tsx';

const OFFICER_ROLES = new Set(['secretariat', 'admin']);

/** The case paper form. Saves with the version it was loaded with; a 409 opens the conflict panel. */
export function CaseEditor({
  initial,
  memberships,
  onSaved,
}: {
  initial: TCase;
  memberships: TMembership[];
  onSaved: (saved: TCase) => void;
}) {
  const id = useId();
  const announce = useAnnounce();
  const [values, setValues] = useState<CaseFormValues>(() => valuesFromCase(initial));
  const [version, setVersion] = useState(initial.version);
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState<{ message: string; current: TCase } | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const set = <K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const officers = uniqueByUser(memberships.filter((m) => OFFICER_ROLES.has(m.role)));
  // Keep officers already on the case even if their membership has ended.
  for (const o of initial.caseOfficers) {
    if (!officers.some((m) => m.userId === o.id)) officers.push({ userId: o.id, name: o.name });
  }
  const officerNames = (ids: string[]) =>
    ids.map((i) => officers.find((o) => o.userId === i)?.name ?? i).join(', ');
  const fieldIds = {
    title: `${id}-title`,
    caseTypes: `${id}-types`,
    addressee: `${id}-to`,
    sender: `${id}-from`,
    exemptionBasis: `${id}-exemption`,
    caseOfficerIds: `${id}-officers`,
    stakeholders: `${id}-stakeholders`,
  } as const;

  async function save(withVersion: number) {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await api.put<TCase>(`/cases/${initial.id}`, requestBody(values, withVersion));
      setConflict(null);
      setValues(valuesFromCase(saved));
      setVersion(saved.version);
      setSavedAt(new Date().toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' }));
      onSaved(saved);
      announce('Saksframlegget er lagret.');
    } catch (e) {
      const current = e instanceof ApiError && e.status === 409 ? e.details?.current : undefined;
      if (current) setConflict({ message: (e as ApiError).message, current: current as TCase });
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(version);
  }

  return (
    <form onSubmit={submit} noValidate className="stack case-form">
      {conflict && (
        <ConflictPanel
          message={conflict.message}
          mine={values}
          current={conflict.current}
          caseOfficerNames={officerNames}
          onKeepMine={() => save(conflict.current.version)}
          onUseTheirs={() => {
            setValues(valuesFromCase(conflict.current));
            setVersion(conflict.current.version);
            onSaved(conflict.current);
            setConflict(null);
            announce('Skjemaet viser nå den lagrede versjonen.');
          }}
        />
      )}
      <FormErrors error={error} fieldIds={fieldIds} heading="Saksframlegget ble ikke lagret" />
      <Textfield
        id={fieldIds.title}
        label="Tittel"
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        error={fieldError(error, 'title')}
      />
      <CaseTypeCheckboxes
        id={fieldIds.caseTypes}
        value={values.caseTypes}
        onChange={(v) => set('caseTypes', v)}
        error={fieldError(error, 'caseTypes')}
      />
      <div className="row">
        <div id={sectionId('addressee')} tabIndex={-1} className="hash-section">
          <Textfield
            id={fieldIds.addressee}
            label="Til"
            description="For eksempel «HelseOmsorg21-rådet»"
            value={values.addressee}
            onChange={(e) => set('addressee', e.target.value)}
            error={fieldError(error, 'addressee')}
          />
        </div>
        <div id={sectionId('sender')} tabIndex={-1} className="hash-section">
          <Textfield
            id={fieldIds.sender}
            label="Fra"
            description="Leder av sekretariatet"
            value={values.sender}
            onChange={(e) => set('sender', e.target.value)}
            error={fieldError(error, 'sender')}
          />
        </div>
      </div>
      <Textfield
        id={fieldIds.exemptionBasis}
        label="Unntatt offentlighet (hjemmel)"
        description="Tom når saken er offentlig. Skriv hjemmelen, for eksempel «offl. § 14»."
        value={values.exemptionBasis}
        onChange={(e) => set('exemptionBasis', e.target.value)}
        error={fieldError(error, 'exemptionBasis')}
      />
      <Fieldset id={fieldIds.caseOfficerIds}>
        <Fieldset.Legend>Saksbehandlere</Fieldset.Legend>
        <Fieldset.Description>Velg blant sekretariatets folk.</Fieldset.Description>
        {officers.length === 0 && <p>Rådet har ingen i sekretariatet ennå.</p>}
        <div className="inline-choices">
          {officers.map((o) => (
            <Checkbox
              key={o.userId}
              label={o.name}
              value={o.userId}
              checked={values.caseOfficerIds.includes(o.userId)}
              onChange={(e) =>
                set(
                  'caseOfficerIds',
                  e.target.checked
                    ? [...values.caseOfficerIds, o.userId]
                    : values.caseOfficerIds.filter((x) => x !== o.userId),
                )
              }
            />
          ))}
        </div>
        {fieldError(error, 'caseOfficerIds') && (
          <p className="ds-validation-message">{fieldError(error, 'caseOfficerIds')}</p>
        )}
      </Fieldset>
      <div id={sectionId('previouslyHandled')} tabIndex={-1} className="hash-section">
        <PreviouslyHandledPicker
          councilId={initial.councilId}
          caseId={initial.id}
          refs={values.previouslyHandled}
          texts={values.previouslyHandledText}
          onRefsChange={(v) => set('previouslyHandled', v)}
          onTextsChange={(v) => set('previouslyHandledText', v)}
        />
      </div>
      <div id={sectionId('stakeholders')} tabIndex={-1} className="hash-section">
        <Textfield
          id={fieldIds.stakeholders}
          label="Berørte parter"
          description="Organisasjoner som er part i saken eller berøres særlig av den, én per linje. Rådsrom sammenligner dem med medlemmenes registrerte interesser og foreslår mulig inhabilitet."
          multiline
          rows={3}
          value={values.stakeholders}
          onChange={(e) => set('stakeholders', e.target.value)}
          error={fieldError(error, 'stakeholders')}
        />
      </div>
      {RICH_SECTIONS.map((s) => (
        <RichTextEditor
          key={s.key}
          id={sectionId(s.key)}
          label={s.label}
          value={values[s.key]}
          description={
            s.key === 'proposedDecision' ? 'Skriv vedtaket slik rådet kan fatte det.' : undefined
          }
          onChange={(html) => set(s.key, html)}
        />
      ))}
      <div className="actions save-actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Lagrer …' : 'Lagre saksframlegget'}
        </Button>
        {savedAt && <span className="muted">Sist lagret kl. {savedAt}</span>}
      </div>
    </form>
  );
}

function uniqueByUser(list: TMembership[]) {
  const seen = new Map<string, { userId: string; name: string }>();
  for (const m of list)
    if (!seen.has(m.userId)) seen.set(m.userId, { userId: m.userId, name: m.name });
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
