import { z } from 'zod';
import { CASE_TYPES } from '../../../core/case-types.ts';
import { SEARCH_KINDS, SEARCH_SORTS } from '../../../core/search.ts';

const ZYear = z.coerce.number().int().min(1900).max(3000);

export const ZSearchFilters = z.object({
  q: z.string().max(500, 'Søket kan være høyst 500 tegn.').default(''),
  councilId: z.string().uuid().optional(),
  yearFrom: ZYear.optional(),
  yearTo: ZYear.optional(),
  meetingId: z.string().uuid().optional(),
  caseType: z.enum(CASE_TYPES).optional(),
  kind: z.enum(SEARCH_KINDS).optional(),
  hasDecision: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  person: z.string().trim().min(1).max(200).optional(),
});
export type TSearchFilters = z.infer<typeof ZSearchFilters>;

export const ZSearchQuery = ZSearchFilters.extend({
  sort: z.enum(SEARCH_SORTS).optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

/** Text with the found words marked, as pieces, so no markup from a document reaches a page. */
export const ZMarkedText = z.array(z.object({ text: z.string(), marked: z.boolean() }));
export type TMarkedText = z.infer<typeof ZMarkedText>;

export const ZSearchHit = z.object({
  id: z.string().uuid(),
  kind: z.enum(SEARCH_KINDS),
  title: ZMarkedText,
  snippet: ZMarkedText,
  /** Where in the document the words were found: a case paper's field, a page of a file. */
  section: z.object({ key: z.string(), label: z.string() }).nullable(),
  /** The app's page for the hit, with the place to open at as its fragment. */
  href: z.string(),
  council: z.object({ id: z.string().uuid(), shortName: z.string() }),
  meeting: z.object({ id: z.string().uuid(), number: z.string(), date: z.string() }),
  case: z.object({ id: z.string().uuid(), number: z.string(), title: z.string() }),
  caseTypes: z.array(z.enum(CASE_TYPES)),
});
export type TSearchHit = z.infer<typeof ZSearchHit>;

const ZFacetValue = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export type TFacetValue = z.infer<typeof ZFacetValue>;

export const ZSearchFacets = z.object({
  council: z.array(ZFacetValue),
  year: z.array(ZFacetValue),
  meeting: z.array(ZFacetValue),
  caseType: z.array(ZFacetValue),
  kind: z.array(ZFacetValue),
  hasDecision: z.array(ZFacetValue),
  person: z.array(ZFacetValue),
});
export type TSearchFacets = z.infer<typeof ZSearchFacets>;

export const ZSearchResult = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: z.enum(SEARCH_SORTS),
  /** How the query was read: words, phrases, excluded terms, and near spellings also searched. */
  interpreted: z.object({
    words: z.array(z.string()),
    phrases: z.array(z.string()),
    excluded: z.array(z.string()),
    alternatives: z.array(z.object({ word: z.string(), alternatives: z.array(z.string()) })),
  }),
  hits: z.array(ZSearchHit),
  facets: ZSearchFacets,
});
export type TSearchResult = z.infer<typeof ZSearchResult>;

export const ZTimelineItem = z.object({
  case: z.object({ id: z.string().uuid(), number: z.string(), title: z.string() }),
  council: z.object({ id: z.string().uuid(), shortName: z.string() }),
  meeting: z.object({ id: z.string().uuid(), number: z.string(), date: z.string() }),
  year: z.number().int(),
  /** The decision as plain text, when the reader may see it. */
  decision: z.string().nullable(),
  /** Where the subject was found: the paper, its files, the minutes, the decision. */
  foundIn: z.array(z.enum(SEARCH_KINDS)),
});
export type TTimelineItem = z.infer<typeof ZTimelineItem>;

export const ZTimeline = z.object({
  total: z.number().int(),
  items: z.array(ZTimelineItem),
});
export type TTimeline = z.infer<typeof ZTimeline>;
