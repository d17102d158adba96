import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import {
  WORK_STATUS_LABELS,
  WORK_STATUS_WORKFLOW,
  WORK_STATUSES,
  type WorkStatus,
} from '../../../core/plans.ts';
import { api } from '../../api.ts';
import type { TActivity, TArea } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { ActivityForm, activityBody, activityFields, EMPTY_ACTIVITY } from './ActivityForm.tsx';
import { ActivityTable, activityEditButtonId } from './ActivityTable.tsx';
import { StatusCounts } from './WorkStatusTag.tsx';

const focusLater = (id: string) =>
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * An area's activities: the table with status counts and, for the secretariat, "Ny aktivitet",
 * "Endre" and status changes. Changes come back through `onChange` with the whole area.
 */
export function ActivitiesPanel({
  area,
  canManage,
  onChange,
}: {
  area: TArea;
  canManage: boolean;
  onChange: (area: TArea) => void;
}) {
  const announce = useAnnounce();
  const [mode, setMode] = useState<'none' | 'new' | TActivity>('none');
  const [error, setError] = useState<unknown>();
  const headingId = `area-${area.id}-activities`;
  const newButtonId = `area-${area.id}-new-activity`;

  const replace = (saved: TActivity) =>
    onChange({
      ...area,
      activities: area.activities.some((a) => a.id === saved.id)
        ? area.activities.map((a) => (a.id === saved.id ? saved : a))
        : [...area.activities, saved],
    });

  async function update(activity: TActivity, fields: ReturnType<typeof activityBody>) {
    const saved = await api.put<TActivity>(`/plan-activities/${activity.id}`, {
      ...fields,
      version: activity.version,
    });
    replace(saved);
    return saved;
  }

  async function changeStatus(activity: TActivity, status: WorkStatus) {
    setError(undefined);
    try {
      const saved = await update(activity, { ...activityBody(activityFields(activity)), status });
      announce(`«${saved.description}» har nå status ${WORK_STATUS_LABELS[saved.status]}.`);
    } catch (e) {
      setError(e);
    }
  }

  const close = (focusId: string) => {
    setMode('none');
    focusLater(focusId);
  };

  return (
    <div className="plan-activities">
      <Heading level={3} data-size="sm" id={headingId} tabIndex={-1}>
        Aktiviteter
      </Heading>
      <StatusCounts items={area.activities} noun={['aktivitet', 'aktiviteter']} />
      <ErrorAlert error={error} title="Statusen ble ikke endret." />
      {area.activities.length === 0 ? (
        <Paragraph>Ingen aktiviteter ennå.</Paragraph>
      ) : (
        <ActivityTable
          activities={area.activities}
          measures={area.measures}
          caption={`Aktiviteter i ${area.title}`}
          onEdit={
            canManage
              ? (a) => {
                  setError(undefined);
                  setMode(a);
                }
              : undefined
          }
          onStatus={canManage ? changeStatus : undefined}
        />
      )}
      {canManage && mode === 'none' && (
        <Button
          id={newButtonId}
          variant="secondary"
          className="block"
          aria-label={`Ny aktivitet i ${area.title}`}
          onClick={() => setMode('new')}
        >
          Ny aktivitet
        </Button>
      )}
      {canManage && mode === 'new' && (
        <section aria-labelledby={`${newButtonId}-heading`} className="card-section">
          <Heading level={4} data-size="xs" id={`${newButtonId}-heading`}>
            Ny aktivitet i {area.title}
          </Heading>
          <ActivityForm
            idPrefix={`${newButtonId}-form`}
            initial={EMPTY_ACTIVITY}
            measures={area.measures}
            statuses={WORK_STATUSES}
            submitLabel="Opprett aktivitet"
            onCancel={() => close(newButtonId)}
            onSubmit={async (fields) => {
              const created = await api.post<TActivity>(
                `/plan-areas/${area.id}/activities`,
                activityBody(fields),
              );
              replace(created);
              announce(`Aktiviteten «${created.description}» er opprettet.`);
              close(activityEditButtonId(created));
            }}
          />
        </section>
      )}
      {canManage && typeof mode === 'object' && (
        <section aria-labelledby={`${headingId}-edit`} className="card-section">
          <Heading level={4} data-size="xs" id={`${headingId}-edit`}>
            Endre aktivitet
          </Heading>
          <ActivityForm
            key={mode.id}
            idPrefix={`activity-${mode.id}-form`}
            initial={activityFields(mode)}
            measures={area.measures}
            statuses={[mode.status, ...WORK_STATUS_WORKFLOW[mode.status]]}
            submitLabel="Lagre aktiviteten"
            onCancel={() => close(activityEditButtonId(mode))}
            onSubmit={async (fields) => {
              const saved = await update(mode, activityBody(fields));
              announce(`Aktiviteten «${saved.description}» er lagret.`);
              close(activityEditButtonId(saved));
            }}
          />
          <DeleteActivity
            activity={mode}
            onDeleted={() => {
              onChange({ ...area, activities: area.activities.filter((a) => a.id !== mode.id) });
              announce(`Aktiviteten «${mode.description}» er slettet.`);
              close(headingId);
            }}
          />
        </section>
      )}
    </div>
  );
}

/** Deleting an activity asks once more before it goes. */
function DeleteActivity({ activity, onDeleted }: { activity: TActivity; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();

  async function remove() {
    setConfirming(false);
    setError(undefined);
    try {
      await api.delete(`/plan-activities/${activity.id}`);
      onDeleted();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="block">
      <ErrorAlert error={error} title="Aktiviteten ble ikke slettet." />
      <Button variant="tertiary" data-color="danger" onClick={() => setConfirming(true)}>
        Slett aktiviteten
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Slette aktiviteten?"
        confirmLabel="Ja, slett aktiviteten"
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        «{activity.description}» slettes fra handlingsplanen, og koblinger fra saker til den
        fjernes.
      </ConfirmDialog>
    </div>
  );
}
