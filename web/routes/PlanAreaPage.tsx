import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useMe } from '../auth.tsx';
import { useAnnounce } from '../components/Announcer.tsx';
import { Breadcrumbs } from '../components/Breadcrumbs.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { GoalHistorySection, LinkedCasesSection } from '../components/plans/AreaHistory.tsx';
import { canManagePlans } from '../components/plans/access.ts';
import { areaTitle } from '../components/plans/CouncilAreaSection.tsx';
import { GoalsSection } from '../components/plans/GoalsSection.tsx';
import { LinkedIndicators } from '../components/plans/LinkedIndicators.tsx';
import { QualificationEditor } from '../components/plans/QualificationEditor.tsx';
import { QualificationView } from '../components/plans/QualificationView.tsx';
import { ReferenceGroupSection } from '../components/plans/ReferenceGroupSection.tsx';
import { StatusCounts } from '../components/plans/WorkStatusTag.tsx';
import { useApi } from '../hooks.ts';
import type { TArea, TPlan } from '../types.ts';

/**
 * One area of an action plan: goals and their history, the qualification form, the reference
 * group and the cases the council has handled for it. The API serves the whole plan; the page
 * picks the area from it.
 */
export function PlanAreaPage() {
  const { planId = '', areaId = '' } = useParams();
  const me = useMe();
  const announce = useAnnounce();
  const loaded = useApi<TPlan>(`/plans/${planId}`);
  const [editingForm, setEditingForm] = useState(false);
  const plan = loaded.data;
  const area = plan?.areas.find((a) => a.id === areaId);
  const councilName = me.councils.find((c) => c.id === plan?.councilId)?.name ?? 'Rådet';
  const crumbs = [
    { label: 'Forside', to: '/' },
    { label: councilName, to: plan ? `/councils/${plan.councilId}` : '/' },
    { label: plan?.title ?? 'Handlingsplan', to: `/plans/${planId}` },
    { label: area?.title ?? 'Hovedområde' },
  ];

  if (!plan || !area) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <PageTitle>
          {loaded.error
            ? 'Kunne ikke vise området'
            : plan
              ? 'Fant ikke området'
              : 'Laster området …'}
        </PageTitle>
        <ErrorAlert error={loaded.error} />
        {plan && (
          <Paragraph>
            Området finnes ikke i denne planen.{' '}
            <RouterLink className="ds-link" to={`/plans/${plan.id}`}>
              Tilbake til {plan.title}
            </RouterLink>
          </Paragraph>
        )}
      </>
    );
  }

  const canManage = canManagePlans(me, plan.councilId);
  const update = (saved: TArea) =>
    loaded.setData({ ...plan, areas: plan.areas.map((a) => (a.id === saved.id ? saved : a)) });
  const focus = (target: string) =>
    window.requestAnimationFrame(() => document.getElementById(target)?.focus());

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageTitle title={area.title}>{areaTitle(area)}</PageTitle>
      <Paragraph className="muted">
        Hovedområde i{' '}
        <RouterLink className="ds-link" to={`/plans/${plan.id}#area-${area.id}`}>
          {plan.title}
        </RouterLink>
      </Paragraph>
      {plan.kind === 'council' ? (
        <StatusCounts items={area.activities} noun={['aktivitet', 'aktiviteter']} />
      ) : (
        <StatusCounts items={area.measures} noun={['tiltak', 'tiltak']} />
      )}

      <GoalsSection area={area} canManage={canManage} onChange={update} />

      {area.indicators.length > 0 && (
        <section aria-labelledby="indicators-heading" className="section">
          <Heading level={2} data-size="md" id="indicators-heading">
            Indikatorer i monitoren
          </Heading>
          <LinkedIndicators indicators={area.indicators} />
        </section>
      )}

      <section aria-labelledby="qualification-heading" className="section">
        <Heading level={2} data-size="md" id="qualification-heading">
          Kvalifiseringsskjema
        </Heading>
        {editingForm ? (
          <QualificationEditor
            area={area}
            onDone={(saved) => {
              if (saved) {
                update(saved);
                announce('Kvalifiseringsskjemaet er lagret.');
              }
              setEditingForm(false);
              focus('qualification-edit');
            }}
          />
        ) : (
          <>
            <QualificationView form={area.qualification} areaTitle={area.title} />
            {canManage && (
              <Button
                id="qualification-edit"
                className="plan-action"
                variant="secondary"
                onClick={() => setEditingForm(true)}
              >
                Endre kvalifiseringsskjemaet
              </Button>
            )}
          </>
        )}
      </section>

      <ReferenceGroupSection area={area} canManage={canManage} onChange={update} />
      <LinkedCasesSection area={area} />
      <GoalHistorySection area={area} />
    </>
  );
}
