import { formatLongDate, formatTimeRange } from '../../core/dates.ts';
import { isAgendaDraft } from '../../core/meeting-status.ts';
import { caseLabel, fileKind, isPdfAttachment, meetingLabel } from './case-paper-model.ts';
import type { MeetingBookInput, MeetingInfo } from './input.ts';
import { TYPE } from './pdf-case-paper.ts';
import { COLOR, type DrawOp, Flow, type TextMeasure } from './pdf-layout.ts';
import { drawTable } from './pdf-table.ts';
import { toWinAnsi } from './pdf-text.ts';

/**
 * The notice ("Innkalling") and the agenda ("Saksliste"). In the meeting book the agenda is the
 * table of contents: page numbers are late-bound, so the layout (and its page count) is known
 * before the case papers and attachments are placed.
 */

export type PageRefs = {
  /** 1-based page where each case starts, by agenda index; filled in while the book is built. */
  cases: number[];
  /** Per case, per attachment: its first page; null when it is not in the book (not a PDF). */
  attachments: Array<Array<number | null>>;
};

const NUMBER_COLUMN = 86;
const PAGE_COLUMN = 30;

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1);
}

export function placeLines(meeting: MeetingInfo): string[] {
  const physical = [meeting.room, meeting.address]
    .map((s) => s?.trim())
    .filter((s): s is string => !!s);
  const digital = meeting.link?.trim() ? `Digitalt: ${meeting.link.trim()}` : 'Digitalt';
  if (meeting.locationKind === 'digital') return [digital];
  if (meeting.locationKind === 'hybrid') return [...physical, digital];
  return physical.length > 0 ? physical : ['–'];
}

const generatedFormat = new Intl.DateTimeFormat('nb-NO', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Oslo',
});

/** Lays out the notice and agenda; `refs` null means a plain notice without page numbers. */
export function layoutFrontMatter(
  measure: TextMeasure,
  input: MeetingBookInput,
  refs: PageRefs | null,
): DrawOp[][] {
  const { council, meeting, cases } = input;
  const flow = new Flow(measure);
  flow.newPage();

  const top = flow.y - 11;
  flow.text(flow.left, top, council.name, 'bold', 11, { color: COLOR.muted });
  if (isAgendaDraft(meeting.status)) {
    flow.text(flow.left + flow.width, top, 'Utkast', 'bold', 11, {
      color: COLOR.muted,
      align: 'right',
    });
  }
  flow.y -= 24;
  flow.paragraph(
    [{ text: `Innkalling til ${meetingLabel(meeting).toLocaleLowerCase('nb-NO')}`, font: 'bold' }],
    {
      size: 22,
      lineHeight: 27,
    },
  );
  flow.gap(14);

  const facts: Array<[string, string[]]> = [
    ['Dato', [capitalize(formatLongDate(meeting.date))]],
    ['Tid', [formatTimeRange(meeting.startTime, meeting.endTime)]],
    ['Sted', placeLines(meeting)],
  ];
  drawTable(
    flow,
    facts.map(([label, lines]) => ({
      cells: [
        { runs: [{ text: label, font: 'bold' }] },
        { runs: [{ text: lines.join('\n'), font: 'regular' }] },
      ],
    })),
    {
      size: 11,
      borders: 'rows',
      columnWidths: [NUMBER_COLUMN, flow.width - NUMBER_COLUMN],
      padding: { x: 2, y: 5 },
    },
  );
  flow.gap(8);
  const made = generatedFormat.format(input.generatedAt);
  flow.paragraph(
    [
      {
        text: `${refs ? 'Møteboken' : 'Innkallingen'} er laget ${made}.`,
        font: 'italic',
        color: COLOR.muted,
      },
    ],
    {
      size: TYPE.small,
    },
  );

  flow.gap(26);
  flow.ensure(60);
  flow.paragraph([{ text: 'Saksliste', font: 'bold' }], { size: 15 });
  flow.gap(4);
  flow.rule(0.8, COLOR.text);
  flow.gap(8);

  const titleX = flow.left + NUMBER_COLUMN;
  const right = flow.left + flow.width;
  const titleWidth = right - titleX - (refs ? PAGE_COLUMN + 10 : 0);

  if (cases.length === 0) {
    flow.paragraph([{ text: 'Ingen saker er satt opp.', font: 'italic' }], { size: TYPE.body });
  }
  cases.forEach((casePaper, index) => {
    const lines = measure.wrap([{ text: casePaper.title, font: 'bold' }], TYPE.body, titleWidth);
    const lh = TYPE.body * 1.38;
    flow.ensure(lines.length * lh + (casePaper.attachments.length > 0 ? lh : 0));
    flow.text(flow.left, flow.y - lh * 0.74, caseLabel(casePaper), 'bold', TYPE.body);
    lines.forEach((line, n) => {
      flow.ensure(lh);
      const baseline = flow.y - lh * 0.74;
      flow.drawLine(line, titleX, baseline, TYPE.body);
      if (refs && n === lines.length - 1) {
        leader(flow, titleX + line.width, right - PAGE_COLUMN, baseline);
        flow.text(right, baseline, () => String(refs.cases[index] ?? ''), 'bold', TYPE.body, {
          align: 'right',
        });
      }
      flow.y -= lh;
    });
    casePaper.attachments.forEach((attachment, n) => {
      const merged = isPdfAttachment(attachment);
      const label = `Vedlegg ${attachment.number}: ${attachment.title}${merged ? '' : ` (${fileKind(attachment)})`}`;
      const size = TYPE.table;
      const alh = size * 1.36;
      const attLines = measure.wrap(
        [{ text: label, font: 'regular', color: COLOR.muted }],
        size,
        titleWidth - 14,
      );
      attLines.forEach((line, k) => {
        flow.ensure(alh);
        const baseline = flow.y - alh * 0.74;
        flow.drawLine(line, titleX + 14, baseline, size);
        if (refs && merged && k === attLines.length - 1) {
          const ref = () => String(refs.attachments[index]?.[n] ?? '');
          leader(flow, titleX + 14 + line.width, right - PAGE_COLUMN, baseline, size);
          flow.text(right, baseline, ref, 'regular', size, { align: 'right', color: COLOR.muted });
        }
        flow.y -= alh;
      });
    });
    flow.gap(7);
  });
  return flow.pages;
}

/** Dot leaders between an agenda title and its page number. */
function leader(flow: Flow, from: number, to: number, baseline: number, size = TYPE.body): void {
  const dot = flow.measure.width(' .', 'regular', size);
  const start = from + 6;
  const count = Math.floor((to - start) / dot);
  if (count < 2) return;
  const text = toWinAnsi(' .'.repeat(count));
  flow.text(to - count * dot, baseline, text, 'regular', size, { color: COLOR.rule });
}
