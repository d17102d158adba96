import type { FastifyInstance } from 'fastify';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect } from 'vitest';
import type { ApiClient } from '../testing/api-client.ts';

/** The attack suite's tools: payloads, bodies generated from the OpenAPI document, HTML checks. */

/** Script payloads of issue 7, plus a link and a handler the rich-text sanitiser must drop. */
export const SCRIPT_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<svg onload=alert(1)>',
  '{{7*7}}',
  "'; DROP TABLE cases; --",
  '<a href="javascript:alert(1)">lenke</a><p onclick="alert(1)">avsnitt</p>',
] as const;

/** Characters that mean something to SQL or LIKE, and text outside ASCII (no NUL). */
export const SQL_PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE cases; --",
  '%',
  '_',
  '\\',
  '100 % _sikkert_ \\\\ "sitat"',
  'Ærlig øl på Åland – «sitat» ‘enkelt’ 🎉 e\u0301 עברית',
  '$1 $$ :param ? @p0',
] as const;

export type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  nullable?: boolean;
  maxLength?: number;
};

type Operation = {
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
  parameters?: { in: string; name: string; schema: JsonSchema }[];
};
export type OpenApi = { paths: Record<string, Record<string, Operation>> };

export const openApi = async (api: ApiClient) =>
  (await api.get('/api/openapi.json')).body as OpenApi;

/** The JSON body schema of "PUT /api/cases/{caseId}" and the like. */
export function bodySchema(doc: OpenApi, route: string): JsonSchema {
  const [method = '', path = ''] = route.split(' ');
  const schema =
    doc.paths[path]?.[method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${route} has no JSON body in the OpenAPI document`);
  return schema;
}

/** A string the schema leaves to the writer: no choice list, no format, no pattern. */
const isFreeText = (s: JsonSchema) => s.type === 'string' && !s.enum && !s.format && !s.pattern;
const nonNull = (s: JsonSchema) => s.anyOf?.find((o) => o.type !== 'null') ?? s;

export type Path = (string | number)[];
export type TextFor = (path: Path, schema: JsonSchema) => string;

/**
 * A body for the schema: `base` supplies what must be valid (ids, dates, versions, booleans),
 * every other free-text string, however deep, gets `text`, and a choice list its first choice.
 */
export function fillBody(
  schema: JsonSchema,
  base: unknown,
  text: TextFor,
  path: Path = [],
): unknown {
  const s = nonNull(schema);
  if (base === null || (base !== undefined && typeof base !== 'object')) return base;
  if (s.enum) return s.enum[0];
  if (s.type === 'string') return isFreeText(s) ? text(path, s) : undefined;
  if (s.type === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(s.properties ?? {})) {
      const value = fillBody(prop, (base as Record<string, unknown>)?.[key], text, [...path, key]);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (s.type === 'array') {
    const items = s.items ?? {};
    if (Array.isArray(base)) return base.map((b, i) => fillBody(items, b, text, [...path, i]));
    const one = fillBody(items, undefined, text, [...path, 0]);
    return one === undefined ? undefined : [one];
  }
  return undefined;
}

/** Where the base gives a string the schema calls free text: each must refuse a payload. */
export function baseTextPaths(schema: JsonSchema, base: unknown, path: Path = []): Path[] {
  const s = nonNull(schema);
  if (typeof base === 'string') return isFreeText(s) ? [path] : [];
  if (Array.isArray(base))
    return base.flatMap((b, i) => baseTextPaths(s.items ?? {}, b, [...path, i]));
  if (base && typeof base === 'object') {
    return Object.entries(base).flatMap(([k, v]) =>
      s.properties?.[k] ? baseTextPaths(s.properties[k], v, [...path, k]) : [],
    );
  }
  return [];
}

export function setAt(target: unknown, path: Path, value: unknown): void {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], target);
  (parent as Record<string | number, unknown>)[path.at(-1) as string | number] = value;
}

/** Free-text strings of every request body and query string that have no length limit. */
export function unlimitedStrings(doc: OpenApi): string[] {
  const out: string[] = [];
  const walk = (schema: JsonSchema | undefined, where: string) => {
    if (!schema) return;
    const s = nonNull(schema);
    if (isFreeText(s) && s.maxLength === undefined) out.push(where);
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${where}.${k}`);
    walk(s.items, `${where}[]`);
  };
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const route = `${method.toUpperCase()} ${path}`;
      walk(op.requestBody?.content?.['application/json']?.schema, `${route} body`);
      for (const p of op.parameters ?? []) walk(p.schema, `${route} ${p.in}.${p.name}`);
    }
  }
  return out;
}

const RUNNABLE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base']);
const URL_ATTRIBUTES = /^(href|src|action|formaction|xlink:href|data|srcdoc)$/i;

/**
 * What in a page a browser would run, found with a real HTML parser: script-like elements,
 * event-handler attributes, script URLs, and the payloads' own <img src=x> and <svg>. Empty
 * when the page is inert. Atom's HTML-typed text is parsed again as the HTML a reader shows.
 */
