import { degrees, PDFDocument, PDFName, type PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { expectInOrder, pageTexts, readZipEntry, xmlText } from '../testing/read-documents.ts';
import { renderCasePaperDocx } from './case-paper-docx.ts';
import { makeAttachmentPdf, makeMeetingBookInput } from './fixtures.ts';
import { parseHtmlBlocks } from './html-blocks.ts';
import type { AttachmentInfo, MeetingBookInput } from './input.ts';
import { renderMeetingBookPdf, renderNoticePdf } from './meeting-book-pdf.ts';
import { toWinAnsi } from './pdf-text.ts';

describe('meeting book PDF', async () => {
  const loads: string[] = [];
  const input = await makeMeetingBookInput({
    cases: 6,
    pdfAttachmentsPerCase: 2,
    pagesPerAttachment: 3,
    corruptAttachment: true,
    docxAttachment: true,
    onLoad: (a) => loads.push(a.fileName),
  });
  const bytes = await renderMeetingBookPdf(input);
  const pages = await pageTexts(bytes);
  const front = pages.slice(0, 2).join(' ');

  it('opens with the notice and an agenda in agenda order', () => {
    expect(pages[0]).toContain('Innkalling til møte 3/2025');
    expect(pages[0]).toContain('Onsdag 18. juni 2025');
    expect(pages[0]).toContain('kl. 10:00–15:00');
    expect(pages[0]).toContain('Digitalt: https://zoom.us/j/123456789');
    expect(pages[0]).toContain('Saksliste');
    expectInOrder(
      front,
      input.cases.flatMap((c) => [`Sak ${c.caseNumber}`, c.title]),
    );
  });

  it('numbers every page "Side N av M" with M the page count', () => {
    pages.forEach((text, i) => {
      expect(text).toContain(`Side ${i + 1} av ${pages.length}`);
    });
  });

  it('merges every attachment page, in order, after its case paper', () => {
    const attachmentPages = pages.filter((t) => t.includes('Vedleggsside'));
    expect(attachmentPages).toHaveLength(6 * 2 * 3);
    const ownPages = pages.length - attachmentPages.length;
    expect(ownPages).toBeGreaterThanOrEqual(1 + 6 + 1); // front, one per case, corrupt placeholder
    expectInOrder(
      pages.join(' '),
      input.cases.flatMap((c) => [
        `Sak ${c.caseNumber}`,
        ...[1, 2].flatMap((a) =>
          [1, 2, 3].map((p) => `Vedlegg ${a} til sak ${c.caseNumber} Vedleggsside ${p} av 3`),
        ),
      ]),
    );
  });

  it('points the agenda at the pages where cases and attachments start', async () => {
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(pages.length);
    for (const c of input.cases) {
      const entry = new RegExp(`Sak ${c.caseNumber} ${c.title}[ .]*(\\d+)`).exec(front);
      const page = Number(entry?.[1]);
      expect(pages[page - 1]).toContain(`Saksframlegg Møte 3/2025 Sak ${c.caseNumber}`);
      const attachment = new RegExp(`Vedlegg 2: ${c.title} – notat 2[ .]*(\\d+)`).exec(front);
      expect(pages[Number(attachment?.[1]) - 1]).toContain(
        `Vedlegg 2 til sak ${c.caseNumber} Vedleggsside 1 av 3`,
      );
    }
  });

  it('survives a corrupt attachment and mentions files it cannot merge', () => {
    expect(
      pages.some(
        (t) => t.includes('Vedlegg 4: Skadet skannet brev') && t.includes('kunne ikke settes inn'),
      ),
    ).toBe(true);
    expect(pages.join(' ')).toContain(
      'Vedlegg 3: Merknader til referatet (DOCX, ikke satt inn i møteboken)',
    );
  });

  it('loads each PDF attachment once and never loads other files', () => {
    expect(loads).toHaveLength(6 * 2 + 1);
    expect(loads).not.toContain('merknader.docx');
  });

  it('sets title and language', async () => {
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toContain('HelseOmsorg21-rådet');
    expect((doc.catalog.lookup(PDFName.of('Lang')) as PDFString).decodeText()).toBe('nb-NO');
  });

  it('lets the agenda run over several pages and keeps references right', async () => {
    const big = await makeMeetingBookInput({ cases: 45, pdfAttachmentsPerCase: 0 });
    const texts = await pageTexts(await renderMeetingBookPdf(big));
    const last = big.cases[big.cases.length - 1];
    const tocEnd = texts.findIndex((t) => t.includes('Saksframlegg'));
    expect(tocEnd).toBeGreaterThan(1);
    const ref = new RegExp(`Sak ${last?.caseNumber} ${last?.title}[ .]*(\\d+)`).exec(
      texts.slice(0, tocEnd).join(' '),
    );
    expect(texts[Number(ref?.[1]) - 1]).toContain(`Sak ${last?.caseNumber}`);
  });

  it('copes with failing loads, rotated pages, odd characters and empty sections', async () => {
    const rotated = await PDFDocument.create();
    rotated.addPage([842, 595]).setRotation(degrees(90));
    const rotatedBytes = await rotated.save();
    const base = await makeMeetingBookInput({ cases: 1, pdfAttachmentsPerCase: 0 });
    const extra = (
      number: number,
      fileName: string,
      load: () => Promise<Uint8Array>,
    ): AttachmentInfo => ({
      number,
      title: `Vedlegg ${number}`,
      fileName,
      mediaType: 'application/pdf',
      load,
    });
    const odd: MeetingBookInput = {
      ...base,
      meeting: { ...base.meeting, locationKind: 'digital', room: null, address: null },
      cases: base.cases.map((c) => ({
        ...c,
        title: 'Emoji 🚑, gresk αβγ, \u0007kontroll og \u200bnullbredde – «sitat» ‘…’',
        caseOfficers: [],
        background: '<p>Ω≥5 → 𝔸 ✓</p><table><tr><td></td></tr></table><ul><li></li></ul>',
        mainPoints: '<p>&nbsp;</p>',
        proposedDecision: '',
        attachments: [
          extra(1, 'feiler.pdf', () => Promise.reject(new Error('lagring utilgjengelig'))),
          extra(2, 'rotert.pdf', async () => rotatedBytes),
          extra(3, 'tom.pdf', async () => new Uint8Array()),
        ],
      })),
    };
    const texts = await pageTexts(await renderMeetingBookPdf(odd));
    expect(texts.join(' ')).toContain('Emoji ?, gresk alfabetagamma');
    expect(texts.join(' ')).not.toContain('Hovedpunkter');
    expect(texts.filter((t) => t.includes('kunne ikke settes inn'))).toHaveLength(2);
    texts.forEach((t, i) => {
      expect(t).toContain(`Side ${i + 1} av ${texts.length}`);
    });
    expect(texts[0]).toContain('Digitalt: https://zoom.us/j/123456789');
  });
});

describe('notice PDF', () => {
  it('has the notice and agenda but no case papers or attachments', async () => {
    const input = await makeMeetingBookInput({
      cases: 8,
      pdfAttachmentsPerCase: 1,
      pagesPerAttachment: 2,
    });
    const texts = await pageTexts(await renderNoticePdf(input));
    const all = texts.join(' ');
    expect(all).toContain('Innkalling til møte 3/2025');
    expectInOrder(
      all,
      input.cases.map((c) => c.title),
    );
    expect(all).not.toContain('Vedleggsside');
    expect(all).not.toContain('Saksframlegg');
    expect(all).toContain(`Side 1 av ${texts.length}`);
  });
});

describe('case paper DOCX', async () => {
  const input = await makeMeetingBookInput({
    cases: 5,
    pdfAttachmentsPerCase: 2,
    pagesPerAttachment: 1,
  });
  const casePaper = input.cases[4];
  if (!casePaper) throw new Error('fixture has five cases');
  casePaper.previouslyHandled = ['12/2/2025 Oversikt over høringer'];
  const zip = await renderCasePaperDocx(input.council, input.meeting, casePaper);
  const text = xmlText(readZipEntry(zip, 'word/document.xml'));

  it('has the title lines and every header field', () => {
    expectInOrder(text, [
      'Saksframlegg',
      'Møte 3/2025',
      'Sak 34/3/2025',
      casePaper.title,
      'Type sak',
      'Orienteringssak/Diskusjonssak',
      'Til',
      'HelseOmsorg21-rådet',
      'Fra',
      'Kari Nordmann, avdelingsdirektør',
      'Saksbehandler',
      'Per Hansen',
      'Vedlegg',
      `1. ${casePaper.attachments[0]?.title}`,
      `2. ${casePaper.attachments[1]?.title}`,
      'Tidligere behandlet',
      '12/2/2025 Oversikt over høringer',
    ]);
  });

  it('has every section with its text, lists and table cells', () => {
    expectInOrder(text, [
      'Bakgrunn',
      'Tabellen viser dokumenter',
      'NOU om helsepersonell i distriktene',
      'Oversikten oppdateres før hvert møte.',
      'Hvorfor saken fremmes',
      'Rådet bør drøfte',
      'Hovedpunkter',
      'kommunenes forskningskapasitet',
      'Forslag til vedtak',
      'Rådet ber sekretariatet lage utkast til høringssvar.',
    ]);
    const xml = readZipEntry(zip, 'word/document.xml');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/<w:gridSpan w:val="4"\/>/);
    expect(xml).toMatch(/<w:numPr>/);
  });

  it('leaves out an empty "Hovedpunkter" and sets title and language', async () => {
    const plain = input.cases[0];
    if (!plain) throw new Error('fixture has cases');
    const other = await renderCasePaperDocx(input.council, input.meeting, plain);
    expect(xmlText(readZipEntry(other, 'word/document.xml'))).not.toContain('Hovedpunkter');
    expect(readZipEntry(other, 'docProps/core.xml')).toContain(
      `Sak ${plain.caseNumber} ${plain.title}`,
    );
    expect(readZipEntry(other, 'word/styles.xml')).toContain('w:val="nb-NO"');
  });
});

