import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';

/** The sitemap of every public page: the index, each council's page, each document and figure. */
export async function sitemapXml(
  councilIds: readonly string[],
  documents: readonly { path: string; updated: Date }[],
  baseUrl: string,
): Promise<string> {
  const pages = [
    { url: '/public' },
    ...councilIds.map((id) => ({ url: `/public/councils/${id}` })),
    ...documents.map((d) => ({ url: d.path, lastmod: d.updated.toISOString() })),
  ];
  const stream = new SitemapStream({ hostname: baseUrl });
  return (await streamToPromise(Readable.from(pages).pipe(stream))).toString();
}
