import { describe, expect, it } from 'vitest';
import { expectInOrder, pageTexts, readZipEntry, xmlText } from '../testing/read-documents.ts';
import { isBlankHtml } from './html-blocks.ts';
import { renderMinutesDocx } from './minutes-docx.ts';
import { makeApprovedMinutesInput, makeMinutesInput } from './minutes-fixtures.ts';
import type { MinutesInput } from './minutes-input.ts';
import { attendanceText, formatOsloDateTime } from './minutes-model.ts';
import { renderMinutesPdf } from './minutes-pdf.ts';

const plain = (html: string) =>
  html
    .replace(/<\/(p|li)>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const HEADINGS = {
  present: 'Til stede',
  absent: 'Forfall',
  substitutes: 'Møtende vara',
  observers: 'Observatører',
  secretariat: 'Til stede fra sekretariatet',
  guests: 'Gjester',
} as const;

/** Every attendance heading followed by its people, in the order the minutes list them. */
function attendanceNeedles(input: MinutesInput): string[] {
  return Object.entries(HEADINGS).flatMap(([key, heading]) => [
    heading,
    ...input.attendance[key as keyof typeof HEADINGS].map(attendanceText),
  ]);
}

/** Case number, title, discussion (first words), then the decision or "Saken ble utsatt.". */
function caseNeedles(input: MinutesInput): string[] {
  return input.cases.flatMap((c) => [
    `Sak ${c.caseNumber}`,
    c.title,
    ...(isBlankHtml(c.discussion) ? [] : [plain(c.discussion).split(' ').slice(0, 4).join(' ')]),
    ...(c.postponed ? ['Saken ble utsatt.'] : []),
    ...(isBlankHtml(c.decision) ? [] : ['Vedtak', plain(c.decision).split('. ')[0] ?? '']),
  ]);
}

describe('minutes PDF, draft', async () => {
  const input = makeMinutesInput();
  const pages = await pageTexts(await renderMinutesPdf(input));
  const all = pages.join(' ');

  it('opens with title, meeting, council and the meeting facts', () => {
    expectInOrder(pages[0] ?? '', [
      'HelseOmsorg21-rådet',
      'Referat',
      'Møte 3/2025',
      'Dato Onsdag 17. september 2025',
      'Tid kl. 10:00–15:00',
      'Sted Møterom Abel, 2. etasje Drammensveien 288, Oslo Digitalt: https://zoom.us/j/123456789',
    ]);
  });

  it('marks the draft with its version and the comment deadline in Oslo time', () => {
    expect(pages[0]).toContain('UTKAST, VERSJON 2');
    expect(pages[0]).toContain('Status Utkast, versjon 2');
    // 10:00 UTC on 30 September is 12:00 in Oslo (summer time).
    expect(pages[0]).toContain('Merknadsfrist Tirsdag 30. september 2025 kl. 12:00');
    expect(all).not.toContain('Godkjent');
  });

  it('says "Utkast" on every page, not only the first', () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) expect(text).toMatch(/Utkast|UTKAST/);
  });

  it('lists every attendance block with its people, in order', () => {
    expectInOrder(all, attendanceNeedles(input));
    expect(all).toContain('Kari Nilsen (leder), Universitetet i Tromsø');
    expect(all).toContain('Line Aas, Helse Sør-Øst, for Marte Dahl');
  });

  it('has every case with discussion and decision, in agenda order', () => {
    expectInOrder(all, caseNeedles(input));
    expectInOrder(all, ['Sak 35/3/2025 Møteplan for 2026 Saken ble utsatt.', 'Sak 36/3/2025']);
    expect(all).toContain('1. Nettverk for kommunal forskning i hver region.');
  });

  it('numbers every page "Side N av M"', () => {
    pages.forEach((text, i) => {
      expect(text).toContain(`Side ${i + 1} av ${pages.length}`);
    });
  });
});

describe('minutes PDF, approved', async () => {
  const input = makeApprovedMinutesInput();
  const pages = await pageTexts(await renderMinutesPdf(input));
  const all = pages.join(' ');

  it('shows the approval and no draft mark anywhere', () => {
    expect(pages[0]).toContain('Godkjent Onsdag 12. november 2025 Godkjent i sak 40/4/2025');
    expect(all).not.toMatch(/utkast|merknadsfrist|versjon \d/i);
  });

  it('keeps the attendance, the cases and the page numbers', () => {
    expectInOrder(all, attendanceNeedles(input));
    expectInOrder(all, caseNeedles(input));
    pages.forEach((text, i) => {
      expect(text).toContain(`Side ${i + 1} av ${pages.length}`);
    });
  });
});

