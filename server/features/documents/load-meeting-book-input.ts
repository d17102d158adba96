import { eq } from 'drizzle-orm';
import { formatMeetingNumber } from '../../../core/numbers.ts';
import type { Db } from '../../db/client.ts';
import { councils } from '../../db/schema.ts';
import type { CasePaperInput, MeetingBookInput } from '../../documents/input.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { loadCase } from '../cases/load-case.ts';
import { loadMeeting, loadMeetingDetail } from '../meetings/load-meeting.ts';

type Loaded = Awaited<ReturnType<typeof loadCase>>;

export function casePaperInput(c: Loaded, storage: FileStorage): CasePaperInput {
  const { row } = c;
  return {
    caseNumber: c.number,
    title: row.title,
    caseTypes: row.caseTypes,
    addressee: row.addressee,
    sender: row.sender,
    caseOfficers: c.officers.map((o) => o.name),
    attachments: c.attachments.map((a, i) => ({
      number: i + 1,
      title: a.title,
      fileName: a.fileName,
      mediaType: a.mediaType,
      load: async () => new Uint8Array(await storage.get(a.storageKey)),
    })),
    previouslyHandled: [
      ...c.previouslyHandled.map((p) => `Sak ${p.number} ${p.title}`),
      ...row.previouslyHandledText,
    ],
    background: row.background,
    reason: row.reason,
    mainPoints: row.mainPoints,
    proposedDecision: row.proposedDecision,
  };
}

/** The council and meeting facts printed at the top of every document. */
export async function loadDocumentHeader(db: Db, meetingId: string) {
  const meeting = await loadMeeting(db, meetingId);
  const [council] = await db.select().from(councils).where(eq(councils.id, meeting.councilId));
  return {
    council: { name: council?.name ?? '', shortName: council?.shortName ?? '' },
    meeting: {
      number: formatMeetingNumber(meeting.number, meeting.year),
      date: meeting.date,
      startTime: meeting.startTime.slice(0, 5),
      endTime: meeting.endTime?.slice(0, 5) ?? null,
      locationKind: meeting.locationKind,
      room: meeting.room,
      address: meeting.address,
      link: meeting.link,
      status: meeting.status,
    },
  };
}

/** Gathers the data of a whole meeting for the notice and the meeting book. */
export async function loadMeetingBookInput(
  db: Db,
  storage: FileStorage,
  meetingId: string,
): Promise<MeetingBookInput> {
  const header = await loadDocumentHeader(db, meetingId);
  const detail = await loadMeetingDetail(db, meetingId);
  const papers: CasePaperInput[] = [];
  for (const item of detail.agenda)
    papers.push(casePaperInput(await loadCase(db, item.case.id), storage));
  return { ...header, cases: papers, generatedAt: new Date() };
}
