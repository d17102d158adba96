import { Feed } from 'feed';
import type { PublicDocument } from './list-public-documents.ts';

// Atom titles and summaries are typed as HTML here: a title is text, so its markup is escaped.
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An Atom feed of a council's newest published documents. */
export function atomFeed(
  council: { id: string; name: string },
  documents: readonly PublicDocument[],
  baseUrl: string,
): string {
  const councilUrl = `${baseUrl}/public/councils/${council.id}`;
  const feed = new Feed({
    title: `${council.name}: nye dokumenter`,
    id: councilUrl,
    link: councilUrl,
    language: 'nb',
    updated: documents[0]?.updated ?? new Date(0),
    feedLinks: { atom: `${councilUrl}/feed.atom` },
    copyright: 'Offentlige dokumenter etter offentleglova',
  });
  for (const d of documents) {
    feed.addItem({
      title: escapeHtml(d.title),
      id: `${baseUrl}${d.path}`,
      link: `${baseUrl}${d.path}`,
      date: d.updated,
      description: escapeHtml(d.summary),
    });
  }
  return feed.atom1();
}
