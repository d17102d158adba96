import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { SEARCH_AUDIENCES, SEARCH_KINDS, type SearchSection } from '../../core/search.ts';
import { cases, caseType, councils, meetings } from './schema.ts';

/**
 * The search index: one entry per searchable thing (a case paper, an attachment, a case's
 * minutes, its decision, a follow-up item), rebuilt per meeting by features/search. The
 * source tables stay the record; these rows can always be thrown away and rebuilt.
 */
export const searchKind = pgEnum('search_kind', SEARCH_KINDS);
export const searchAudience = pgEnum('search_audience', SEARCH_AUDIENCES);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const searchEntries = pgTable(
  'search_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: searchKind('kind').notNull(),
    /** The case, attachment or follow-up the entry was made from. */
    sourceId: uuid('source_id').notNull(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    date: date('date').notNull(),
    caseTypes: caseType('case_types').array().notNull(),
    hasDecision: boolean('has_decision').notNull(),
    persons: text('persons').array().notNull(),
    /** Who may read it; see `auth/permissions.ts`. */
    audience: searchAudience('audience').notNull(),
    title: text('title').notNull(),
    /** Plain text in parts that a hit can open at (a case paper's fields, a file's pages). */
    sections: jsonb('sections').$type<SearchSection[]>().notNull(),
    /** The title alone: small and stored in the row, so ranking many hits by title is cheap. */
    titleDocument: tsvector('title_document')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('norwegian'::regconfig, title)`),
    document: tsvector('document')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('norwegian'::regconfig, title), 'A') || setweight(to_tsvector('norwegian'::regconfig, search_persons_text(persons)), 'C') || setweight(to_tsvector('norwegian'::regconfig, search_sections_text(sections)), 'D')`,
      ),
  },
  (t) => [
    unique('search_entries_source_key').on(t.kind, t.sourceId),
    index('search_entries_document_idx').using('gin', t.document),
    index('search_entries_meeting_idx').on(t.meetingId),
    index('search_entries_council_date_idx').on(t.councilId, t.date),
  ],
);

/** Every word in the index once, for typo tolerance by trigram similarity. */
export const searchWords = pgTable('search_words', { word: text('word').primaryKey() }, (t) => [
  index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
]);

/** Meetings whose entries must be rebuilt, marked by triggers on the source tables. */
export const searchStaleMeetings = pgTable('search_stale_meetings', {
  meetingId: uuid('meeting_id').primaryKey(),
});
