import {
  Button,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ConflictGround } from '../../../core/conflicts.ts';
import { ApiError, api } from '../../api.ts';
import type { TAssessment, TMeetingConflicts } from '../../types.ts';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { GROUND_CHOICES } from './format.ts';

type Member = { userId: string; name: string };

/**
 * The council's assessment of one member in one case: disqualified or not, on which ground,
 * and why. Choosing a member who is already assessed loads that assessment for change.
 */
export function AssessmentForm({
  caseId,
  caseNumber,
  members,
  assessments,
  initialUserId,
  onSaved,
  onCancel,
}: {
  caseId: string;
  caseNumber: string;
  members: Member[];
  assessments: TAssessment[];
  initialUserId: string;
  onSaved: (next: TMeetingConflicts, message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [userId, setUserId] = useState(initialUserId);
  const existing = assessments.find((a) => a.userId === userId);
  const [disqualified, setDisqualified] = useState<boolean | null>(existing?.disqualified ?? null);
  const [ground, setGround] = useState<ConflictGround | null>(existing?.ground ?? null);
  const [reason, setReason] = useState(existing?.reason ?? '');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const ids = {
    userId: `${id}-user`,
    disqualified: `${id}-disq`,
    ground: `${id}-ground`,
    reason: `${id}-reason`,
  };
  useEffect(() => {
    document.getElementById(initialUserId ? `${id}-disq-yes` : `${id}-user`)?.focus();
  }, [id, initialUserId]);

  function choose(next: string) {
    setUserId(next);
    const a = assessments.find((x) => x.userId === next);
    setDisqualified(a?.disqualified ?? null);
    setGround(a?.ground ?? null);
    setReason(a?.reason ?? '');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const missing = [
      ...(userId ? [] : [{ field: 'userId', message: 'Velg hvem vurderingen gjelder.' }]),
      ...(disqualified === null
        ? [{ field: 'disqualified', message: 'Svar ja eller nei på om medlemmet er inhabilt.' }]
        : []),
    ];
    if (missing.length) {
      setError(new ApiError(400, 'invalid', 'Vurderingen mangler noe.', { fields: missing }));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.put<TMeetingConflicts>(
        `/cases/${caseId}/conflict-assessments/${userId}`,
        {
          disqualified,
          ground: disqualified ? ground : null,
          reason: reason.trim(),
          version: existing?.version ?? 0,
        },
      );
      const name = members.find((m) => m.userId === userId)?.name ?? 'Medlemmet';
      onSaved(
        next,
        `Vurderingen er lagret: ${name} er ${disqualified ? 'inhabil' : 'ikke inhabil'} i sak ${caseNumber}.`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const groundError = fieldError(error, 'ground');
  const disqualifiedError = fieldError(error, 'disqualified');

  return (
    <form
      onSubmit={submit}
      noValidate
      className="stack assessment-form"
      aria-label={`Vurdering av habilitet i sak ${caseNumber}`}
    >
      <FormErrors
        error={error}
        fieldIds={{ ...ids, disqualified: `${id}-disq-yes`, ground: `${id}-ground-automatic` }}
        heading="Vurderingen ble ikke lagret"
      />
      <Field>
        <Label htmlFor={ids.userId}>Medlem</Label>
        <Select
          id={ids.userId}
          value={userId}
          onChange={(e) => choose(e.target.value)}
          aria-invalid={Boolean(fieldError(error, 'userId')) || undefined}
        >
          <Select.Option value="">Velg medlem</Select.Option>
          {members.map((m) => (
            <Select.Option key={m.userId} value={m.userId}>
              {m.name}
              {assessments.some((a) => a.userId === m.userId) ? ' (vurdert)' : ''}
            </Select.Option>
          ))}
        </Select>
        {fieldError(error, 'userId') && (
          <ValidationMessage>{fieldError(error, 'userId')}</ValidationMessage>
        )}
      </Field>
      {existing && (
        <p className="muted small">
          Endrer vurderingen som er registrert
          {existing.assessedByName ? ` av ${existing.assessedByName}` : ''}.
        </p>
      )}
      <Fieldset id={ids.disqualified}>
        <Fieldset.Legend>Inhabil?</Fieldset.Legend>
        <div className="inline-choices">
          <Radio
            id={`${id}-disq-yes`}
            name={`${id}-disq`}
            label="Ja, inhabil"
            checked={disqualified === true}
            onChange={() => setDisqualified(true)}
          />
          <Radio
            name={`${id}-disq`}
            label="Nei, ikke inhabil"
            checked={disqualified === false}
            onChange={() => setDisqualified(false)}
          />
        </div>
        {disqualifiedError && <ValidationMessage>{disqualifiedError}</ValidationMessage>}
      </Fieldset>
      {disqualified && (
        <Fieldset id={ids.ground}>
          <Fieldset.Legend>Grunnlag i forvaltningsloven § 6</Fieldset.Legend>
          {GROUND_CHOICES.map((g) => (
            <Radio
              key={g.value}
              id={`${id}-ground-${g.value}`}
              name={`${id}-ground`}
              value={g.value}
              label={g.label}
              description={g.description}
              checked={ground === g.value}
              onChange={() => setGround(g.value)}
            />
          ))}
          {groundError && <ValidationMessage>{groundError}</ValidationMessage>}
        </Fieldset>
      )}
      <Textfield
        id={ids.reason}
        label="Begrunnelse"
        description={
          disqualified
            ? 'Påkrevd. Kort om hva som gjør medlemmet inhabilt.'
            : 'Valgfri. Kort om hvorfor medlemmet ikke er inhabilt.'
        }
        multiline
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldError(error, 'reason')}
      />
      <div className="actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Lagrer …' : 'Lagre vurderingen'}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
