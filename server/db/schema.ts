import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  time,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { CASE_TYPES } from '../../core/case-types.ts';
import { MEETING_STATUSES } from '../../core/meeting-status.ts';
import { COUNCIL_ROLES } from '../../core/roles.ts';

export const councilRole = pgEnum('council_role', COUNCIL_ROLES);
export const meetingStatus = pgEnum('meeting_status', MEETING_STATUSES);
export const caseType = pgEnum('case_type', CASE_TYPES);
export const locationKind = pgEnum('location_kind', ['physical', 'digital', 'hybrid']);

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** Null for people who are registered but cannot log in (yet). */
  passwordHash: text('password_hash'),
  isSystemAdmin: boolean('is_system_admin').notNull().default(false),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const councils = pgTable('councils', {
  id: id(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull().unique(),
  createdAt: createdAt(),
  version: integer('version').notNull().default(1),
});

/** A person's role in a council for an appointment period. */
export const councilMemberships = pgTable(
  'council_memberships',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: councilRole('role').notNull(),
    organisation: text('organisation'),
    /** Ministry for observers ("Helse- og omsorgsdepartementet"); job title for staff. */
    ministry: text('ministry'),
    title: text('title'),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    createdAt: createdAt(),
  },
  (t) => [
    index('council_memberships_council_idx').on(t.councilId),
    unique('council_memberships_role_key').on(t.councilId, t.userId, t.role),
  ],
);

export const standingCases = pgTable('standing_cases', {
  id: id(),
  councilId: uuid('council_id')
    .notNull()
    .references(() => councils.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  caseTypes: caseType('case_types').array().notNull(),
  reason: text('reason').notNull().default(''),
  proposedDecision: text('proposed_decision').notNull().default(''),
});

export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    date: date('date').notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time'),
    locationKind: locationKind('location_kind').notNull().default('physical'),
    room: text('room'),
    address: text('address'),
    link: text('link'),
    status: meetingStatus('status').notNull().default('planned'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('meetings_council_year_number_key').on(t.councilId, t.year, t.number)],
);

export const cases = pgTable(
  'cases',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** Running number N within the year; see core/numbers.ts. */
    number: integer('number').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    caseTypes: caseType('case_types').array().notNull(),
    addressee: text('addressee').notNull().default(''),
    sender: text('sender').notNull().default(''),
    background: text('background').notNull().default(''),
    reason: text('reason').notNull().default(''),
    mainPoints: text('main_points').notNull().default(''),
    proposedDecision: text('proposed_decision').notNull().default(''),
    /** Free-text legacy references such as "Sak 42/20 (møte 4/2020)". */
    previouslyHandledText: text('previously_handled_text').array().notNull().default(sql`'{}'`),
    standingCaseId: uuid('standing_case_id').references(() => standingCases.id, {
      onDelete: 'set null',
    }),
    carriedOverFromId: uuid('carried_over_from_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('cases_meeting_idx').on(t.meetingId, t.position),
    index('cases_council_year_idx').on(t.councilId, t.year, t.number),
    // A case is carried over at most once; the later case carries it on from there.
    unique('cases_carried_over_from_key').on(t.carriedOverFromId),
  ],
);

export const caseOfficers = pgTable(
  'case_officers',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [unique('case_officers_key').on(t.caseId, t.userId)],
);

/** Earlier treatments of the same matter that are cases in Rådsrom. */
export const casePreviouslyHandled = pgTable(
  'case_previously_handled',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    earlierCaseId: uuid('earlier_case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
  },
  (t) => [unique('case_previously_handled_key').on(t.caseId, t.earlierCaseId)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_case_idx').on(t.caseId, t.position)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    councilId: uuid('council_id'),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull().default({}),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);
