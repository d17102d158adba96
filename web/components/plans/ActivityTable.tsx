import { Button, Field, Label, Select, Table } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import {
  ACTIVITY_KIND_LABELS,
  WORK_STATUS_LABELS,
  WORK_STATUS_WORKFLOW,
  type WorkStatus,
} from '../../../core/plans.ts';
import { formatShortDate } from '../../format.ts';
import type { TActivity, TMeasure } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { WorkStatusTag } from './WorkStatusTag.tsx';

/** "1.2.2026–30.6.2026", "fra 1.2.2026", "til 30.6.2026" or "–". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (start && end && start !== end) return `${formatShortDate(start)}–${formatShortDate(end)}`;
  if (start) return end ? formatShortDate(start) : `fra ${formatShortDate(start)}`;
  if (end) return `til ${formatShortDate(end)}`;
  return '–';
}

/** The period with a line break allowed after the dash, so the column stays narrow. */
function Period({ start, end }: { start: string | null; end: string | null }) {
  const [from, to] = formatPeriod(start, end).split('–');
  if (to === undefined) return <span className="nowrap">{from}</span>;
  return (
    <>
      <span className="nowrap">{from}–</span>
      <wbr />
      <span className="nowrap">{to}</span>
    </>
  );
}

export const activityEditButtonId = (a: TActivity) => `activity-${a.id}-edit`;

/** An area's activities with kind, who, when, status, comments and results. */
export function ActivityTable({
  activities,
  measures,
  caption,
  onEdit,
  onStatus,
}: {
  activities: TActivity[];
  measures: TMeasure[];
  caption: string;
  /** Given for those who may change activities. */
  onEdit?: (activity: TActivity) => void;
  onStatus?: (activity: TActivity, status: WorkStatus) => Promise<void>;
}) {
  const measureTitle = new Map(measures.map((m) => [m.id, m.title]));
  return (
    <div className="table-scroll plan-scroll">
      <Table zebra className="full-width plan-table plan-table--dense" data-testid="activities">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">Aktivitet</Table.HeaderCell>
            <Table.HeaderCell scope="col">Type</Table.HeaderCell>
            <Table.HeaderCell scope="col">Ansvarlig</Table.HeaderCell>
            <Table.HeaderCell scope="col">Dato</Table.HeaderCell>
            <Table.HeaderCell scope="col">Status</Table.HeaderCell>
            <Table.HeaderCell scope="col">Kommentarer</Table.HeaderCell>
            <Table.HeaderCell scope="col">Resultater</Table.HeaderCell>
            {onEdit && <Table.HeaderCell scope="col">Handlinger</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {activities.map((a) => (
            <Table.Row key={a.id} id={`activity-${a.id}`} tabIndex={-1} className="hash-row">
              <Table.Cell className="plan-table__main">
                {a.description}
                {a.measureId && measureTitle.has(a.measureId) && (
                  <div className="muted small">Tiltak: {measureTitle.get(a.measureId)}</div>
                )}
              </Table.Cell>
              <Table.Cell>{ACTIVITY_KIND_LABELS[a.kind]}</Table.Cell>
              <Table.Cell>{a.responsible || '–'}</Table.Cell>
              <Table.Cell>
                <Period start={a.startDate} end={a.endDate} />
              </Table.Cell>
              <Table.Cell>
                <WorkStatusTag status={a.status} />
                {onStatus && <StatusChange activity={a} onStatus={onStatus} />}
              </Table.Cell>
              <Table.Cell className="plan-table__text">{a.comments || '–'}</Table.Cell>
              <Table.Cell className="plan-table__text">{a.results || '–'}</Table.Cell>
              {onEdit && (
                <Table.Cell>
                  <Button
                    id={activityEditButtonId(a)}
                    variant="secondary"
                    data-size="sm"
                    aria-label={`Endre aktiviteten «${a.description}»`}
                    onClick={() => onEdit(a)}
                  >
                    Endre
                  </Button>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** The statuses this activity may move to next, and a button to move it. */
function StatusChange({
  activity,
  onStatus,
}: {
  activity: TActivity;
  onStatus: (activity: TActivity, status: WorkStatus) => Promise<void>;
}) {
  const next = WORK_STATUS_WORKFLOW[activity.status];
  const announce = useAnnounce();
  const [status, setStatus] = useState<WorkStatus | ''>('');
  const [busy, setBusy] = useState(false);
  const selectId = `activity-${activity.id}-status`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!status || !next.includes(status)) {
      announce('Velg den nye statusen først.');
      document.getElementById(selectId)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onStatus(activity, status);
      setStatus('');
    } finally {
      setBusy(false);
    }
  }

  if (next.length === 0) return null;
  return (
    <form onSubmit={submit} className="plan-status-change">
      <Field data-size="sm">
        <Label htmlFor={selectId} className="visually-hidden">
          Ny status for «{activity.description}»
        </Label>
        <Select
          id={selectId}
          data-size="sm"
          value={status}
          onChange={(e) => setStatus(e.target.value as WorkStatus | '')}
        >
          <Select.Option value="">Ny status …</Select.Option>
          {next.map((s) => (
            <Select.Option key={s} value={s}>
              {WORK_STATUS_LABELS[s]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button
        type="submit"
        variant="tertiary"
        data-size="sm"
        aria-label={`Endre status for «${activity.description}»`}
        aria-disabled={busy || undefined}
      >
        Endre status
      </Button>
    </form>
  );
}
