import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { proposeConflicts } from '../../../core/conflict-proposals.ts';
import type { TextSource } from '../../../core/organisation-matching.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  attachments,
  conflictAssessments,
  conflictDeclarations,
  interests,
  organisations,
  users,
} from '../../db/schema.ts';
import { richTextToPlain } from '../../rich-text.ts';
import { loadMeeting } from '../meetings/load-meeting.ts';
import { declarationsOpen, recordIsOpen } from './assert-record-open.ts';
import { type agendaWithKinds, conflictDecisionOf } from './conflict-case.ts';
import { eligibleMembers } from './eligible-members.ts';
import type { TMeetingConflicts } from './schema.ts';

type Agenda = Awaited<ReturnType<typeof agendaWithKinds>>;

/** What is searched for organisation names: the case paper's fields and its attachments' text. */
async function caseSources(db: DbOrTx, agenda: Agenda) {
  const files = agenda.length
    ? await db
        .select({
          id: attachments.id,
          caseId: attachments.caseId,
          title: attachments.title,
          text: attachments.extractedText,
        })
        .from(attachments)
        .where(
          and(
            inArray(
              attachments.caseId,
              agenda.map((c) => c.id),
            ),
            isNotNull(attachments.extractedText),
          ),
        )
        .orderBy(asc(attachments.position))
    : [];
  return agenda.map((c) => {
    const fields: TextSource[] = [
      { id: 'title', label: 'Tittel', text: c.title },
      { id: 'sender', label: 'Fra', text: c.sender },
      { id: 'stakeholders', label: 'Berørte parter', text: c.stakeholders.join('\n') },
      { id: 'background', label: 'Bakgrunn', text: richTextToPlain(c.background) },
      { id: 'reason', label: 'Hvorfor saken fremmes', text: richTextToPlain(c.reason) },
      { id: 'mainPoints', label: 'Hovedpunkter', text: richTextToPlain(c.mainPoints) },
      {
        id: 'proposedDecision',
        label: 'Forslag til vedtak',
        text: richTextToPlain(c.proposedDecision),
      },
    ];
    const attached = files
      .filter((f) => f.caseId === c.id)
      .map((f, i) => ({ id: f.id, label: `Vedlegg ${i + 1}: ${f.title}`, text: f.text ?? '' }));
    return { caseId: c.id, sources: [...fields, ...attached].filter((s) => s.text.trim()) };
  });
}

/**
 * The conflict-of-interest picture of a meeting: per case the proposals (never verdicts),
 * the members' declarations and the council's assessments. `viewerId` set means the viewer
 * sees only what concerns themself; interests are personal data.
 */
export async function loadMeetingConflicts(
  db: DbOrTx,
  meetingId: string,
  viewerId: string | null,
): Promise<Omit<TMeetingConflicts, 'seesAll' | 'canAssess' | 'canDeclare'>> {
  const meeting = await loadMeeting(db, meetingId);
  const { agenda, lines } = await conflictDecisionOf(db, meeting);
  const members = await eligibleMembers(db, meeting.councilId, meeting.date);
  const concerns = (userId: string) => viewerId === null || viewerId === userId;
  const visibleMembers = members.filter((m) => concerns(m.userId));

  const orgRows = await db
    .select()
    .from(organisations)
    .where(eq(organisations.councilId, meeting.councilId));
  const interestRows = visibleMembers.length
    ? await db
        .select()
        .from(interests)
        .where(
          and(
            eq(interests.councilId, meeting.councilId),
            inArray(
              interests.userId,
              visibleMembers.map((m) => m.userId),
            ),
          ),
        )
    : [];
  const proposals = proposeConflicts({
    meetingDate: meeting.date,
    cases: await caseSources(db, agenda),
    members: visibleMembers,
    organisations: orgRows.map((o) => ({ organisationId: o.id, terms: [o.name, ...o.aliases] })),
    interests: interestRows.map((i) => ({
      interestId: i.id,
      userId: i.userId,
      organisationId: i.organisationId,
      periodStart: i.periodStart,
      periodEnd: i.periodEnd,
    })),
  });

  const caseIds = agenda.map((c) => c.id);
  const declarations = caseIds.length
    ? await db
        .select({ d: conflictDeclarations, userName: users.name })
        .from(conflictDeclarations)
        .innerJoin(users, eq(users.id, conflictDeclarations.userId))
        .where(inArray(conflictDeclarations.caseId, caseIds))
        .orderBy(asc(users.name))
    : [];
  const assessor = alias(users, 'assessor');
  const assessments = caseIds.length
    ? await db
        .select({ a: conflictAssessments, userName: users.name, assessedByName: assessor.name })
        .from(conflictAssessments)
        .innerJoin(users, eq(users.id, conflictAssessments.userId))
        .leftJoin(assessor, eq(assessor.id, conflictAssessments.assessedById))
        .where(inArray(conflictAssessments.caseId, caseIds))
        .orderBy(asc(users.name))
    : [];

  const nameOf = new Map(members.map((m) => [m.userId, m.name]));
  const interestOf = new Map(interestRows.map((i) => [i.id, i]));
  const orgOf = new Map(orgRows.map((o) => [o.id, o]));
  return {
    meetingId,
    members: visibleMembers,
    cases: agenda.map((c) => ({
      caseId: c.id,
      number: c.caseNumber,
      title: c.title,
      isConflictCase: c.isConflictCase,
      proposals: proposals
        .filter((p) => p.caseId === c.id)
        .map((p) => {
          const interest = interestOf.get(p.interestId);
          return {
            userId: p.userId,
            userName: nameOf.get(p.userId) ?? '',
            interestId: p.interestId,
            organisationName: orgOf.get(p.organisationId)?.name ?? '',
            interestKind: interest?.kind ?? 'other',
            role: interest?.role ?? '',
            hits: p.hits.map((h) => ({
              sourceLabel: h.sourceLabel,
              term: h.term,
              matched: h.matched,
              snippet: h.snippet,
              count: h.count,
            })),
          };
        }),
      declarations: declarations
        .filter(({ d }) => d.caseId === c.id && concerns(d.userId))
        .map(({ d, userName }) => ({
          userId: d.userId,
          userName,
          note: d.note,
          createdAt: d.createdAt.toISOString(),
        })),
      assessments: assessments
        .filter(({ a }) => a.caseId === c.id && concerns(a.userId))
        .map(({ a, userName, assessedByName }) => ({
          userId: a.userId,
          userName,
          disqualified: a.disqualified,
          ground: a.ground,
          reason: a.reason,
          assessedByName,
          assessedAt: a.assessedAt.toISOString(),
          version: a.version,
        })),
    })),
    decisionLines: viewerId === null ? lines : [],
    declarationsOpen: declarationsOpen(meeting.status),
    assessmentsOpen: await recordIsOpen(db, meetingId),
  };
}
