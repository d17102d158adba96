import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { ApiError, api } from '../../api.ts';
import { useApi } from '../../hooks.ts';
import type { TCasePlanLink, TPlan, TPlanSummary } from '../../types.ts';
import { useAnnounce } from '../Announcer.tsx';
import { ErrorAlert, Loading } from '../ErrorAlert.tsx';
import { FormErrors } from '../FormErrors.tsx';

const ID = 'case-plan';

const linkText = (l: TCasePlanLink) =>
  l.activityDescription ? `${l.areaTitle}: ${l.activityDescription}` : l.areaTitle;

/**
 * "Handlingsplan" on the case page: which areas and activities of the action plans the case
 * belongs to. The secretariat links the case to an area or one of its activities, and removes
 * links.
 */
export function CasePlanPanel({
  caseId,
  councilId,
  canManage,
}: {
  caseId: string;
  councilId: string;
  canManage: boolean;
}) {
  const announce = useAnnounce();
  const links = useApi<TCasePlanLink[]>(`/cases/${caseId}/plan-links`);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<unknown>();
  const focus = (target: string) =>
    window.requestAnimationFrame(() => document.getElementById(target)?.focus());

  async function remove(link: TCasePlanLink) {
    setError(undefined);
    try {
      await api.delete(`/plan-links/${link.linkId}`);
      await links.reload();
      announce(`Koblingen til «${linkText(link)}» er fjernet.`);
      focus(`${ID}-heading`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby={`${ID}-heading`} className="section" data-testid="case-plan-links">
      <Heading level={2} data-size="md" id={`${ID}-heading`} tabIndex={-1}>
        Handlingsplan
      </Heading>
      <ErrorAlert error={links.error ?? error} />
      {links.loading && !links.data && <Loading what="koblingene til handlingsplanen" />}
      {links.data && links.data.length === 0 && (
        <Paragraph>Saken er ikke koblet til handlingsplanen.</Paragraph>
      )}
      {links.data && links.data.length > 0 && (
        <ul className="plan-links">
          {links.data.map((l) => (
            <li key={l.linkId}>
              <span>
                <span className="muted">{l.planTitle}: </span>
                <RouterLink className="ds-link" to={`/plans/${l.planId}/areas/${l.areaId}`}>
                  {l.areaTitle}
                </RouterLink>
                {l.activityDescription && <> – aktivitet: {l.activityDescription}</>}
              </span>
              {canManage && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={`Fjern koblingen til ${linkText(l)}`}
                  onClick={() => remove(l)}
                >
                  Fjern
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage &&
        (adding ? (
          <AddPlanLink
            caseId={caseId}
            councilId={councilId}
            onDone={async (created) => {
              setAdding(false);
              if (created) {
                await links.reload();
                announce(`Saken er koblet til «${linkText(created)}».`);
              }
              focus(created ? `${ID}-heading` : `${ID}-add`);
            }}
          />
        ) : (
          <Button
            id={`${ID}-add`}
            className="plan-action"
            variant="secondary"
            onClick={() => setAdding(true)}
          >
            Koble saken til handlingsplanen
          </Button>
        ))}
    </section>
  );
}

/** Choose an area (grouped by plan) and, if wanted, one of its activities. */
function AddPlanLink({
  caseId,
  councilId,
  onDone,
}: {
  caseId: string;
  councilId: string;
  onDone: (created: TCasePlanLink | null) => void;
}) {
  const summaries = useApi<TPlanSummary[]>(`/councils/${councilId}/plans`);
  const [plans, setPlans] = useState<TPlan[]>();
  const [loadError, setLoadError] = useState<unknown>();
  const [areaId, setAreaId] = useState('');
  const [activityId, setActivityId] = useState('');
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!summaries.data) return;
    let live = true;
    Promise.all(summaries.data.map((s) => api.get<TPlan>(`/plans/${s.id}`)))
      .then((loaded) => {
        if (!live) return;
        // The council's own plan first: that is where cases are usually linked.
        setPlans(
          [...loaded].sort((a, b) => Number(a.kind !== 'council') - Number(b.kind !== 'council')),
        );
        window.requestAnimationFrame(() => document.getElementById(`${ID}-area`)?.focus());
      })
      .catch((e) => live && setLoadError(e));
    return () => {
      live = false;
    };
  }, [summaries.data]);

  const area = plans?.flatMap((p) => p.areas).find((a) => a.id === areaId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (!areaId) {
      const message = 'Velg hovedområdet saken hører til.';
      setError(new ApiError(400, 'invalid', message, { fields: [{ field: 'areaId', message }] }));
      return;
    }
    try {
      const created = await api.post<TCasePlanLink>(`/cases/${caseId}/plan-links`, {
        areaId,
        activityId: activityId || null,
      });
      onDone(created);
    } catch (e) {
      setError(e);
    }
  }

  if (!plans) {
    return (
      <div className="card-section">
        <ErrorAlert error={summaries.error ?? loadError} />
        {!(summaries.error ?? loadError) && <Loading what="handlingsplanene" />}
        <Button variant="tertiary" onClick={() => onDone(null)}>
          Avbryt
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="stack card-section">
      <FormErrors
        error={error}
        fieldIds={{ areaId: `${ID}-area`, activityId: `${ID}-activity` }}
        heading="Saken ble ikke koblet"
      />
      <div className="row">
        <Field>
          <Label htmlFor={`${ID}-area`}>Hovedområde</Label>
          <Select
            id={`${ID}-area`}
            value={areaId}
            onChange={(e) => {
              setAreaId(e.target.value);
              setActivityId('');
            }}
          >
            <Select.Option value="">Velg område</Select.Option>
            {plans.map((p) => (
              <Select.Optgroup key={p.id} label={p.title}>
                {p.areas.map((a) => (
                  <Select.Option key={a.id} value={a.id}>
                    {a.code ? `${a.code}. ${a.title}` : a.title}
                  </Select.Option>
                ))}
              </Select.Optgroup>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${ID}-activity`}>Aktivitet</Label>
          <Select
            id={`${ID}-activity`}
            value={activityId}
            disabled={!area || area.activities.length === 0}
            onChange={(e) => setActivityId(e.target.value)}
          >
            <Select.Option value="">Hele området, ingen bestemt aktivitet</Select.Option>
            {area?.activities.map((a) => (
              <Select.Option key={a.id} value={a.id}>
                {a.description}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="actions">
        <Button type="submit">Koble saken</Button>
        <Button type="button" variant="tertiary" onClick={() => onDone(null)}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
