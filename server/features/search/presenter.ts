import { CASE_TYPE_LABELS, type CaseType } from '../../../core/case-types.ts';
import { formatCaseNumber, formatMeetingNumber } from '../../../core/numbers.ts';
import { SEARCH_KIND_LABELS, type SearchKind, type SearchSort } from '../../../core/search.ts';
import type { SearchTerms } from '../../../core/search-query.ts';
import type {
  TFacetValue,
  TMarkedText,
  TSearchFacets,
  TSearchHit,
  TSearchResult,
} from './schema.ts';
import { MARK_END, MARK_START } from './search-statement.ts';

/** A hit as the main statement returns it (snake_case, straight from SQL). */
export type RawHit = {
  id: string;
  kind: SearchKind;
  source_id: string;
  council_id: string;
  meeting_id: string;
  case_id: string;
  case_types: CaseType[];
  title: string;
  section_key: string | null;
  section_label: string | null;
  snippet: string | null;
  /** The first and last characters of the part the snippet is from, to show where it was cut. */
  section_head: string | null;
  section_tail: string | null;
  found_in_section: boolean;
  case_number: number;
  case_title: string;
  meeting_number: number;
  meeting_year: number;
  meeting_date: string;
  council_short_name: string;
};

export type RawSearch = {
  total: number;
  hits: RawHit[];
  facets: Record<keyof TSearchFacets, TFacetValue[]>;
};

type Context = {
  terms: SearchTerms;
  alternatives: Map<string, string[]>;
  sort: SearchSort;
  page: number;
  pageSize: number;
  /** Anonymous readers: hits open on the public pages (only public entries reach them). */
  publicPages: boolean;
};

export function presentSearch(raw: RawSearch, context: Context): TSearchResult {
  const { terms, alternatives, sort, page, pageSize, publicPages } = context;
  return {
    total: raw.total,
    page,
    pageSize,
    sort,
    interpreted: {
      ...terms,
      alternatives: [...alternatives].map(([word, near]) => ({ word, alternatives: near })),
    },
    hits: raw.hits.map((h) => presentHit(h, publicPages)),
    facets: presentFacets(raw.facets),
  };
}

function presentHit(h: RawHit, publicPages: boolean): TSearchHit {
  return {
    id: h.id,
    kind: h.kind,
    title: markedText(h.title),
    snippet: markedText(withEllipses(h.snippet ?? '', h.section_head ?? '', h.section_tail ?? '')),
    section:
      h.found_in_section && h.section_key
        ? { key: h.section_key, label: h.section_label ?? '' }
        : null,
    href: publicPages ? publicHref(h) : hitHref(h),
    council: { id: h.council_id, shortName: h.council_short_name },
    meeting: {
      id: h.meeting_id,
      number: formatMeetingNumber(h.meeting_number, h.meeting_year),
      date: h.meeting_date,
    },
    case: {
      id: h.case_id,
      number: formatCaseNumber(h.case_number, h.meeting_number, h.meeting_year),
      title: h.case_title,
    },
    caseTypes: h.case_types,
  };
}

/** The page a hit opens, at the place it was found. */
function hitHref(h: RawHit): string {
  switch (h.kind) {
    case 'case':
      return `/cases/${h.case_id}${h.found_in_section && h.section_key ? `#section-${h.section_key}` : ''}`;
    case 'attachment':
      return `/cases/${h.case_id}#attachment-${h.source_id}`;
    case 'minutes':
    case 'decision':
      return `/meetings/${h.meeting_id}/minutes#case-${h.case_id}`;
    case 'follow_up':
      return `/councils/${h.council_id}/follow-ups#follow-up-${h.source_id}`;
  }
}

/** The public page of a hit: case papers, files and approved minutes are all there is. */
function publicHref(h: RawHit): string {
  const href = hitHref(h);
  return h.kind === 'follow_up' ? `/public/councils/${h.council_id}` : `/public${href}`;
}

/** "… " and " …" where the snippet starts or ends inside the text it was cut from. */
export function withEllipses(snippet: string, head: string, tail: string): string {
  if (!snippet) return snippet;
  const squash = (t: string) =>
    t
      .replaceAll(MARK_START, '')
      .replaceAll(MARK_END, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[^\p{L}\p{N}]+$/u, '');
  const bare = squash(snippet);
  const start = squash(head).slice(0, Math.min(16, bare.length));
  const end = squash(tail).slice(-16);
  const prefix = bare.startsWith(start) ? '' : '… ';
  const suffix = bare.endsWith(end) ? '' : ' …';
  return `${prefix}${snippet}${suffix}`;
}

/** "⟦kliniske⟧ studier" → pieces with the found words marked. */
export function markedText(text: string): TMarkedText {
  const pieces: TMarkedText = [];
  for (const part of text.split(MARK_START)) {
    const end = part.indexOf(MARK_END);
    if (end === -1) {
      if (part) pieces.push({ text: part, marked: false });
      continue;
    }
    if (end > 0) pieces.push({ text: part.slice(0, end), marked: true });
    const rest = part.slice(end + MARK_END.length);
    if (rest) pieces.push({ text: rest, marked: false });
  }
  return pieces;
}

function presentFacets(f: RawSearch['facets']): TSearchFacets {
  const relabel = (values: TFacetValue[], label: (v: TFacetValue) => string) =>
    values.map((v) => ({ ...v, label: label(v) }));
  return {
    council: f.council,
    year: f.year,
    meeting: relabel(f.meeting, (v) => `Møte ${v.label}`),
    caseType: relabel(f.caseType, (v) => CASE_TYPE_LABELS[v.value as CaseType] ?? v.value),
    kind: relabel(f.kind, (v) => SEARCH_KIND_LABELS[v.value as SearchKind] ?? v.value),
    hasDecision: relabel(f.hasDecision, (v) => (v.value === 'true' ? 'Med vedtak' : 'Uten vedtak')),
    person: f.person,
  };
}
