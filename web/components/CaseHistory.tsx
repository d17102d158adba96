import { Details } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { formatDateTime } from '../format.ts';
import { useApi } from '../hooks.ts';
import type { THistoryEntry } from '../types.ts';
import { FIELD_LABELS } from './caseForm.ts';
import { ErrorAlert, Loading } from './ErrorAlert.tsx';

const ACTIONS: Record<string, string> = {
  create: 'opprettet saken',
  update: 'endret',
  delete: 'slettet',
  carry_over: 'overførte saken',
  reorder_attachments: 'endret rekkefølgen på vedleggene',
};

/** Who did what to the case, newest first. Loaded when opened. */
export function CaseHistory({ caseId, refreshKey }: { caseId: string; refreshKey: number }) {
  const [open, setOpen] = useState(false);
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>Historikk</Details.Summary>
      <Details.Content>{open && <HistoryList key={refreshKey} caseId={caseId} />}</Details.Content>
    </Details>
  );
}

function HistoryList({ caseId }: { caseId: string }) {
  const history = useApi<THistoryEntry[]>(`/cases/${caseId}/history`);
  if (history.error) return <ErrorAlert error={history.error} />;
  if (!history.data) return <Loading what="historikk" />;
  if (history.data.length === 0) return <p>Ingen endringer er registrert.</p>;
  return (
    <ol className="history" reversed>
      {[...history.data].reverse().map((h) => {
        const fields = Object.keys(h.changes)
          .filter((k) => k !== 'version')
          .map((k) => FIELD_LABELS[k] ?? k);
        return (
          <li key={`${h.at}-${h.action}-${Object.keys(h.changes).join()}`}>
            <time dateTime={h.at}>{formatDateTime(h.at)}</time>: {h.userName ?? 'Systemet'}{' '}
            {ACTIONS[h.action] ?? h.action}
            {h.action === 'update' && fields.length > 0 && ` ${fields.join(', ').toLowerCase()}`}
            {h.action === 'update' && fields.length === 0 && ' saken'}
          </li>
        );
      })}
    </ol>
  );
}