describe('minutes PDF, edge cases', () => {
  it('leaves out the deadline before circulation and empty attendance blocks', async () => {
    const base = makeMinutesInput();
    const input = makeMinutesInput({
      status: 'draft',
      versionNumber: 1,
      commentDeadline: null,
      attendance: { ...base.attendance, guests: [], substitutes: [] },
    });
    const all = (await pageTexts(await renderMinutesPdf(input))).join(' ');
    expect(all).toContain('UTKAST, VERSJON 1');
    expect(all).not.toContain('Merknadsfrist');
    expect(all).not.toContain('Gjester');
    expect(all).not.toContain('Møtende vara');
  });

  it('flows long minutes over many pages and survives text Helvetica cannot draw', async () => {
    const base = makeMinutesInput();
    const cases = Array.from({ length: 24 }, (_, i) => ({
      ...(base.cases[i % base.cases.length] as MinutesInput['cases'][number]),
      caseNumber: `${40 + i}/3/2025`,
      discussion: `<p>Innspill 🎉 fra Łódź og Δ-gruppen, runde ${i + 1}.</p>`.repeat(6),
    }));
    const pages = await pageTexts(await renderMinutesPdf({ ...base, cases }));
    expect(pages.length).toBeGreaterThan(4);
    expectInOrder(
      pages.join(' '),
      cases.map((c) => `Sak ${c.caseNumber}`),
    );
    expect(pages.join(' ')).toContain('Innspill ? fra Lódz og Delta-gruppen, runde 1.');
    pages.forEach((text, i) => {
      expect(text).toContain(`Side ${i + 1} av ${pages.length}`);
    });
  });

  it('formats deadlines in Oslo time, winter and summer alike', () => {
    expect(formatOsloDateTime('2025-12-01T11:00:00Z')).toBe('mandag 1. desember 2025 kl. 12:00');
    expect(formatOsloDateTime('2025-06-30T21:59:59.999Z')).toBe('mandag 30. juni 2025 kl. 23:59');
  });
});

describe('minutes DOCX', async () => {
  const draft = await renderMinutesDocx(makeMinutesInput());
  const approved = await renderMinutesDocx(makeApprovedMinutesInput());
  const body = xmlText(readZipEntry(draft, 'word/document.xml'));

  it('has title, facts, attendance and cases in order', () => {
    const input = makeMinutesInput();
    expectInOrder(body, [
      'HelseOmsorg21-rådet',
      'Referat',
      'Møte 3/2025',
      'Dato Onsdag 17. september 2025',
      'Merknadsfrist Tirsdag 30. september 2025 kl. 12:00',
    ]);
    expectInOrder(body, attendanceNeedles(input));
    expectInOrder(body, caseNeedles(input));
    expect(body).toContain('Sak 35/3/2025 Møteplan for 2026 Saken ble utsatt.');
  });

  it('marks drafts on the first page and in the running header', () => {
    expect(body).toContain('UTKAST, VERSJON 2');
    const headers = ['word/header1.xml', 'word/header2.xml']
      .map((name) => {
        try {
          return xmlText(readZipEntry(draft, name));
        } catch {
          return '';
        }
      })
      .join(' ');
    expect(headers).toContain('Utkast, versjon 2');
  });

  it('numbers pages with Word fields', () => {
    const footer = readZipEntry(draft, 'word/footer1.xml');
    expect(xmlText(footer)).toContain('Referat møte 3/2025 · Side');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
  });

  it('shows the approval on approved minutes, with no draft mark', () => {
    const text = xmlText(readZipEntry(approved, 'word/document.xml'));
    expect(text).toContain('Godkjent Onsdag 12. november 2025 Godkjent i sak 40/4/2025');
    expect(text).not.toMatch(/utkast|merknadsfrist/i);
    expect(() => readZipEntry(approved, 'word/header1.xml')).toThrow();
    expectInOrder(text, caseNeedles(makeApprovedMinutesInput()));
  });
});
