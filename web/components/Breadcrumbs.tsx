import { Link as RouterLink } from 'react-router-dom';

export type Crumb = { label: string; to?: string };

/** "Du er her": links to the pages above this one; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Brødsmulesti" className="crumbs">
      <ol>
        {items.map((item, i) => (
          <li key={item.to ?? item.label}>
            {item.to && i < items.length - 1 ? (
              <RouterLink className="ds-link" to={item.to}>
                {item.label}
              </RouterLink>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
