import {
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  COUNCIL_INPUTS,
  DEFAULT_REMINDER_DAYS,
  POLICY_KINDS,
  STATEMENT_KINDS,
} from '../../core/policy.ts';
import { createdAt, id, updatedAt } from './columns.ts';
import { councils, users } from './schema.ts';

/**
 * The register of policy documents the council follows, their working groups, the reminders
 * sent before their deadlines, and the council's statements ("Rådet mener").
 */
export const policyKind = pgEnum('policy_kind', POLICY_KINDS);
export const councilInput = pgEnum('council_input', COUNCIL_INPUTS);
export const statementKind = pgEnum('statement_kind', STATEMENT_KINDS);

export const policyDocuments = pgTable(
  'policy_documents',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** "Meld. St. 21 (2024–2025)", "NOU 2025: 8"; empty when it has none yet. */
    reference: text('reference').notNull().default(''),
    kind: policyKind('kind').notNull(),
    ministry: text('ministry').notNull().default(''),
    /** Announced or launched, as worded ("våren 2026"), with the period it can fall in. */
    launchText: text('launch_text').notNull().default(''),
    launchFrom: date('launch_from'),
    launchTo: date('launch_to'),
    councilInput: councilInput('council_input').notNull().default('none'),
    inputDate: date('input_date'),
    /** Consultation deadline, as worded, with its period (the end is the deadline itself). */
    deadlineText: text('deadline_text').notNull().default(''),
    deadlineFrom: date('deadline_from'),
    deadlineTo: date('deadline_to'),
    reminderDays: integer('reminder_days').notNull().default(DEFAULT_REMINDER_DAYS),
    proposedFollowUp: text('proposed_follow_up').notNull().default(''),
    status: text('status').notNull().default(''),
    links: jsonb('links').$type<{ title: string; url: string }[]>().notNull().default([]),
    /** Not followed up further: kept, never deleted. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    archivedReason: text('archived_reason').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('policy_documents_council_idx').on(t.councilId, t.deadlineTo)],
);

export const policyWorkingGroup = pgTable(
  'policy_working_group',
  {
    policyDocumentId: uuid('policy_document_id')
      .notNull()
      .references(() => policyDocuments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.policyDocumentId, t.userId] })],
);

/** One reminder per document and deadline: the key makes a second sender a no-op. */
export const policyReminders = pgTable(
  'policy_reminders',
  {
    policyDocumentId: uuid('policy_document_id')
      .notNull()
      .references(() => policyDocuments.id, { onDelete: 'cascade' }),
    deadline: date('deadline').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.policyDocumentId, t.deadline] })],
);

/** The council's statements: consultation responses, input, letters, op-eds. */
export const councilStatements = pgTable(
  'council_statements',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    policyDocumentId: uuid('policy_document_id').references(() => policyDocuments.id, {
      onDelete: 'set null',
    }),
    kind: statementKind('kind').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Sanitised rich text (server/rich-text.ts). */
    body: text('body').notNull().default(''),
    /** Set when sent; a sent statement is public as "Rådet mener" unless exempt. */
    sentOn: date('sent_on'),
    exemptionBasis: text('exemption_basis').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('council_statements_council_idx').on(t.councilId, t.sentOn)],
);
