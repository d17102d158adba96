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
