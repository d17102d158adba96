import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { api } from '../../api.ts';
import { htmlToText } from '../../richText.ts';
import type { TArea, TPlanCaseRef } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { LinesField } from '../imports/LinesField.tsx';
import { AreaGoals } from './AreaGoals.tsx';

const ID = 'goals';

/** One entry per case, the newest meeting first (a case can be linked to several activities). */
export function distinctCases(cases: TPlanCaseRef[]): TPlanCaseRef[] {
  const seen = new Map<string, TPlanCaseRef>();
  for (const c of cases) {
    const had = seen.get(c.caseId);
    if (!had || (!had.decision && c.decision)) seen.set(c.caseId, c);
  }
  return [...seen.values()].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
}

/** The area's goals; the secretariat changes them from the decision in a linked case. */
export function GoalsSection({
  area,
  canManage,
  onChange,
}: {
  area: TArea;
  canManage: boolean;
  onChange: (area: TArea) => void;
}) {
  const [editing, setEditing] = useState(false);
  const focus = (target: string) =>
    window.requestAnimationFrame(() => document.getElementById(target)?.focus());

  return (
    <section aria-labelledby={`${ID}-heading`} className="section">
      <Heading level={2} data-size="md" id={`${ID}-heading`}>
        Mål
      </Heading>
      <AreaGoals area={area} level={3} />
      {canManage && !editing && (
        <Button
          id={`${ID}-edit`}
          className="plan-action"
          variant="secondary"
          onClick={() => {
            setEditing(true);
            focus(`${ID}-case`);
          }}
        >
          Endre målene
        </Button>
      )}
      {canManage && editing && (
        <GoalsForm
          area={area}
          onDone={(saved) => {
            if (saved) onChange(saved);
            setEditing(false);
            focus(`${ID}-edit`);
          }}
        />
      )}
    </section>
  );
}

function GoalsForm({ area, onDone }: { area: TArea; onDone: (saved: TArea | null) => void }) {
  const announce = useAnnounce();
  const cases = distinctCases(area.cases);
  const [caseId, setCaseId] = useState(cases.find((c) => c.decision)?.caseId ?? '');
  const [overallGoal, setOverallGoal] = useState(area.overallGoal);
  const [subGoals, setSubGoals] = useState(area.subGoals);
  const [error, setError] = useState<unknown>();
  const chosen = cases.find((c) => c.caseId === caseId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const saved = await api.put<TArea>(`/plan-areas/${area.id}/goals`, {
        overallGoal,
        subGoals,
        caseId: caseId || null,
        version: area.version,
      });
      announce(
        chosen
          ? `Målene er endret etter vedtaket i sak ${chosen.caseNumber}.`
          : 'Målene er rettet.',
      );
      onDone(saved);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack card-section">
      <FormErrors
        error={error}
        fieldIds={{
          caseId: `${ID}-case`,
          overallGoal: `${ID}-overall`,
          subGoals: `${ID}-sub`,
        }}
        heading="Målene ble ikke endret"
      />
      <Field>
        <Label htmlFor={`${ID}-case`}>Endret etter vedtaket i sak</Label>
        <Select id={`${ID}-case`} value={caseId} onChange={(e) => setCaseId(e.target.value)}>
          <Select.Option value="">Ingen sak – bare en retting av teksten</Select.Option>
          {cases.map((c) => (
            <Select.Option key={c.caseId} value={c.caseId}>
              {`Sak ${c.caseNumber} ${c.caseTitle} (møte ${c.meetingNumber})`}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {cases.length === 0 && (
        <Paragraph className="muted">
          Ingen saker er koblet til området. Koble saken fra sakssiden for å vise til vedtaket.
        </Paragraph>
      )}
      {chosen && (
        <div className="plan-decision-quote" data-testid="chosen-decision">
          <Heading level={3} data-size="2xs">
            Vedtaket i sak {chosen.caseNumber}
          </Heading>
          <Paragraph>
            {chosen.decision
              ? htmlToText(chosen.decision)
              : 'Vedtaket er ikke ført i referatet ennå.'}
          </Paragraph>
        </div>
      )}
      <Textfield
        id={`${ID}-overall`}
        label="Overordnet mål"
        multiline
        rows={3}
        value={overallGoal}
        onChange={(e) => setOverallGoal(e.target.value)}
        error={fieldError(error, 'overallGoal')}
      />
      <LinesField
        id={`${ID}-sub`}
        label="Delmål"
        description="Ett delmål per linje"
        value={subGoals}
        onChange={setSubGoals}
      />
      <div className="actions">
        <Button type="submit">Lagre målene</Button>
        <Button type="button" variant="tertiary" onClick={() => onDone(null)}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
