import { DomUtils, Parser, parseDocument } from 'htmlparser2';
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

/** The attribute that marks a passage exempt from public access; the search index looks for it too. */
export const EXEMPT_ATTRIBUTE = 'data-exempt';

/** Text as HTML text or attribute value. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
    'span',
  ],
  // A span is kept only as a passage exempt from public access, with its legal basis.
  allowedAttributes: { a: ['href'], th: SPANS, td: SPANS, span: [EXEMPT_ATTRIBUTE] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    b: 'strong',
    i: 'em',
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    // Any other span is unwrapped: 'unwrap' is not allowed, so its text stays and the tag goes.
    span: (tagName, attribs): sanitizeHtml.Tag =>
      EXEMPT_ATTRIBUTE in attribs
        ? {
            tagName,
            attribs: { [EXEMPT_ATTRIBUTE]: (attribs[EXEMPT_ATTRIBUTE] ?? '').trim().slice(0, 200) },
          }
        : { tagName: 'unwrap', attribs: {} as sanitizeHtml.Attributes },
  },
  disallowedTagsMode: 'discard',
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Whether stored rich text holds a passage exempt from public access. */
export const hasExemptPassage = (html: string) => html.includes(EXEMPT_ATTRIBUTE);

/**
 * Rich text for the public: each exempt passage replaced by its legal basis, whatever it held.
 * The result is sanitized again, so nothing the replacement misses can carry markup through.
 */
export function redactExemptPassages(html: string): string {
  if (!hasExemptPassage(html)) return sanitizeRichText(html);
  const document = parseDocument(html);
  const passages = DomUtils.findAll(
    (el) => el.name === 'span' && EXEMPT_ATTRIBUTE in el.attribs,
    document.children,
  );
  for (const passage of passages) {
    const basis = passage.attribs[EXEMPT_ATTRIBUTE] ?? '';
    const marker = parseDocument(
      escapeHtml(basis ? `[Unntatt offentlighet, ${basis}]` : '[Unntatt offentlighet]'),
    ).children[0];
    passage.children = [];
    if (marker) DomUtils.appendChild(passage, marker);
  }
  return sanitizeRichText(DomUtils.getOuterHTML(document));
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

/** Lines of plain text as rich text, one paragraph each. */
export function linesToRichText(lines: readonly string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}
