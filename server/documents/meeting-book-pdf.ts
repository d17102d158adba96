import {
  degrees,
  EncryptedPDFError,
  ParseSpeeds,
  PDFDocument,
  type PDFFont,
  type PDFPage,
  StandardFonts,
} from 'pdf-lib';
import { caseLabel, fileKind, isPdfAttachment, meetingLabel } from './case-paper-model.ts';
import type { AttachmentInfo, CasePaperInput, MeetingBookInput } from './input.ts';
import { layoutCasePaper } from './pdf-case-paper.ts';
import { layoutFrontMatter, type PageRefs } from './pdf-front-matter.ts';
import { A4, COLOR, type DrawOp, drawOps, Flow, type Fonts, TextMeasure } from './pdf-layout.ts';
import { toWinAnsi } from './pdf-text.ts';

/**
 * The meeting book: notice and agenda (the agenda doubles as table of contents), then every
 * case paper followed by its PDF attachments, numbered "Side N av M" throughout.
 */
export async function renderMeetingBookPdf(input: MeetingBookInput): Promise<Uint8Array> {
  const { doc, fonts, measure } = await createDocument(input, 'Møtebok');
  const refs: PageRefs = { cases: [], attachments: input.cases.map(() => []) };

  // The agenda's page count does not depend on the page numbers it will show, so its pages
  // are reserved first and drawn last, when every reference is known.
  const front = layoutFrontMatter(measure, input, refs);
  const frontPages = front.map(() => doc.addPage(A4));

  for (const [index, casePaper] of input.cases.entries()) {
    refs.cases[index] = doc.getPageCount() + 1;
    const notes = casePaper.attachments
      .filter((a) => !isPdfAttachment(a))
      .map((a) => `Vedlegg ${a.number}: ${a.title} (${fileKind(a)}, ikke satt inn i møteboken)`);
    addPages(doc, layoutCasePaper(measure, input.council, input.meeting, casePaper, notes), fonts);

    for (const attachment of casePaper.attachments) {
      if (!isPdfAttachment(attachment)) {
        refs.attachments[index]?.push(null);
        continue;
      }
      refs.attachments[index]?.push(doc.getPageCount() + 1);
      const problem = await mergeAttachment(doc, attachment);
      if (problem) addPages(doc, [placeholderPage(measure, casePaper, attachment, problem)], fonts);
    }
  }

  front.forEach((ops, i) => {
    const page = frontPages[i];
    if (page) drawOps(page, ops, fonts);
  });
  numberPages(doc, fonts.regular);
  return doc.save({ updateFieldAppearances: false, objectsPerTick: 1000 });
}

/** The notice alone: meeting facts and the agenda with each case's attachments. */
export async function renderNoticePdf(input: MeetingBookInput): Promise<Uint8Array> {
  const { doc, fonts, measure } = await createDocument(input, 'Innkalling og saksliste');
  addPages(doc, layoutFrontMatter(measure, input, null), fonts);
  numberPages(doc, fonts.regular);
  return doc.save({ updateFieldAppearances: false });
}

/** One case paper on its own; its attachments are listed in the header, not merged. */
export async function renderCasePaperPdf(
  input: Omit<MeetingBookInput, 'cases'>,
  casePaper: CasePaperInput,
): Promise<Uint8Array> {
  const book = { ...input, cases: [casePaper] };
  const { doc, fonts, measure } = await createDocument(
    book,
    `Saksframlegg ${caseLabel(casePaper)}`,
  );
  addPages(doc, layoutCasePaper(measure, input.council, input.meeting, casePaper, []), fonts);
  numberPages(doc, fonts.regular);
  return doc.save({ updateFieldAppearances: false });
}

