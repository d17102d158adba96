import { eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { MEETING_STATUSES, type MeetingStatus } from '../../core/meeting-status.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Db } from '../db/client.ts';
import { councils, users } from '../db/schema.ts';
import { uploadAttachment } from '../features/attachments/upload-attachment.ts';
import { createCase } from '../features/cases/create-case.ts';
import { declareConflict } from '../features/conflicts/declarations.ts';
import { createCouncil, replaceStandingCases } from '../features/councils/council-use-cases.ts';
import { addMembership } from '../features/councils/membership-use-cases.ts';
import { changeMeetingStatus } from '../features/meetings/change-meeting-status.ts';
import { createMeeting } from '../features/meetings/create-meeting.ts';
import { loadMeeting } from '../features/meetings/load-meeting.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import { seedDemoAssessments, seedDemoInterests } from './demo-conflicts.ts';
import {
  DEMO_COUNCIL,
  DEMO_MEETINGS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_STANDING_CASES,
  type DemoAssessment,
} from './demo-data.ts';
import {
  approveDemoMinutes,
  commentOnDemoMinutes,
  seedDemoFollowUps,
  writeDemoMinutes,
} from './seed-minutes.ts';
import { seedDemoMonitor } from './seed-monitor.ts';
import { seedDemoPlans } from './seed-plans.ts';
import { seedDemoPolicy } from './seed-policy.ts';

export const DEMO_ADMIN = { email: 'admin@radsrom.no', name: 'Systemadministrator' };

/** A small PDF standing in for an attachment in the demo. */
async function demoPdf(title: string, lines: readonly string[] = []): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText(title, { x: 60, y: 770, size: 16, font });
  page.drawText('Demovedlegg laget av Rådsrom.', { x: 60, y: 740, size: 11, font });
  for (const [i, line] of lines.entries()) {
    page.drawText(line, { x: 60, y: 710 - i * 16, size: 11, font });
  }
  return doc.save();
}

/** Creates the demo council through the same use cases the API calls. Returns false if present. */
export async function seedDemo(db: Db, storage: FileStorage): Promise<boolean> {
  const existing = await db
    .select()
    .from(councils)
    .where(eq(councils.shortName, DEMO_COUNCIL.shortName));
  if (existing.length) return false;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let [admin] = await db.select().from(users).where(eq(users.email, DEMO_ADMIN.email));
  if (!admin) {
    [admin] = await db
      .insert(users)
      .values({ ...DEMO_ADMIN, passwordHash, isSystemAdmin: true })
      .returning();
    if (!admin) throw new Error('insert returned nothing');
    await recordAudit(db, {
      userId: admin.id,
      entityType: 'user',
      entityId: admin.id,
      action: 'create',
      changes: { email: admin.email },
    });
  }
  const actor = admin.id;
  const council = await createCouncil(db, actor, DEMO_COUNCIL);
  const ids = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const m = await addMembership(db, actor, council.id, {
      email: person.email,
      name: person.name,
      role: person.role,
      organisation: person.organisation ?? null,
      ministry: person.ministry ?? null,
      title: person.title ?? null,
      periodStart: '2024-01-01',
      periodEnd: '2027-12-31',
    });
    ids.set(person.email, m.userId);
    if (person.login) await db.update(users).set({ passwordHash }).where(eq(users.id, m.userId));
  }
  await replaceStandingCases(db, actor, council.id, DEMO_STANDING_CASES);
  await seedDemoInterests(db, actor, council.id, ids);

  const sender = DEMO_PEOPLE.find((p) => p.title === 'avdelingsdirektør')?.name ?? '';
  const officers = DEMO_PEOPLE.filter(
    (p) => p.role === 'secretariat' && p.title !== 'avdelingsdirektør',
  );
  let previous: { minutesId: string; approve: boolean } | null = null;
  const topicalCaseIds: string[] = [];
  const caseIdsByTitle = new Map<string, string>();
  for (const [i, demo] of DEMO_MEETINGS.entries()) {
    const meetingId = await createMeeting(db, actor, council.id, {
      date: demo.date,
      startTime: demo.startTime,
      endTime: demo.endTime,
      locationKind: demo.locationKind,
      room: demo.room ?? null,
      address: demo.address ?? null,
      link: demo.link ?? null,
      withStandingCases: true,
    });
    const assessed: { caseId: string; assessments: DemoAssessment[] }[] = [];
    for (const c of demo.cases) {
      const officer = officers[i % officers.length];
      const caseId = await createCase(db, actor, meetingId, {
        title: c.title,
        caseTypes: c.caseTypes,
        addressee: DEMO_COUNCIL.name,
        sender,
        caseOfficerIds: officer ? [ids.get(officer.email) ?? ''] : [],
        previouslyHandledCaseIds: [],
        previouslyHandledText: c.previouslyHandledText ?? [],
        stakeholders: c.stakeholders ?? [],
        exemptionBasis: c.exemptionBasis ?? '',
        background: c.background,
        reason: c.reason,
        mainPoints: c.mainPoints ?? '',
        proposedDecision: c.proposedDecision,
      });
      topicalCaseIds.push(caseId);
      caseIdsByTitle.set(c.title, caseId);
      if (c.attachmentTitle) {
        await uploadAttachment(db, storage, actor, caseId, {
          title: c.attachmentTitle,
          fileName: `${c.attachmentTitle}.pdf`,
          bytes: await demoPdf(c.attachmentTitle, c.attachmentLines),
        });
      }
      for (const d of c.declarations ?? []) {
        await declareConflict(db, ids.get(d.email) ?? '', caseId, d.note);
      }
      if (c.assessments) assessed.push({ caseId, assessments: c.assessments });
    }
    const reached = (status: MeetingStatus) =>
      MEETING_STATUSES.indexOf(demo.status) >= MEETING_STATUSES.indexOf(status);
    if (reached('notice_sent')) await moveMeeting(db, actor, meetingId, 'notice_sent');
    // The previous meeting's minutes are approved in this meeting's approval case.
    if (previous?.approve && reached('notice_sent'))
      await approveDemoMinutes(db, actor, previous.minutesId);
    if (reached('held')) {
      await moveMeeting(db, actor, meetingId, 'held');
      for (const a of assessed) {
        await seedDemoAssessments(db, actor, a.caseId, a.assessments, ids);
      }
      const minutesId = await writeDemoMinutes(db, actor, meetingId);
      previous = { minutesId, approve: demo.status === 'minutes_approved' };
      if (demo.status === 'held') await commentOnDemoMinutes(db, actor, minutesId);
    }
  }
  await seedDemoPlans(db, actor, council.id, ids, caseIdsByTitle);
  await seedDemoPolicy(db, actor, council.id, ids);
  await seedDemoMonitor(db, actor, council.id);
  await seedDemoFollowUps(
    db,
    actor,
    council.id,
    [topicalCaseIds[3], topicalCaseIds[5]].filter((id): id is string => !!id),
  );
  return true;
}

async function moveMeeting(db: Db, actor: string, meetingId: string, status: MeetingStatus) {
  const { version } = await loadMeeting(db, meetingId);
  await changeMeetingStatus(db, actor, meetingId, { status, version });
}
