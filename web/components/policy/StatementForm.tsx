import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import {
  STATEMENT_KIND_LABELS,
  STATEMENT_KINDS,
  type StatementKind,
} from '../../../core/policy.ts';
import { ApiError, api } from '../../api.ts';
import type { TStatement } from '../../types.ts';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { RichTextEditor } from '../RichTextEditor.tsx';

export type DocumentChoice = { id: string; title: string };

type Values = {
  kind: StatementKind;
  title: string;
  policyDocumentId: string;
  summary: string;
  body: string;
  sentOn: string;
  exemptionBasis: string;
};

/**
 * A statement of the council (høringssvar, innspill, brev, kronikk): new, or changed with the
 * version it was loaded with. A sending date makes it sent, and public as "Rådet mener" unless
 * a legal basis for exemption is given.
 */
export function StatementForm({
  councilId,
  initial,
  documents,
  preset,
  onSaved,
  onCancel,
}: {
  councilId: string;
  initial?: TStatement;
  /** The register's documents a statement can answer. */
  documents: DocumentChoice[];
  /** For a new statement: the document it answers, and its kind. */
  preset?: { policyDocumentId: string; kind: StatementKind };
  onSaved: (statement: TStatement) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState<Values>({
    kind: initial?.kind ?? preset?.kind ?? 'consultation_response',
    title: initial?.title ?? '',
    policyDocumentId: initial?.policyDocumentId ?? preset?.policyDocumentId ?? '',
    summary: initial?.summary ?? '',
    body: initial?.body ?? '',
    sentOn: initial?.sentOn ?? '',
    exemptionBasis: initial?.exemptionBasis ?? '',
  });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const ids = {
    kind: `${id}-kind`,
    title: `${id}-title`,
    policyDocumentId: `${id}-document`,
    summary: `${id}-summary`,
    body: `${id}-body`,
    sentOn: `${id}-sent`,
    exemptionBasis: `${id}-exemption`,
  };
  useEffect(() => document.getElementById(ids.title)?.focus(), [ids.title]);
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  // The document a statement answers stays a choice even when it is archived.
  const choices = [...documents];
  if (initial?.policyDocumentId && !choices.some((d) => d.id === initial.policyDocumentId)) {
    choices.push({
      id: initial.policyDocumentId,
      title: initial.policyDocumentTitle ?? 'Arkivert',
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    const body = {
      ...values,
      policyDocumentId: values.policyDocumentId || null,
      sentOn: values.sentOn || null,
    };
    try {
      const saved = initial
        ? await api.put<TStatement>(`/statements/${initial.id}`, {
            ...body,
            version: initial.version,
          })
        : await api.post<TStatement>(`/councils/${councilId}/statements`, body);
      onSaved(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack" aria-busy={busy}>
      <FormErrors error={error} fieldIds={ids} heading="Innspillet ble ikke lagret" />
      {error instanceof ApiError && error.status === 409 && (
        <p>Last siden på nytt for å se den nyeste versjonen før du lagrer igjen.</p>
      )}
      <div className="row">
        <Field>
          <Label htmlFor={ids.kind}>Type</Label>
          <Select id={ids.kind} value={values.kind} onChange={set('kind')}>
            {STATEMENT_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {STATEMENT_KIND_LABELS[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={ids.policyDocumentId}>Gjelder dokument</Label>
          <Select
            id={ids.policyDocumentId}
            value={values.policyDocumentId}
            onChange={set('policyDocumentId')}
          >
            <Select.Option value="">Ingen (eget initiativ)</Select.Option>
            {choices.map((d) => (
              <Select.Option key={d.id} value={d.id}>
                {d.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Textfield
        id={ids.title}
        label="Tittel"
        value={values.title}
        error={fieldError(error, 'title')}
        onChange={set('title')}
      />
      <Textfield
        id={ids.summary}
        label="Sammendrag"
        description="Et par setninger om hva rådet mener. Vises i oversikten «Rådet mener»."
        multiline
        rows={3}
        value={values.summary}
        error={fieldError(error, 'summary')}
        onChange={set('summary')}
      />
      <RichTextEditor
        id={ids.body}
        label="Tekst"
        description="Hele innspillet slik det ble sendt. Avsnitt som er unntatt offentlighet kan merkes i verktøylinjen."
        value={values.body}
        onChange={(html) => setValues((v) => ({ ...v, body: html }))}
      />
      {fieldError(error, 'body') && (
        <p className="ds-validation-message">{fieldError(error, 'body')}</p>
      )}
      <div className="row row--end">
        <Textfield
          id={ids.sentOn}
          label="Sendt"
          description="Datoen innspillet ble sendt. Tom så lenge det er et utkast."
          type="date"
          value={values.sentOn}
          error={fieldError(error, 'sentOn')}
          onChange={set('sentOn')}
        />
        <Textfield
          id={ids.exemptionBasis}
          label="Unntatt offentlighet (hjemmel)"
          description="Tom når innspillet skal publiseres. Skriv hjemmelen, for eksempel «offl. § 15»."
          value={values.exemptionBasis}
          error={fieldError(error, 'exemptionBasis')}
          onChange={set('exemptionBasis')}
        />
      </div>
      <p className="muted small" data-testid="statement-publication">
        {publicationNote(values.sentOn, values.exemptionBasis)}
      </p>
      <div className="actions">
        <Button type="submit" disabled={busy}>
          {initial ? 'Lagre endringer' : 'Lagre innspillet'}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}

/** What saving does to the public pages, in words. */
export function publicationNote(sentOn: string | null, exemptionBasis: string): string {
  if (!sentOn) return 'Ikke sendt: innspillet vises bare for rådet.';
  if (exemptionBasis.trim())
    return `Sendt og unntatt offentlighet (${exemptionBasis.trim()}): de offentlige sidene viser bare tittel og hjemmel.`;
  return 'Sendt: innspillet publiseres på de offentlige sidene under «Rådet mener».';
}
