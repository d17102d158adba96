import { Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import type { SearchKind } from '../../../core/search.ts';
import { formatShortDate } from '../../format.ts';
import type { TSearchHit } from '../../types.ts';
import { MarkedText } from './MarkedText.tsx';
import { kindLabel } from './searchParams.ts';

const KIND_COLORS: Record<SearchKind, 'accent' | 'info' | 'success' | 'warning' | 'neutral'> = {
  case: 'accent',
  attachment: 'neutral',
  minutes: 'info',
  decision: 'success',
  follow_up: 'warning',
};

/** The hits as an ordered list of articles, numbered across pages. */
export function HitList({ hits, start }: { hits: TSearchHit[]; start: number }) {
  return (
    <ol className="hit-list" start={start} data-testid="search-hits">
      {hits.map((hit) => (
        <li key={hit.id}>
          <Hit hit={hit} />
        </li>
      ))}
    </ol>
  );
}

function Hit({ hit }: { hit: TSearchHit }) {
  const headingId = `hit-${hit.id}`;
  return (
    <article className="search-hit" aria-labelledby={headingId}>
      <h3 className="search-hit__title" id={headingId}>
        <RouterLink className="ds-link" to={hit.href}>
          <MarkedText text={hit.title} />
        </RouterLink>
      </h3>
      <p className="search-hit__meta">
        <Tag data-color={KIND_COLORS[hit.kind]} data-size="sm">
          {kindLabel(hit.kind)}
        </Tag>
        <span className="search-hit__facts">
          <span>Sak {hit.case.number}</span>
          <span>Møte {hit.meeting.number}</span>
          <span>{formatShortDate(hit.meeting.date)}</span>
          <span>{hit.council.shortName}</span>
        </span>
      </p>
      {hit.section && (
        <p className="search-hit__section">
          Funnet i: <strong>{hit.section.label}</strong>
        </p>
      )}
      {hit.snippet.length > 0 && (
        <p className="search-hit__snippet" data-testid="search-snippet">
          <MarkedText text={hit.snippet} />
        </p>
      )}
    </article>
  );
}
