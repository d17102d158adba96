import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

/**
 * The only HTML a rich-text section may hold. Everything else (scripts, event handlers,
 * styles, images, iframes, javascript: links) is dropped on the server before saving.
 */
// Cell spans are kept only as small numbers; a huge colspan would only break layouts.
const SPAN_VALUES = Array.from({ length: 20 }, (_, i) => String(i + 1));
const SPANS = [
  { name: 'colspan', multiple: false, values: SPAN_VALUES },
  { name: 'rowspan', multiple: false, values: SPAN_VALUES },
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
    'strong',
    'em',
    'br',
  ],
  allowedAttributes: { a: ['href'], th: SPANS, td: SPANS },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { b: 'strong', i: 'em', h1: 'h2', h5: 'h4', h6: 'h4' },
  disallowedTagsMode: 'discard',
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const BLOCK_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'tr', 'br', 'td', 'th']);

/** The words of rich text, one line per block, for searching and matching. */
export function richTextToPlain(html: string): string {
  let out = '';
  const parser = new Parser(
    {
      ontext: (text) => {
        out += text;
      },
      onclosetag: (name) => {
        if (BLOCK_TAGS.has(name)) out += '\n';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.trim();
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of plain text as rich text, one paragraph each. */
export function linesToRichText(lines: readonly string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}
