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

/**
 * The text of HTML, with what each closing tag leaves behind (a line break after a paragraph,
 * a tab after a cell). Void tags such as <br> count as closed where they stand.
 */
export function htmlToText(html: string, breaks: Readonly<Record<string, string>>): string {
  let out = '';
  const parser = new Parser(
    {
      ontext: (text) => {
        out += text;
      },
      onclosetag: (name) => {
        out += breaks[name] ?? '';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

const LINE_PER_BLOCK = Object.fromEntries(
  ['p', 'h2', 'h3', 'h4', 'li', 'tr', 'br', 'td', 'th'].map((tag) => [tag, '\n']),
);

/** The words of rich text, one line per block, for searching and matching. */
export function richTextToPlain(html: string): string {
  return htmlToText(html, LINE_PER_BLOCK).trim();
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of plain text as rich text, one paragraph each. */
export function linesToRichText(lines: readonly string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}
