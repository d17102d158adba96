import { Feed } from 'feed';
import { escapeHtml } from '../../rich-text.ts';
import type { PublicDocument } from './list-public-documents.ts';

// Atom titles and summaries are typed as HTML by the feed package: a title is text, so escaped.

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
