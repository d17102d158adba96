import { Link as RouterLink } from 'react-router-dom';

/** Page numbers with a window around the current one: 1 … 4 5 [6] 7 8 … 20. */
function pageWindow(current: number, count: number): (number | null)[] {
  const pages = new Set([1, count, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (typeof last === 'number' && p - last > 1) out.push(null);
    out.push(p);
  }
  return out;
}

/** Previous, page numbers and next, as links: every page of a result has its own address. */
export function SearchPager({
  page,
  count,
  hrefFor,
}: {
  page: number;
  count: number;
  hrefFor: (page: number) => string;
}) {
  if (count <= 1) return null;
  return (
    <nav aria-label="Sider i treffene" className="pager">
      <ul>
        <li>
          <StepLink label="Forrige" rel="prev" to={page > 1 ? hrefFor(page - 1) : null} />
        </li>
        {pageWindow(page, count).map((p, i) =>
          p === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps are positional
            <li key={`gap-${i}`} className="pager__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span className="pager__current" aria-current="page">
                  <span className="visually-hidden">Side </span>
                  {p}
                </span>
              ) : (
                <RouterLink className="ds-link" to={hrefFor(p)}>
                  <span className="visually-hidden">Side </span>
                  {p}
                </RouterLink>
              )}
            </li>
          ),
        )}
        <li>
          <StepLink label="Neste" rel="next" to={page < count ? hrefFor(page + 1) : null} />
        </li>
      </ul>
    </nav>
  );
}

/** "Forrige" or "Neste": a link, or a greyed word at the first or last page. */
function StepLink({ label, rel, to }: { label: string; rel: string; to: string | null }) {
  if (to === null) {
    return (
      <span className="pager__disabled" aria-hidden="true">
        {label}
      </span>
    );
  }
  return (
    <RouterLink className="ds-link" to={to} rel={rel}>
      {label}
      <span className="visually-hidden"> side</span>
    </RouterLink>
  );
}
