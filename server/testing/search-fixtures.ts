import { Document, Packer, Paragraph } from 'docx';
import { eq } from 'drizzle-orm';
import type { CaseType } from '../../core/case-types.ts';
import type { Actor } from '../auth/permissions.ts';
import type { Db } from '../db/client.ts';
import { caseMinutes, councils, users } from '../db/schema.ts';
import { uploadAttachment } from '../features/attachments/upload-attachment.ts';
import { createCase } from '../features/cases/create-case.ts';
import { createCouncil } from '../features/councils/council-use-cases.ts';
import { changeMeetingStatus } from '../features/meetings/change-meeting-status.ts';
import { createMeeting } from '../features/meetings/create-meeting.ts';
import { openMinutes } from '../features/minutes/open-minutes.ts';
import { updateCaseMinutes } from '../features/minutes/update-case-minutes.ts';
import { DEMO_COUNCIL } from '../seed/demo-data.ts';
import type { TestServer } from './test-server.ts';

type FixtureCase = {
  title: string;
  background?: string;
  caseTypes?: CaseType[];
  exemptionBasis?: string;
  officer?: string;
};

/**
 * Documents written for the search tests, beside the demo council's own: a 2019 meeting of
 * the demo council whose notice is sent (public), a held 2019 meeting with draft minutes,
 * and a second council with a public and a planned meeting.
 */
export async function writeSearchFixtures(server: TestServer) {
  const { db } = server;
  const userId = await userIdOf(db, 'sekretariat@radsrom.no');
  const adminId = await userIdOf(db, 'admin@radsrom.no');
  const [demo] = await db
    .select()
    .from(councils)
    .where(eq(councils.shortName, DEMO_COUNCIL.shortName));
  if (!demo) throw new Error('demo council missing');
  const nora = await userIdOf(db, 'radgiver@radsrom.no');

  const published = await meetingWith(db, userId, demo.id, '2019-03-14', [
    {
      title: 'Kliniske studier i kommunene',
      background: '<p>Rådet ser på forskning i primærhelsetjenesten.</p>',
      officer: nora,
    },
    {
      title: 'Årsrapport 2019',
      background: `<p>${filler(60)} Rapporten nevner også kliniske studier i ett avsnitt. ${filler(60)}</p>`,
    },
    {
      title: 'Tillit i helsetjenesten',
      background: '<p>Innlegg ved professor Stenstadvold om tillit.</p>',
    },
    { title: 'Samhandling', background: '<p>Notat fra Senstadvold om samhandling.</p>' },
    {
      title: 'Kommunal helseforskning',
      background: '<p>Kommunen har et ansvar, og flere kommuner deltar.</p>',
    },
    {
      title: 'Bærekraft i helsetjenesten',
      background: '<p>Bærekraft og bemanning.</p>',
      caseTypes: ['discussion'],
    },
    { title: 'Bærekraft og økonomi', background: '<p>Bærekraft og økonomi henger sammen.</p>' },
    {
      title: 'Studier og kliniske forhold',
      background: '<p>Studier av andre forhold, ikke kliniske.</p>',
    },
    {
      title: 'Personalsak i sekretariatet',
      background: '<p>Vurdering av lønnsvilkår for en navngitt rådgiver.</p>',
      exemptionBasis: 'offl. § 25',
    },
  ]);
  await setStatus(db, userId, published.meetingId, ['notice_sent']);
  const docx = await Packer.toBuffer(
    new Document({
      sections: [
        { children: [new Paragraph('Vedlegget drøfter legemiddelutprøvinger i Norden.')] },
      ],
    }),
  );
  const attachment = await uploadAttachment(
    db,
    server.storage,
    userId,
    published.caseIds[0] as string,
    {
      title: 'Nordisk notat',
      fileName: 'notat.docx',
      bytes: new Uint8Array(docx),
    },
  );

  // Held, with the minutes still a draft: only the secretariat may read what they say.
  const drafted = await meetingWith(db, userId, demo.id, '2019-06-12', [
    { title: 'Strategi for helsedata', background: '<p>Sekretariatet orienterte.</p>' },
  ]);
  await setStatus(db, userId, drafted.meetingId, ['notice_sent', 'held']);
  const minutes = await openMinutes(db, userId, drafted.meetingId);
  const [draftCaseId] = drafted.caseIds as [string];
  const [row] = await db.select().from(caseMinutes).where(eq(caseMinutes.caseId, draftCaseId));
  await updateCaseMinutes(db, userId, minutes.id, draftCaseId, {
    discussion: '<p>Rådet drøftet sommerfuglmodellen for deling av data.</p>',
    decision: '<p>Rådet slutter seg til sommerfuglmodellen.</p>',
    postponed: false,
    version: row?.version ?? 1,
  });

  const other = await createCouncil(db, adminId, {
    name: 'Rådet for søketester',
    shortName: 'RST',
  });
  const otherPublic = await meetingWith(db, adminId, other.id, '2020-02-05', [
    { title: 'Kliniske studier i Norden', background: '<p>Et annet råds sak.</p>' },
  ]);
  await setStatus(db, adminId, otherPublic.meetingId, ['notice_sent']);
  await meetingWith(db, adminId, other.id, '2027-02-05', [
    {
      title: 'Forberedelse av vinterkonferansen',
      background: '<p>Hemmelig planlegging av isbremodellen.</p>',
    },
  ]);
  return {
    demoCouncilId: demo.id,
    otherCouncilId: other.id,
    published,
    attachmentId: attachment.id,
    draftCaseId,
  };
}