export function activeMarkup(markup: string, xmlMode = false): string[] {
  const found: string[] = [];
  const elements = DomUtils.findAll(() => true, parseDocument(markup, { xmlMode }).children);
  for (const el of elements) {
    const name = el.name.toLowerCase();
    if (RUNNABLE_ELEMENTS.has(name) && !isOwnScript(el)) found.push(`<${name}>`);
    if (name === 'img' && el.attribs.src === 'x') found.push('<img src=x>');
    for (const [attr, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(attr)) found.push(`<${name} ${attr}>`);
      // Browsers skip whitespace and control characters inside a scheme ("java\nscript:").
      const url = [...value]
        .filter((ch) => ch > ' ')
        .join('')
        .toLowerCase();
      if (URL_ATTRIBUTES.test(attr) && /^(javascript|vbscript|data:text)/.test(url)) {
        found.push(`<${name} ${attr}="${value}">`);
      }
    }
    if (xmlMode && el.attribs.type === 'html')
      found.push(...activeMarkup(DomUtils.textContent(el)));
  }
  // The payloads verbatim: no parser leniency should be needed to spot them.
  for (const raw of ['<script>alert(1)', '<img src=x onerror', '<svg onload']) {
    if (markup.includes(raw)) found.push(raw);
  }
  return found;
}

/**
 * The app's own scripts on a page (the monitor's figures): a built module by its address with
 * nothing inline, or a JSON data block with no markup in it (`<` escaped), which never runs.
 */
function isOwnScript(el: ReturnType<typeof DomUtils.findAll>[number]): boolean {
  if (el.name.toLowerCase() !== 'script') return false;
  const inline = DomUtils.textContent(el);
  if (el.attribs.type === 'module') {
    return /^\/assets\/[\w.-]+\.js$/.test(el.attribs.src ?? '') && inline.trim() === '';
  }
  return el.attribs.type === 'application/json' && !inline.includes('<');
}

/** Text as a reader sees it: tags gone, entities decoded, whitespace removed (lines may wrap). */
export const visibleText = (markup: string, xmlMode = false) =>
  DomUtils.textContent(parseDocument(markup, { xmlMode })).replace(/\s+/g, '');
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Rich text as the sanitiser leaves it: only its allowed tags, no handler, no script URL. */
const RICH_TAGS = new Set(
  'p h2 h3 h4 ul ol li table thead tbody tr th td a strong em br span'.split(' '),
);
export function richTextProblems(html: string): string[] {
  const problems = activeMarkup(html);
  for (const el of DomUtils.findAll(() => true, parseDocument(html).children)) {
    if (!RICH_TAGS.has(el.name)) problems.push(`<${el.name}> in rich text`);
  }
  return problems;
}

/**
 * Whether a field of a JSON object holds rich text (HTML). "reason" and "decision" are plain
 * text elsewhere (an assessment's reason, a version's reason, the timeline's decision), so
 * they count only beside the fields that make a case paper, minutes or the decision register.
 */
const RICH_ALWAYS = new Set(['background', 'mainPoints', 'proposedDecision', 'discussion']);
const isRichField = (key: string, parent: Record<string, unknown>) =>
  RICH_ALWAYS.has(key) ||
  (key === 'reason' && 'proposedDecision' in parent) ||
  (key === 'decision' && ('discussion' in parent || 'caseTitle' in parent));

/** Every rich-text field anywhere in a JSON response, with where it was found. */
export function richTextIn(json: unknown, where = ''): [string, string][] {
  if (Array.isArray(json)) return json.flatMap((v, i) => richTextIn(v, `${where}[${i}]`));
  if (!json || typeof json !== 'object') return [];
  const parent = json as Record<string, unknown>;
  return Object.entries(parent).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' && isRichField(k, parent)
      ? [[`${where}.${k}`, v]]
      : richTextIn(v, `${where}.${k}`),
  );
}

/**
 * RFC 6266 with an ASCII fallback and an RFC 5987 UTF-8 name: one line, the quoted name free
 * of quotes and backslashes, the encoded name only attr-chars and %XX.
 */
export function expectSafeDisposition(header: unknown) {
  expect(header).toMatch(
    /^attachment; filename="[\x20\x21\x23-\x5b\x5d-\x7e]*"; filename\*=UTF-8''(?:[A-Za-z0-9!#$&+\-.^_`|~]|%[0-9A-F]{2})+$/,
  );
}

/** A multipart body as a browser builds it; the file name goes as RFC 5987 so any name fits. */
export function multipart(
  parts: (
    | { name: string; value: string }
    | { name: string; fileName: string; bytes: Uint8Array }
  )[],
  headers: Record<string, string>,
) {
  const boundary = '----radsromangrep';
  const chunks = parts.flatMap((part) => [
    Buffer.from(
      'value' in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename*=UTF-8''${encodeURIComponent(part.fileName)}\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    ...('bytes' in part ? [Buffer.from(part.bytes), Buffer.from('\r\n')] : []),
  ]);
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Every GET address outside /api, read from Fastify's own route tree (":id" left in). */
export function pageRoutes(app: FastifyInstance): string[] {
  const trail: string[] = [];
  const out: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^(.*?)[├└]── (\S+)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] as string).length / 4;
    trail.length = depth;
    trail.push(m[2] as string);
    const url = trail.join('');
    if ((m[3] ?? '').split(', ').includes('GET') && !url.startsWith('/api/')) out.push(url);
  }
  return out;
}

/** The addresses a route stands for, one per value of each of its parameters. */
export function expandRoute(route: string, values: Record<string, readonly string[]>): string[] {
  const param = /:(\w+)/.exec(route)?.[1];
  if (!param) return [route];
  const options = values[param];
  if (!options) throw new Error(`no values for :${param} in ${route}; add them to the crawl`);
  return options.flatMap((v) => expandRoute(route.replace(`:${param}`, v), values));
}

/** Public links in a page, feed or sitemap, as paths. */
export const linksIn = (body: string) =>
  [
    ...body.matchAll(/href="(\/public[^"#]*)/g),
    ...body.matchAll(/href="https?:\/\/[^/"]+(\/public[^"#]*)"/g),
    ...body.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g),
  ].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
