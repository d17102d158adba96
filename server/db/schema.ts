import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
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
import { ATTENDANCE_KINDS, PRESENCES, type TimeSpan } from '../../core/attendance.ts';
import { CASE_TYPES } from '../../core/case-types.ts';
import { CONFLICT_GROUNDS, INTEREST_KINDS } from '../../core/conflicts.ts';
import { MEETING_STATUSES } from '../../core/meeting-status.ts';
import { MINUTES_STATUSES } from '../../core/minutes-status.ts';
import { COUNCIL_ROLES } from '../../core/roles.ts';
import { STANDING_CASE_KINDS } from '../../core/standing-cases.ts';
import { createdAt, id, updatedAt } from './columns.ts';

export const councilRole = pgEnum('council_role', COUNCIL_ROLES);
export const meetingStatus = pgEnum('meeting_status', MEETING_STATUSES);
export const caseType = pgEnum('case_type', CASE_TYPES);
export const locationKind = pgEnum('location_kind', ['physical', 'digital', 'hybrid']);
export const minutesStatus = pgEnum('minutes_status', MINUTES_STATUSES);
export const attendanceKind = pgEnum('attendance_kind', ATTENDANCE_KINDS);
export const presence = pgEnum('presence', PRESENCES);
export const standingCaseKind = pgEnum('standing_case_kind', STANDING_CASE_KINDS);
export const commentStatus = pgEnum('comment_status', ['open', 'accepted', 'rejected']);
export const followUpStatus = pgEnum('follow_up_status', ['open', 'in_progress', 'done']);
export const interestKind = pgEnum('interest_kind', INTEREST_KINDS);
export const interestReview = pgEnum('interest_review', ['pending', 'reviewed']);
export const conflictGround = pgEnum('conflict_ground', CONFLICT_GROUNDS);
export const importStatus = pgEnum('import_status', ['staged', 'committed', 'discarded']);

