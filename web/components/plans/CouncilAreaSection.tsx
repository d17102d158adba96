import { Heading } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { TArea } from '../../types.ts';
import { ActivitiesPanel } from './ActivitiesPanel.tsx';
import { AreaGoals, AreaMeasures } from './AreaGoals.tsx';

export const areaTitle = (area: TArea) => (area.code ? `${area.code}. ${area.title}` : area.title);

/** One main area of the council's plan: goals, measures and the activities with their status. */
export function CouncilAreaSection({
  area,
  canManage,
  onChange,
}: {
  area: TArea;
  canManage: boolean;
  onChange: (area: TArea) => void;
}) {
  const headingId = `area-${area.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="section plan-area" id={`area-${area.id}`}>
      <Heading level={2} data-size="md" id={headingId} tabIndex={-1}>
        {areaTitle(area)}
      </Heading>
      <p>
        <RouterLink className="ds-link" to={`/plans/${area.planId}/areas/${area.id}`}>
          Kvalifiseringsskjema, referansegruppe og saker for {area.title}
        </RouterLink>
      </p>
      <AreaGoals area={area} level={3} />
      <AreaMeasures area={area} level={3} />
      <ActivitiesPanel area={area} canManage={canManage} onChange={onChange} />
    </section>
  );
}
