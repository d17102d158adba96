import { Button, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import type { QualificationForm } from '../../../core/plans.ts';
import type { TArea } from '../../types.ts';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { LinesField } from '../imports/LinesField.tsx';
import { RowsField } from './RowsField.tsx';
import { saveArea } from './saveArea.ts';

const ID = 'qualification-form';

/** The secretariat edits the area's name and its qualification form in one save. */
export function QualificationEditor({
  area,
  onDone,
}: {
  area: TArea;
  onDone: (saved: TArea | null) => void;
}) {
  const [title, setTitle] = useState(area.title);
  const [code, setCode] = useState(area.code);
  const [form, setForm] = useState<QualificationForm>(area.qualification);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof QualificationForm>(key: K, value: QualificationForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  useEffect(() => document.getElementById(`${ID}-centralQuestion`)?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      onDone(await saveArea(area, { title, code, qualification: form }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const qualificationError = fieldError(error, 'qualification');
  return (
    <form onSubmit={submit} noValidate className="stack card-section">
      <FormErrors
        error={error}
        fieldIds={{
          title: `${ID}-title`,
          code: `${ID}-code`,
          qualification: `${ID}-centralQuestion`,
        }}
        heading="Kvalifiseringsskjemaet ble ikke lagret"
      />
      <div className="row">
        <Textfield
          id={`${ID}-title`}
          label="Navn på hovedområdet"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldError(error, 'title')}
        />
        <Textfield
          id={`${ID}-code`}
          label="Kortnummer"
          description="Valgfritt, for eksempel «1» eller «A»"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={fieldError(error, 'code')}
        />
      </div>
      <Textfield
        id={`${ID}-centralQuestion`}
        label="Sentralt spørsmål"
        multiline
        rows={3}
        value={form.centralQuestion}
        onChange={(e) => set('centralQuestion', e.target.value)}
        error={qualificationError}
      />
      <Textfield
        id={`${ID}-contribution`}
        label="Rådets bidrag"
        multiline
        rows={3}
        value={form.contribution}
        onChange={(e) => set('contribution', e.target.value)}
      />
      <Textfield
        id={`${ID}-background`}
        label="Bakgrunn"
        description="Tom linje mellom avsnitt"
        multiline
        rows={5}
        value={form.background}
        onChange={(e) => set('background', e.target.value)}
      />
      <LinesField
        id={`${ID}-keyArguments`}
        label="Viktige argumenter"
        description="Ett argument per linje; de nummereres i den rekkefølgen de står"
        value={form.keyArguments}
        onChange={(next) => set('keyArguments', next)}
      />
      <RowsField
        id={`${ID}-stakeholders`}
        legend="Interessenter"
        description="Aktørene på området og deres rolle eller interesse"
        noun="interessent"
        columns={[
          { key: 'name', label: 'Aktør' },
          { key: 'role', label: 'Rolle', multiline: true },
        ]}
        value={form.stakeholders}
        onChange={(next) => set('stakeholders', next)}
      />
      <RowsField
        id={`${ID}-documents`}
        legend="Relevante dokumenter"
        description="Adressen begynner med https:// (eller står tom)."
        noun="dokument"
        columns={[
          { key: 'title', label: 'Tittel' },
          { key: 'url', label: 'Adresse', type: 'url' },
        ]}
        value={form.relevantDocuments}
        onChange={(next) => set('relevantDocuments', next)}
      />
      <div className="actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Lagrer …' : 'Lagre kvalifiseringsskjemaet'}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => onDone(null)}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
