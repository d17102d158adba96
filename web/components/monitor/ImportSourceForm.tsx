import {
  Button,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import type { TImportPreview } from '../../types.ts';
import { FormErrors, fieldError } from '../FormErrors.tsx';
import { withFieldList } from './monitorText.ts';

const FILE_INPUT = 'monitor-import-file';
const TABLE_INPUT = 'monitor-pxweb-table';
const SELECTION_INPUT = 'monitor-pxweb-selection';

/**
 * "Tid: 2020, 2021" per line into { Tid: ['2020', '2021'] }; a line it cannot read is named by
 * its number. "*" takes every value of a variable, as PxWebApi does.
 */
export function parseSelection(text: string): {
  selection: Record<string, string[]>;
  problems: string[];
} {
  const selection: Record<string, string[]> = {};
  const problems: string[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    const variable = colon < 0 ? '' : line.slice(0, colon).trim();
    const values = line
      .slice(colon + 1)
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    if (colon < 0 || !variable) {
      problems.push(
        `Linje ${i + 1} mangler variabel og kolon: skriv for eksempel «Tid: 2020, 2021».`,
      );
    } else if (values.length === 0) {
      problems.push(`Linje ${i + 1}: skriv minst én verdi etter «${variable}:».`);
    } else if (selection[variable]) {
      problems.push(`Linje ${i + 1}: variabelen «${variable}» står på to linjer. Slå dem sammen.`);
    } else {
      selection[variable] = values;
    }
  }
  if (problems.length === 0 && Object.keys(selection).length === 0) {
    problems.push('Skriv minst én variabel med verdier, for eksempel «Tid: 2020, 2021».');
  }
  return { selection, problems };
}

const invalidField = (field: string, message: string) =>
  new ApiError(400, 'invalid', message, { fields: [{ field, message }] });

/**
 * Step one of an import: a file from the computer, or a table fetched from Statistics
 * Norway's statistics bank. Either is only read and shown; nothing is saved yet.
 */
export function ImportSourceForm({
  councilId,
  datasetId,
  onStaged,
}: {
  councilId: string;
  datasetId: string | null;
  onStaged: (preview: TImportPreview) => void;
}) {
  const [from, setFrom] = useState<'file' | 'pxweb'>('file');
  const fileRef = useRef<HTMLInputElement>(null);
  const [tableId, setTableId] = useState('');
  const [selectionText, setSelectionText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function send(call: () => Promise<TImportPreview>) {
    setBusy(true);
    setError(undefined);
    try {
      onStaged(await call());
    } catch (e) {
      setError(withFieldList(e));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (from === 'file') {
      const file = fileRef.current?.files?.[0];
      if (!file) {
        setError(invalidField('file', 'Velg en fil å laste opp.'));
        return;
      }
      const body = new FormData();
      body.append('file', file);
      const query = datasetId ? `?datasetId=${datasetId}` : '';
      void send(() =>
        api.post<TImportPreview>(`/councils/${councilId}/monitor/imports${query}`, body),
      );
      return;
    }
    if (!tableId.trim()) {
      setError(invalidField('tableId', 'Skriv tabellnummeret, for eksempel 07459.'));
      return;
    }
    const { selection, problems } = parseSelection(selectionText);
    if (problems.length > 0) {
      setError(invalidField('selection', problems.join(' ')));
      return;
    }
    void send(() =>
      api.post<TImportPreview>(`/councils/${councilId}/monitor/pxweb-imports`, {
        tableId: tableId.trim(),
        selection,
        datasetId,
      }),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="card-section stack narrow-form" aria-busy={busy}>
      <Heading level={2} data-size="sm" id="monitor-source-heading">
        {datasetId ? 'Ny versjon av tallene' : 'Hent tallene'}
      </Heading>
      <FormErrors
        error={error}
        fieldIds={{ file: FILE_INPUT, tableId: TABLE_INPUT, selection: SELECTION_INPUT }}
        heading={from === 'file' ? 'Filen ble ikke lest' : 'Tabellen ble ikke hentet'}
      />
      <Fieldset data-size="sm">
        <Fieldset.Legend>Hvor kommer tallene fra?</Fieldset.Legend>
        <div className="inline-choices">
          <Radio
            name="monitor-source"
            label="Fil fra datamaskinen"
            value="file"
            checked={from === 'file'}
            onChange={() => {
              setFrom('file');
              setError(undefined);
            }}
          />
          <Radio
            name="monitor-source"
            label="Hent fra Statistikkbanken (PxWebApi)"
            value="pxweb"
            checked={from === 'pxweb'}
            onChange={() => {
              setFrom('pxweb');
              setError(undefined);
            }}
          />
        </div>
      </Fieldset>

      {from === 'file' ? (
        <div className="ds-field">
          <Label htmlFor={FILE_INPUT}>Fil med tallene</Label>
          <p className="muted field-hint" id={`${FILE_INPUT}-hint`}>
            JSON-stat 2.0 (slik SSB og andre statistikkbanker leverer), eller en tabell i CSV eller
            Excel (XLSX) med én rad per tall: en kolonne per dimensjon og én for verdien.
          </p>
          <input
            id={FILE_INPUT}
            ref={fileRef}
            type="file"
            className="file-input"
            aria-describedby={`${FILE_INPUT}-hint`}
            aria-invalid={fieldError(error, 'file') ? true : undefined}
            accept=".json,.csv,.txt,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
        </div>
      ) : (
        <>
          <Textfield
            id={TABLE_INPUT}
            label="Tabellnummer"
            description="Nummeret i Statistikkbanken, for eksempel 07459."
            value={tableId}
            error={fieldError(error, 'tableId')}
            onChange={(e) => setTableId(e.target.value)}
            autoComplete="off"
          />
          <Textfield
            id={SELECTION_INPUT}
            label="Variabler og verdier"
            description="Én variabel per linje, med kodene slik Statistikkbanken skriver dem: «Tid: 2020, 2021». Skriv «*» for alle verdiene, for eksempel «ContentsCode: *»."
            multiline
            rows={4}
            value={selectionText}
            error={fieldError(error, 'selection')}
            onChange={(e) => setSelectionText(e.target.value)}
          />
        </>
      )}
      <div>
        <Button type="submit" aria-disabled={busy || undefined}>
          {busy
            ? from === 'file'
              ? 'Leser filen …'
              : 'Henter tabellen …'
            : from === 'file'
              ? 'Last opp og les filen'
              : 'Hent tabellen'}
        </Button>
      </div>
      {busy && (
        <Paragraph role="status" className="muted">
          {from === 'file' ? 'Leser filen.' : 'Henter tabellen fra Statistikkbanken.'} Store
          tabeller kan ta litt tid.
        </Paragraph>
      )}
    </form>
  );
}
