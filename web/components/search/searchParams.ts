import { CASE_TYPE_LABELS, type CaseType } from '../../../core/case-types.ts';
import {
  SEARCH_KIND_LABELS,
  SEARCH_SORTS,
  type SearchKind,
  type SearchSort,
} from '../../../core/search.ts';
import type { TSearchFacets } from '../../types.ts';

/**
 * The search lives in the URL (`/search?q=…&kind=…&page=2`), so a result is a link and back
 * and forward work. These helpers read it and build the next one.
 */

export const FILTER_KEYS = [
  'councilId',
  'yearFrom',
  'yearTo',
  'meetingId',
  'caseType',
  'kind',
  'hasDecision',
  'person',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export type SearchState = {
  q: string;
  filters: Filters;
  /** Empty: the server's default (relevance with words, newest without). */
  sort: SearchSort | '';
  page: number;
};

export const SORT_LABELS: Record<SearchSort, string> = {
  relevance: 'Relevans',
  newest: 'Nyeste først',
  oldest: 'Eldste først',
};

export const PAGE_SIZE = 20;

export function readSearch(params: URLSearchParams): SearchState {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') ?? '';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    filters,
    sort: (SEARCH_SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : '',
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 500) : 1,
  };
}

/** The query string for the page's URL and, with the page size, for the API. */
export function searchQuery(state: SearchState, extra: Record<string, string> = {}): string {
  const out = new URLSearchParams();
  if (state.q.trim()) out.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) out.set(key, value);
  }
  if (state.sort) out.set('sort', state.sort);
  if (state.page > 1) out.set('page', String(state.page));
  for (const [k, v] of Object.entries(extra)) out.set(k, v);
  return out.toString();
}

/** The same search with some filters changed (undefined removes one); back to page 1. */
export function withFilters(state: SearchState, changes: Filters): SearchState {
  const filters: Filters = { ...state.filters };
  for (const key of Object.keys(changes) as FilterKey[]) {
    const value = changes[key];
    if (value) filters[key] = value;
    else delete filters[key];
  }
  return { ...state, filters, page: 1 };
}

/** "/search/topic?q=…": the timeline keeps the words and the council and years. */
export function topicHref(state: SearchState): string {
  const out = new URLSearchParams();
  if (state.q.trim()) out.set('q', state.q.trim());
  for (const key of ['councilId', 'yearFrom', 'yearTo'] as const) {
    const value = state.filters[key];
    if (value) out.set(key, value);
  }
  const qs = out.toString();
  return `/search/topic${qs ? `?${qs}` : ''}`;
}

export const kindLabel = (kind: string) => SEARCH_KIND_LABELS[kind as SearchKind] ?? kind;

const HAS_DECISION_LABELS: Record<string, string> = { true: 'Med vedtak', false: 'Uten vedtak' };

/** The facet the label of a filter's value comes from, and how to name it without one. */
const FACET_OF: Record<Exclude<FilterKey, 'yearFrom' | 'yearTo'>, keyof TSearchFacets> = {
  councilId: 'council',
  meetingId: 'meeting',
  caseType: 'caseType',
  kind: 'kind',
  hasDecision: 'hasDecision',
  person: 'person',
};

/** A filter value as people read it: "Vedlegg", "Med vedtak", the council's short name. */
export function valueLabel(
  key: Exclude<FilterKey, 'yearFrom' | 'yearTo'>,
  value: string,
  facets: TSearchFacets | undefined,
): string {
  if (key === 'kind') return kindLabel(value);
  if (key === 'caseType') return CASE_TYPE_LABELS[value as CaseType] ?? value;
  if (key === 'hasDecision') return HAS_DECISION_LABELS[value] ?? value;
  const found = facets?.[FACET_OF[key]].find((f) => f.value === value);
  if (found) return found.label;
  if (key === 'meetingId') return 'Valgt møte';
  if (key === 'councilId') return 'Valgt råd';
  return value;
}

export type ActiveFilter = { keys: FilterKey[]; name: string; value: string };

/** The filters in use, each with what removing it clears: the year range counts as one. */
export function activeFilters(filters: Filters, facets: TSearchFacets | undefined): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  const { yearFrom, yearTo } = filters;
  const named: [Exclude<FilterKey, 'yearFrom' | 'yearTo'>, string][] = [
    ['councilId', 'Råd'],
    ['meetingId', 'Møte'],
    ['caseType', 'Type sak'],
    ['kind', 'Dokumenttype'],
    ['hasDecision', 'Vedtak'],
    ['person', 'Person'],
  ];
  for (const [key, name] of named.slice(0, 1)) {
    const value = filters[key];
    if (value) out.push({ keys: [key], name, value: valueLabel(key, value, facets) });
  }
  if (yearFrom || yearTo)
    out.push({ keys: ['yearFrom', 'yearTo'], name: 'År', value: yearText(filters) });
  for (const [key, name] of named.slice(1)) {
    const value = filters[key];
    if (value) out.push({ keys: [key], name, value: valueLabel(key, value, facets) });
  }
  return out;
}

/** "2021", "2019–2021", "fra 2019" or "til 2021". */
export function yearText({ yearFrom, yearTo }: Filters): string {
  if (yearFrom && yearTo) return yearFrom === yearTo ? yearFrom : `${yearFrom}–${yearTo}`;
  if (yearFrom) return `fra ${yearFrom}`;
  return yearTo ? `til ${yearTo}` : '';
}
