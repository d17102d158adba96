import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { PLAN_KIND_LABELS } from '../../core/plans.ts';
import { useMe } from '../auth.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert, Loading } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { canManagePlans } from '../components/plans/access.ts';
import { areaTitle, CouncilAreaSection } from '../components/plans/CouncilAreaSection.tsx';
import { GovernmentAreaSection } from '../components/plans/GovernmentAreaSection.tsx';
import { StatusCounts } from '../components/plans/WorkStatusTag.tsx';
import { useApi, useScrollToHash } from '../hooks.ts';
import type { TArea, TPlan, TPlanSummary } from '../types.ts';

/**
 * The action plans of a council: its own (the default at /councils/:id/plans) and the
 * government's, each by its own address /plans/:id, with a switch between them.
 */
export function ActionPlanPage() {
  const { councilId: councilParam, planId: planParam } = useParams();
  const me = useMe();
  const direct = useApi<TPlan>(planParam ? `/plans/${planParam}` : null);
  const councilId = councilParam ?? direct.data?.councilId;
  const summaries = useApi<TPlanSummary[]>(councilId ? `/councils/${councilId}/plans` : null);
  const chosenId = planParam ?? defaultPlan(summaries.data)?.id;
  const chosen = useApi<TPlan>(!planParam && chosenId ? `/plans/${chosenId}` : null);
  const loaded = planParam ? direct : chosen;
  const plan = loaded.data;
  useScrollToHash(Boolean(plan));

  const councilName = me.councils.find((c) => c.id === councilId)?.name ?? 'Rådet';
  const crumbs = [
    { label: 'Forside', to: '/' },
    { label: councilName, to: councilId ? `/councils/${councilId}` : '/' },
    { label: 'Handlingsplan' },
  ];

  if (!plan) {
    const noPlan = summaries.data && summaries.data.length === 0;
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <PageTitle>
          {loaded.error || summaries.error
            ? 'Kunne ikke vise handlingsplanen'
            : noPlan
              ? 'Handlingsplan'
              : 'Laster handlingsplanen …'}
        </PageTitle>
        <ErrorAlert error={loaded.error ?? summaries.error} />
        {noPlan && <Paragraph>Rådet har ingen handlingsplan ennå.</Paragraph>}
      </>
    );
  }

  const canManage = canManagePlans(me, plan.councilId);
  const update = (area: TArea) =>
    loaded.setData({ ...plan, areas: plan.areas.map((a) => (a.id === area.id ? area : a)) });
  const items = plan.kind === 'council' ? plan.areas.flatMap((a) => a.activities) : [];
  const measures = plan.kind === 'government' ? plan.areas.flatMap((a) => a.measures) : [];

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageTitle>{plan.title}</PageTitle>
      {summaries.data && summaries.data.length > 1 && (
        <nav aria-label="Velg handlingsplan" className="plan-switch">
          <ul>
            {summaries.data.map((s) => (
              <li key={s.id}>
                <RouterLink
                  to={`/plans/${s.id}`}
                  aria-current={s.id === plan.id ? 'page' : undefined}
                  className="plan-switch__link"
                >
                  {PLAN_KIND_LABELS[s.kind]}
                  <span className="plan-switch__period">
                    {' '}
                    {s.periodStart}–{s.periodEnd}
                  </span>
                </RouterLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {plan.description && <Paragraph>{plan.description}</Paragraph>}
      <dl className="facts plan-facts">
        <dt>Periode</dt>
        <dd>
          {plan.periodStart}–{plan.periodEnd}
        </dd>
        {plan.owner && (
          <>
            <dt>Eier</dt>
            <dd>{plan.owner}</dd>
          </>
        )}
        <dt>{plan.kind === 'council' ? 'Hovedområder' : 'Satsingsområder'}</dt>
        <dd>{plan.areas.length}</dd>
      </dl>
      {plan.kind === 'council' ? (
        <StatusCounts items={items} noun={['aktivitet i planen', 'aktiviteter i planen']} />
      ) : (
        <StatusCounts items={measures} noun={['tiltak i planen', 'tiltak i planen']} />
      )}

      {plan.areas.length > 0 && (
        <nav aria-labelledby="areas-heading" className="section">
          <Heading level={2} data-size="sm" id="areas-heading">
            {plan.kind === 'council' ? 'Hovedområder' : 'Satsingsområder'}
          </Heading>
          <ul className="link-list plan-toc">
            {plan.areas.map((a) => (
              <li key={a.id}>
                <a className="ds-link" href={`#area-${a.id}`}>
                  {areaTitle(a)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {loaded.loading && <Loading what="handlingsplanen" />}

      {plan.areas.map((a) =>
        plan.kind === 'council' ? (
          <CouncilAreaSection key={a.id} area={a} canManage={canManage} onChange={update} />
        ) : (
          <GovernmentAreaSection key={a.id} area={a} canManage={canManage} onChange={update} />
        ),
      )}
    </>
  );
}

/** The council's own plan first, else the first there is. */
function defaultPlan(plans: TPlanSummary[] | undefined) {
  return plans?.find((p) => p.kind === 'council') ?? plans?.[0];
}