/** An actor holding one role in one council, as `load-actor.ts` would build it. */
export function actorWith(
  councilId: string,
  role: Parameters<typeof roleMap>[1] | null,
  isSystemAdmin = false,
): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000000',
    name: 'Test',
    email: 'test@example.no',
    isSystemAdmin,
    roles: role ? roleMap(councilId, role) : new Map(),
  };
}

function roleMap(
  councilId: string,
  role: 'admin' | 'secretariat' | 'chair' | 'member' | 'substitute' | 'observer',
) {
  return new Map([[councilId, [role] as const]]);
}

async function meetingWith(
  db: Db,
  userId: string,
  councilId: string,
  date: string,
  list: FixtureCase[],
) {
  const meetingId = await createMeeting(db, userId, councilId, {
    date,
    startTime: '10:00',
    endTime: '15:00',
    locationKind: 'physical',
    room: null,
    address: null,
    link: null,
    withStandingCases: false,
  });
  const caseIds: string[] = [];
  for (const c of list) {
    caseIds.push(
      await createCase(db, userId, meetingId, {
        title: c.title,
        caseTypes: c.caseTypes ?? ['decision'],
        addressee: '',
        sender: '',
        caseOfficerIds: c.officer ? [c.officer] : [],
        previouslyHandledCaseIds: [],
        previouslyHandledText: [],
        stakeholders: [],
        exemptionBasis: c.exemptionBasis ?? '',
        background: c.background ?? '',
        reason: '',
        mainPoints: '',
        proposedDecision: '',
      }),
    );
  }
  return { meetingId, caseIds };
}

async function setStatus(
  db: Db,
  userId: string,
  meetingId: string,
  statuses: ('notice_sent' | 'held')[],
) {
  for (const [i, status] of statuses.entries()) {
    await changeMeetingStatus(db, userId, meetingId, { status, version: i + 1 });
  }
}

async function userIdOf(db: Db, email: string): Promise<string> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

/** Words that match nothing searched for, to make a long paper with one passing mention. */
function filler(words: number): string {
  const pool = [
    'rådet',
    'møtet',
    'arbeidet',
    'året',
    'planen',
    'sekretariatet',
    'innspill',
    'dialog',
  ];
  return Array.from({ length: words }, (_, i) => pool[i % pool.length]).join(' ');
}
