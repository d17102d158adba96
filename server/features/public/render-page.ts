import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { escapeHtml } from '../../rich-text.ts';

/**
 * The address of an entry Vite built (the public pages' stylesheet `public-pages.css`, the
 * monitor's `monitor-figure.ts`), found through its manifest. Without a web build it is null,
 * and the pages render unstyled and without script, but whole.
 */
export function builtAsset(webRoot: string, entry: string): string | null {
  const manifest = path.join(webRoot, '.vite', 'manifest.json');
  if (!existsSync(manifest)) return null;
  const entries = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { file?: string }>;
  const file = entries[entry]?.file;
  return file ? `/${file}` : null;
}

export const publicStylesheet = (webRoot: string) => builtAsset(webRoot, 'public-pages.css');

/** A whole HTML document around a server-rendered view: no script, one stylesheet. */
export function renderPage(
  view: ReactElement,
  page: { title: string; stylesheet: string | null; feed?: string },
): string {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)} – Rådsrom</title>`,
    page.stylesheet ? `<link rel="stylesheet" href="${escapeHtml(page.stylesheet)}">` : '',
    page.feed
      ? `<link rel="alternate" type="application/atom+xml" title="Nye dokumenter" href="${escapeHtml(page.feed)}">`
      : '',
  ].join('');
  return `<!doctype html><html lang="nb"><head>${head}</head><body>${renderToStaticMarkup(view)}</body></html>`;
}