async function createDocument(input: MeetingBookInput, kind: string) {
  const doc = await PDFDocument.create();
  const [regular, bold, italic, boldItalic] = await Promise.all([
    doc.embedFont(StandardFonts.Helvetica),
    doc.embedFont(StandardFonts.HelveticaBold),
    doc.embedFont(StandardFonts.HelveticaOblique),
    doc.embedFont(StandardFonts.HelveticaBoldOblique),
  ]);
  const fonts: Fonts = { regular, bold, italic, boldItalic };
  const { council, meeting } = input;
  doc.setTitle(`${kind} – ${council.name}, ${meetingLabel(meeting).toLocaleLowerCase('nb-NO')}`, {
    showInWindowTitleBar: true,
  });
  doc.setLanguage('nb-NO');
  doc.setAuthor(council.name);
  doc.setSubject(
    `${kind} for ${meetingLabel(meeting).toLocaleLowerCase('nb-NO')} (${meeting.date})`,
  );
  doc.setCreator('Rådsrom');
  doc.setProducer('Rådsrom');
  // Fixed dates keep the output reproducible for the same input.
  doc.setCreationDate(input.generatedAt);
  doc.setModificationDate(input.generatedAt);
  return { doc, fonts, measure: new TextMeasure(fonts) };
}

function addPages(doc: PDFDocument, pages: readonly DrawOp[][], fonts: Fonts): void {
  for (const ops of pages) drawOps(doc.addPage(A4), ops, fonts);
}

/** Copies an attachment's pages in; returns why it could not, instead of throwing. */
async function mergeAttachment(
  doc: PDFDocument,
  attachment: AttachmentInfo,
): Promise<string | null> {
  let source: PDFDocument;
  try {
    const bytes = await attachment.load();
    source = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fast });
    if (source.getPageCount() === 0) return 'filen har ingen sider';
  } catch (error) {
    if (error instanceof EncryptedPDFError) return 'filen er passordbeskyttet';
    return 'filen er skadet eller er ikke en gyldig PDF';
  }
  try {
    const pages = await doc.copyPages(source, source.getPageIndices());
    // The footer stamp reads each page's box and rotation; a broken page fails here, not later.
    for (const page of pages) {
      page.getCropBox();
      page.getRotation();
    }
    // copyPages touches no page tree, so a failure above leaves the book consistent.
    for (const page of pages) doc.addPage(page);
    return null;
  } catch {
    return 'filen har en struktur som ikke kan kopieres';
  }
}

function placeholderPage(
  measure: TextMeasure,
  casePaper: CasePaperInput,
  attachment: AttachmentInfo,
  problem: string,
): DrawOp[] {
  const flow = new Flow(measure);
  flow.newPage();
  flow.paragraph(
    [{ text: `${caseLabel(casePaper)} ${casePaper.title}`, font: 'regular', color: COLOR.muted }],
    {
      size: 10,
    },
  );
  flow.gap(4);
  flow.paragraph([{ text: `Vedlegg ${attachment.number}: ${attachment.title}`, font: 'bold' }], {
    size: 15,
  });
  flow.gap(10);
  flow.paragraph(
    [
      { text: `Vedlegget kunne ikke settes inn i møteboken (${problem}). `, font: 'regular' },
      {
        text: `Åpne originalfilen «${attachment.fileName}» i Rådsrom.`,
        font: 'regular',
        color: COLOR.muted,
      },
    ],
    { size: 11 },
  );
  return flow.pages[0] ?? [];
}

/** Final pass: "Side N av M" on every page, merged ones included, upright however they are rotated. */
function numberPages(doc: PDFDocument, font: PDFFont): void {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    stampFooter(page, toWinAnsi(`Side ${i + 1} av ${pages.length}`), font);
  });
}

function stampFooter(page: PDFPage, text: string, font: PDFFont): void {
  const size = 8.5;
  const width = font.widthOfTextAtSize(text, size);
  const box = page.getCropBox();
  const rotation = ((page.getRotation().angle % 360) + 360) % 360;
  const inset = 26;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const options = { size, font, color: COLOR.muted };
  if (rotation === 90) {
    page.drawText(text, {
      ...options,
      x: box.x + box.width - inset,
      y: cy - width / 2,
      rotate: degrees(90),
    });
  } else if (rotation === 180) {
    page.drawText(text, {
      ...options,
      x: cx + width / 2,
      y: box.y + box.height - inset,
      rotate: degrees(180),
    });
  } else if (rotation === 270) {
    page.drawText(text, { ...options, x: box.x + inset, y: cy + width / 2, rotate: degrees(270) });
  } else {
    page.drawText(text, { ...options, x: cx - width / 2, y: box.y + inset });
  }
}