export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** Null for people who are registered but cannot log in (yet). */
  passwordHash: text('password_hash'),
  isSystemAdmin: boolean('is_system_admin').notNull().default(false),
  createdAt: createdAt(),
  /** Set when the person left and was pseudonymised; the row stays so the minutes hold. */
  removedAt: timestamp('removed_at', { withTimezone: true }),
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
    /** The absolute end, however active the session is. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** For the idle timeout; moved forward at most every few minutes (see sessions.ts). */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const councils = pgTable('councils', {
  id: id(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull().unique(),
  /** Members' declared interests are personal data, shown only inside unless this is set. */
  interestsPublic: boolean('interests_public').notNull().default(false),
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
  /** What the standing case does, when the system must recognise it (e.g. approving minutes). */
  kind: standingCaseKind('kind'),
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
    /** Set on meetings that came from an imported archive file. */
    importId: uuid('import_id').references((): AnyPgColumn => imports.id, { onDelete: 'set null' }),
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
    /** Organisations that are parties to or affected by the case, for conflict proposals. */
    stakeholders: text('stakeholders').array().notNull().default(sql`'{}'`),
    /** Legal basis for exemption from public access ("offl. § 14"); empty when public. */
    exemptionBasis: text('exemption_basis').notNull().default(''),
    standingCaseId: uuid('standing_case_id').references(() => standingCases.id, {
      onDelete: 'set null',
    }),
    carriedOverFromId: uuid('carried_over_from_id'),
    /** Set on cases that came from an imported archive file; `rawNumber` as it was written. */
    importId: uuid('import_id').references((): AnyPgColumn => imports.id, { onDelete: 'set null' }),
    rawNumber: text('raw_number'),
    /** Imported papers name officers and attachments that are not users or files here. */
    importedCaseOfficers: text('imported_case_officers').array().notNull().default(sql`'{}'`),
    importedAttachments: text('imported_attachments').array().notNull().default(sql`'{}'`),
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
    /** Text read from the file at upload (PDF, DOCX), searched for conflict proposals. */
    extractedText: text('extracted_text'),
    /** Legal basis for exemption from public access; empty when the file is public. */
    exemptionBasis: text('exemption_basis').notNull().default(''),
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
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    // The secretariat reads its council's log newest first.
    index('audit_log_council_at_idx').on(t.councilId, t.at),
  ],
);

/** The minutes of one meeting; their text lives in attendances and case_minutes. */
export const minutes = pgTable('minutes', {
  id: id(),
  meetingId: uuid('meeting_id')
    .notNull()
    .unique()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  councilId: uuid('council_id')
    .notNull()
    .references(() => councils.id, { onDelete: 'cascade' }),
  status: minutesStatus('status').notNull().default('draft'),
  commentDeadline: timestamp('comment_deadline', { withTimezone: true }),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  approvedById: uuid('approved_by_id').references(() => users.id, { onDelete: 'set null' }),
  /** "Godkjent i sak 32/3/2025" or the secretariat's recorded reason, and any change made. */
  approvalNote: text('approval_note'),
  approvedInCaseId: uuid('approved_in_case_id').references(() => cases.id, {
    onDelete: 'set null',
  }),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Every circulated, revised, approved or corrected text of the minutes, kept for comparison. */
export const minutesVersions = pgTable(
  'minutes_versions',
  {
    id: id(),
    minutesId: uuid('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: minutesStatus('status').notNull(),
    content: jsonb('content').notNull(),
    reason: text('reason'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [unique('minutes_versions_number_key').on(t.minutesId, t.number)],
);

export const attendances = pgTable(
  'attendances',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    affiliation: text('affiliation'),
    kind: attendanceKind('kind').notNull(),
    presence: presence('presence').notNull(),
    isChair: boolean('is_chair').notNull().default(false),
    substituteForUserId: uuid('substitute_for_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    timeSpans: jsonb('time_spans').$type<TimeSpan[]>().notNull().default([]),
    caseIds: uuid('case_ids').array().notNull().default(sql`'{}'`),
    /** A qualifier in the minutes' own words, from imported minutes: "deler av møtet". */
    note: text('note'),
    position: integer('position').notNull(),
  },
  (t) => [index('attendances_meeting_idx').on(t.meetingId, t.position)],
);

/** What the minutes say about one case: the discussion and the decision (vedtak). */
export const caseMinutes = pgTable('case_minutes', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  discussion: text('discussion').notNull().default(''),
  decision: text('decision').notNull().default(''),
  postponed: boolean('postponed').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
});

export const minutesComments = pgTable(
  'minutes_comments',
  {
    id: id(),
    minutesId: uuid('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    versionNumber: integer('version_number').notNull(),
    status: commentStatus('status').notNull().default('open'),
    reply: text('reply'),
    repliedById: uuid('replied_by_id').references(() => users.id, { onDelete: 'set null' }),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('minutes_comments_minutes_idx').on(t.minutesId)],
);

/** Follow-up of a decision: "brev sendes HOD", with an owner, a due date and a status. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    owner: text('owner').notNull().default(''),
    dueDate: date('due_date'),
    status: followUpStatus('status').notNull().default('open'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('follow_ups_council_idx').on(t.councilId, t.status)],
);

/** In-app notices ("Utkast til referat er sendt på merknadsrunde"). */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    councilId: uuid('council_id').references(() => councils.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    link: text('link').notNull(),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt)],
);

/** An organisation members can have interests in; aliases ("LMI") name the same one. */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    aliases: text('aliases').array().notNull().default(sql`'{}'`),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('organisations_council_idx').on(t.councilId)],
);

/** A member's declared interest: employer, position, board seat, ownership or other role. */
export const interests = pgTable(
  'interests',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    kind: interestKind('kind').notNull(),
    role: text('role').notNull().default(''),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    review: interestReview('review').notNull().default('pending'),
    reviewedById: uuid('reviewed_by_id').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('interests_council_user_idx').on(t.councilId, t.userId)],
);

/** A member's notice before the meeting that they may be disqualified in a case. */
export const conflictDeclarations = pgTable(
  'conflict_declarations',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [unique('conflict_declarations_key').on(t.caseId, t.userId)],
);

/** The council's assessment of one member in one case (forvaltningsloven § 6). */
export const conflictAssessments = pgTable(
  'conflict_assessments',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    disqualified: boolean('disqualified').notNull(),
    /** Required when disqualified: the automatic (first) or discretionary (second) paragraph. */
    ground: conflictGround('ground'),
    reason: text('reason').notNull().default(''),
    assessedById: uuid('assessed_by_id').references(() => users.id, { onDelete: 'set null' }),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('conflict_assessments_key').on(t.caseId, t.userId),
    check(
      'conflict_assessments_ground_check',
      sql`NOT ${t.disqualified} OR ${t.ground} IS NOT NULL`,
    ),
    index('conflict_assessments_council_user_idx').on(t.councilId, t.userId),
  ],
);

/**
 * An uploaded archive file and what the importer found in it. Nothing else is written until the
 * user has reviewed (and perhaps corrected) `result` and committed it.
 */
export const imports = pgTable(
  'imports',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    /** The same file imported twice is recognised by its content. */
    sha256: text('sha256').notNull(),
    status: importStatus('status').notNull().default('staged'),
    /** The ImportResult (core/import/types.ts) as found, then as corrected by the user. */
    result: jsonb('result').notNull(),
    version: integer('version').notNull().default(1),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    committedById: uuid('committed_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('imports_council_hash_idx').on(t.councilId, t.sha256)],
);
