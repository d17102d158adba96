import {
  Checkbox,
  Details,
  Fieldset,
  Paragraph,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import type { TArea, TPlan, TPlanSummary } from '../../types.ts';
import { ErrorAlert, Loading } from '../ErrorAlert.tsx';

const areaTitle = (area: TArea) => (area.code ? `${area.code}. ${area.title}` : area.title);
const toggle = (list: string[], id: string, on: boolean) =>
  on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

/** Every plan of the council with its areas and measures; the government's first. */
function usePlans(councilId: string) {
  const [plans, setPlans] = useState<TPlan[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let stale = false;
    void (async () => {
      try {
        const summaries = await api.get<TPlanSummary[]>(`/councils/${councilId}/plans`);
        const loaded = await Promise.all(summaries.map((s) => api.get<TPlan>(`/plans/${s.id}`)));
        if (stale) return;
        setPlans(loaded.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'government' ? -1 : 1)));
      } catch (e) {
        if (!stale) setError(e);
      }
    })();
    return () => {
      stale = true;
    };
  }, [councilId]);
  return { plans, error };
}

/**
 * What the indicator follows in the action plans: the government's strategic areas and
 * measures, and the council's own main areas. A reader finds the figure from them.
 */
export function PlanLinksField({
  id,
  councilId,
  areaIds,
  measureIds,
  errors,
  onChange,
}: {
  id: string;
  councilId: string;
  areaIds: string[];
  measureIds: string[];
  errors: { areas?: string; measures?: string };
  onChange: (next: { planAreaIds: string[]; planMeasureIds: string[] }) => void;
}) {
  const { plans, error } = usePlans(councilId);
  const setArea = (areaId: string, on: boolean) =>
    onChange({ planAreaIds: toggle(areaIds, areaId, on), planMeasureIds: measureIds });
  const setMeasure = (measureId: string, on: boolean) =>
    onChange({ planAreaIds: areaIds, planMeasureIds: toggle(measureIds, measureId, on) });

  return (
    <Fieldset id={id} tabIndex={-1} className="monitor-links">
      <Fieldset.Legend>Koblinger til handlingsplanene</Fieldset.Legend>
      <Fieldset.Description>
        Satsingsområdene, hovedområdene og tiltakene indikatoren følger med på.
      </Fieldset.Description>
      {errors.areas && <ValidationMessage>{errors.areas}</ValidationMessage>}
      {errors.measures && <ValidationMessage>{errors.measures}</ValidationMessage>}
      <ErrorAlert error={error} />
      {!plans && !error && <Loading what="handlingsplanene" />}
      {plans?.length === 0 && <Paragraph>Rådet har ingen handlingsplaner å koble til.</Paragraph>}
      {plans?.map((plan) => (
        <Fieldset key={plan.id} data-size="sm">
          <Fieldset.Legend>
            {plan.kind === 'government' ? 'Satsingsområder' : 'Hovedområder'} i {plan.title}
          </Fieldset.Legend>
          <div className="monitor-link-choices">
            {plan.areas.map((area) => (
              <Checkbox
                key={area.id}
                label={areaTitle(area)}
                value={area.id}
                checked={areaIds.includes(area.id)}
                onChange={(e) => setArea(area.id, e.target.checked)}
              />
            ))}
          </div>
        </Fieldset>
      ))}
      {plans
        ?.filter((plan) => plan.kind === 'government')
        .map((plan) => (
          <Fieldset key={`${plan.id}-measures`} data-size="sm">
            <Fieldset.Legend>Tiltak i {plan.title}</Fieldset.Legend>
            {plan.areas
              .filter((area) => area.measures.length > 0)
              .map((area) => {
                const chosen = area.measures.filter((m) => measureIds.includes(m.id)).length;
                return (
                  <Details key={area.id}>
                    <Details.Summary>
                      {areaTitle(area)} ({chosen} av {area.measures.length} tiltak valgt)
                    </Details.Summary>
                    <Details.Content>
                      <div className="monitor-link-choices">
                        {area.measures.map((m) => (
                          <Checkbox
                            key={m.id}
                            label={m.title}
                            value={m.id}
                            checked={measureIds.includes(m.id)}
                            onChange={(e) => setMeasure(m.id, e.target.checked)}
                          />
                        ))}
                      </div>
                    </Details.Content>
                  </Details>
                );
              })}
          </Fieldset>
        ))}
    </Fieldset>
  );
}
