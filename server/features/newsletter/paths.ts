/**
 * The newsletter's public addresses. Every path segment is escaped whole, so the paths can go
 * into HTML attributes and e-mail headers as they are.
 */
const segment = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

export const monitorPath = (shortName: string) => `/public/${segment(shortName)}/monitor`;
export const archivePath = (shortName: string) => `${monitorPath(shortName)}/nyhetsbrev`;
export const newsletterPath = (shortName: string, newsletterId: string) =>
  `${archivePath(shortName)}/${newsletterId}`;
export const subscribePath = (shortName: string) => `${monitorPath(shortName)}/abonner`;
export const confirmPath = (shortName: string, token: string) =>
  `${subscribePath(shortName)}/bekreft?token=${encodeURIComponent(token)}`;
export const unsubscribePath = (shortName: string, token: string) =>
  `${monitorPath(shortName)}/avmeld?token=${encodeURIComponent(token)}`;

/** A figure's page and its PNG, for the view `query` names ('' for the default view). */
export const figurePath = (shortName: string, slug: string, query: string) =>
  withQuery(`${monitorPath(shortName)}/${segment(slug)}`, query);
export const figurePngPath = (shortName: string, slug: string, query: string) =>
  withQuery(`${monitorPath(shortName)}/${segment(slug)}/figur.png`, query);

/** The public pages' breadcrumbs down to the council, and to the archive when `archive`. */
export const newsletterCrumbs = (
  council: { id: string; name: string; shortName: string },
  archive = false,
) => [
  { href: '/public', label: 'Offentlig innsyn' },
  { href: `/public/councils/${council.id}`, label: council.name },
  ...(archive ? [{ href: archivePath(council.shortName), label: 'Nyhetsbrev' }] : []),
];
