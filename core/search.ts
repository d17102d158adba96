/** What the archive search finds, and who may read it. Pure: shared by server and web. */

export const SEARCH_KINDS = ['case', 'attachment', 'minutes', 'decision', 'follow_up'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  case: 'Saksframlegg',
  attachment: 'Vedlegg',
  minutes: 'Referat',
  decision: 'Vedtak',
  follow_up: 'Oppfølging',
};

/** Among equally good hits, the case paper first, then its decision, minutes and files. */
export const SEARCH_KIND_WEIGHTS: Record<SearchKind, number> = {
  case: 1,
  decision: 0.9,
  minutes: 0.8,
  attachment: 0.7,
  follow_up: 0.6,
};

/**
 * Who may read an entry, from the widest audience to the narrowest: anyone (published and not
 * exempt), everyone in the council (observers too), the members (circulated minutes), and the
 * secretariat (drafts). `auth/permissions.ts` decides which of these each reader has.
 */
export const SEARCH_AUDIENCES = ['public', 'council', 'members', 'secretariat'] as const;
export type SearchAudience = (typeof SEARCH_AUDIENCES)[number];

/** A part of an entry a hit can open at: a case paper's field, a page of a file. */
export type SearchSection = { key: string; label: string; text: string };

export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