describe('html blocks', () => {
  it('reads headings, inline styles, links, breaks, nested lists and tables', () => {
    const blocks = parseHtmlBlocks(
      '<h2>Overskrift</h2><p>Et <strong>fett</strong> og <em>kursivt</em> ord,<br> <a href="https://x.no">lenke</a> &amp; mer.</p>' +
        '<p>&nbsp;</p><ol><li>En<ul><li>Under</li></ul></li><li><p>To</p></li></ol>' +
        '<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td colspan="2">C<br>D</td></tr></tbody></table>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'table']);
    const paragraph = blocks[1];
    if (paragraph?.kind !== 'paragraph') throw new Error('paragraph expected');
    expect(paragraph.runs).toEqual([
      { text: 'Et ', bold: false, italic: false, href: null },
      { text: 'fett', bold: true, italic: false, href: null },
      { text: ' og ', bold: false, italic: false, href: null },
      { text: 'kursivt', bold: false, italic: true, href: null },
      { text: ' ord,', bold: false, italic: false, href: null },
      { text: '\n', bold: false, italic: false, href: null },
      { text: 'lenke', bold: false, italic: false, href: 'https://x.no' },
      { text: ' & mer.', bold: false, italic: false, href: null },
    ]);
    const list = blocks[2];
    if (list?.kind !== 'list') throw new Error('list expected');
    expect(list.ordered).toBe(true);
    expect(list.items[0]?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list']);
    const table = blocks[3];
    if (table?.kind !== 'table') throw new Error('table expected');
    expect(table.rows[0]?.header).toBe(true);
    expect(table.rows[1]?.cells[0]?.colSpan).toBe(2);
    expect(table.rows[1]?.cells[0]?.runs.map((r) => r.text).join('')).toBe('C\nD');
  });

  it('treats empty markup as no content', () => {
    expect(parseHtmlBlocks('')).toEqual([]);
    expect(parseHtmlBlocks('<p> <br> </p><p>&nbsp;</p><ul><li></li></ul>')).toEqual([]);
  });
});

describe('toWinAnsi', () => {
  it('keeps Norwegian text and replaces what Helvetica cannot encode', async () => {
    expect(toWinAnsi('Blåbærsyltetøy – «ÆØÅ» • 5 €')).toBe('Blåbærsyltetøy – «ÆØÅ» • 5 €');
    expect(toWinAnsi('a → b ≤ c 🚑 Łódź')).toBe('a -> b <= c ? Lódz');
    expect(toWinAnsi('👍🏽 og 👨‍👩‍👧 ok')).toBe('? og ? ok');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    let all = '';
    for (let code = 0; code < 0x3000; code++) all += String.fromCodePoint(code);
    all += '🚑👍🏽𝔸\ud800';
    expect(() => font.encodeText(toWinAnsi(all))).not.toThrow();
  });
});

it('fixture attachments are real PDFs', async () => {
  const doc = await PDFDocument.load(await makeAttachmentPdf('Prøve', 2));
  expect(doc.getPageCount()).toBe(2);
});
