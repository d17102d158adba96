import { Link, SkipLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

export type Crumb = { href: string; label: string };

/** The frame of every public page: skip link, header, breadcrumbs, main, footer. No script. */
export function PublicLayout({ crumbs, children }: { crumbs: Crumb[]; children: ReactNode }) {
  return (
    <>
      <SkipLink href="#main">Hopp til hovedinnhold</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <a href="/public" className="brand">
            <span className="brand__mark" aria-hidden="true">
              R
            </span>
            Rådsrom – offentlig innsyn
          </a>
          <nav aria-label="Snarveier" className="site-header__user">
            <Link href="/public/search">Søk</Link>
            <Link href="/login">Logg inn</Link>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page">
        {crumbs.length > 0 && (
          <nav aria-label="Brødsmulesti" className="crumbs">
            <ol>
              {crumbs.map((c) => (
                <li key={c.href}>
                  <Link href={c.href}>{c.label}</Link>
                </li>
              ))}
            </ol>
          </nav>
        )}
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Dokumentene er offentlige etter offentleglova. Innhold som er unntatt offentlighet vises
          ikke; hjemmelen for unntaket står der innholdet ellers ville stått.
        </p>
      </footer>
    </>
  );
}

/** Where exempt content would have been: that it exists, and the legal basis. */
export function Exempt({ basis, what }: { basis: string; what: string }) {
  return (
    <p className="public-exempt">
      {what} er unntatt offentlighet ({basis}).
    </p>
  );
}
