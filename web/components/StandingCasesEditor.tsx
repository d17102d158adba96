import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { useApi } from '../hooks.ts';
import type { TStandingCase } from '../types.ts';
import { useAnnounce } from './Announcer.tsx';
import { CaseTypeCheckboxes } from './CaseTypeCheckboxes.tsx';
import { FormErrors } from './FormErrors.tsx';
import { MoveButtons } from './MoveButtons.tsx';

type Row = TStandingCase & { key: string };
let nextKey = 0;
const withKey = (s: TStandingCase): Row => ({ ...s, key: `sc-${nextKey++}` });

/** The standing cases every new agenda starts with: edit, reorder, add, remove, then save all. */
export function StandingCasesEditor({ councilId }: { councilId: string }) {
  const path = `/councils/${councilId}/standing-cases`;
  const loaded = useApi<{ standingCases: TStandingCase[] }>(path);
  const announce = useAnnounce();
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (loaded.data) setRows(loaded.data.standingCases.map(withKey));
  }, [loaded.data]);

  const update = (key: string, patch: Partial<TStandingCase>) =>
    setRows((r) => r.map((x) => (x.key === key ? { ...x, ...patch } : x)));

  function move(index: number, delta: -1 | 1) {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    if (!row) return;
    next.splice(index + delta, 0, row);
    setRows(next);
    announce(
      `«${row.title}» er flyttet til plass ${index + delta + 1} av ${next.length}. Husk å lagre.`,
    );
    window.requestAnimationFrame(() =>
      document
        .querySelector<HTMLButtonElement>(
          `[data-standing="${row.key}"] [data-move="${delta < 0 ? 'up' : 'down'}"]:not([disabled]), [data-standing="${row.key}"] [data-move]:not([disabled])`,
        )
        ?.focus(),
    );
  }

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      const standingCases = rows.map(({ key: _k, ...rest }) => rest);
      const saved = await api.put<{ standingCases: TStandingCase[] }>(path, { standingCases });
      loaded.setData(saved);
      announce('De faste sakene er lagret.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="standing-heading" className="section">
      <Heading level={2} data-size="md" id="standing-heading">
        Faste saker
      </Heading>
      <Paragraph>Faste saker legges inn først på sakslisten når et nytt møte opprettes.</Paragraph>
      <FormErrors
        error={error ?? loaded.error}
        fieldIds={{}}
        heading="De faste sakene ble ikke lagret"
      />
      <ol className="standing-list">
        {rows.map((row, index) => (
          <li key={row.key} data-standing={row.key} className="card-section">
            <Textfield
              label={`Tittel, fast sak ${index + 1}`}
              value={row.title}
              onChange={(e) => update(row.key, { title: e.target.value })}
            />
            <CaseTypeCheckboxes
              id={`${row.key}-types`}
              legend={`Type sak, fast sak ${index + 1}`}
              value={row.caseTypes}
              onChange={(caseTypes) => update(row.key, { caseTypes })}
            />
            <div className="row-actions">
              <MoveButtons label={row.title} index={index} count={rows.length} onMove={move} />
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                aria-label={`Fjern: ${row.title}`}
                onClick={() => {
                  setRows((r) => r.filter((x) => x.key !== row.key));
                  announce(`«${row.title}» er fjernet fra listen. Husk å lagre.`);
                  document.getElementById('standing-heading')?.focus();
                }}
              >
                Fjern
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div className="actions">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setRows((r) => [
              ...r,
              withKey({
                kind: null,
                title: '',
                caseTypes: ['information'],
                reason: '',
                proposedDecision: '',
              }),
            ]);
            announce('En ny fast sak er lagt til nederst i listen.');
          }}
        >
          Legg til fast sak
        </Button>
        <Button type="button" onClick={save} aria-disabled={busy || undefined}>
          {busy ? 'Lagrer …' : 'Lagre faste saker'}
        </Button>
      </div>
    </section>
  );
}
