import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { TArea } from '../../types.ts';

type Indicator = TArea['indicators'][number];

/** The monitor's figures that follow an area or measure: public page once published. */
export function LinkedIndicators({ indicators }: { indicators: Indicator[] }) {
  if (indicators.length === 0) return null;
  return (
    <ul className="linked-indicators">
      {indicators.map((i) => (
        <li key={i.id}>
          {i.publicPath ? (
            <Link href={i.publicPath}>{i.title}</Link>
          ) : (
            <RouterLink className="ds-link" to={`/monitor/indicators/${i.id}`}>
              {i.title} (ikke publisert)
            </RouterLink>
          )}
        </li>
      ))}
    </ul>
  );
}
