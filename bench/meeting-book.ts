import { PDFDocument } from 'pdf-lib';
import { makeMeetingBookInput } from '../server/documents/fixtures.ts';
import type { MeetingBookInput } from '../server/documents/input.ts';
import { renderMeetingBookPdf } from '../server/documents/meeting-book-pdf.ts';

/**
 * Meeting book with 15 cases and 30 attached 10-page PDFs. Targets: under 2 s and 300 MB.
 * The baseline only loads and copies the 300 attachment pages, without any layout, so the
 * difference is what the book itself costs.
 */

const RUNS = 7;
const TARGET_MS = 2000;
const TARGET_MB = 300;

const mb = (bytes: number) => bytes / 1024 / 1024;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function copyAttachmentsOnly(input: MeetingBookInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const casePaper of input.cases) {
    for (const attachment of casePaper.attachments) {
      const source = await PDFDocument.load(await attachment.load(), { updateMetadata: false });
      for (const page of await doc.copyPages(source, source.getPageIndices())) doc.addPage(page);
    }
  }
  return doc.save();
}

async function time(
  fn: () => Promise<Uint8Array>,
): Promise<{ ms: number[]; pages: number; bytes: number }> {
  await fn(); // warm-up: module loading and JIT are not what we measure
  const ms: number[] = [];
  let last: Uint8Array = new Uint8Array();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = await fn();
    ms.push(performance.now() - start);
  }
  const pages = (await PDFDocument.load(last, { updateMetadata: false })).getPageCount();
  return { ms, pages, bytes: last.byteLength };
}

export async function run(): Promise<void> {
  const input = await makeMeetingBookInput({
    cases: 15,
    pdfAttachmentsPerCase: 2,
    pagesPerAttachment: 10,
  });
  const rssBefore = process.memoryUsage().rss;

  // Sampled while the book builds; pdf-lib yields between batches of objects, so samples land mid-build.
  let sampledPeak = rssBefore;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
  }, 2);

  const baseline = await time(() => copyAttachmentsOnly(input));
  const book = await time(() => renderMeetingBookPdf(input));
  clearInterval(sampler);
  const maxRss = (process.resourceUsage().maxRSS * 1024) / 1024 / 1024; // maxRSS is in KiB

  const bookMs = median(book.ms);
  const rows = [
    [
      'baseline: load + copy attachment pages only',
      `${median(baseline.ms).toFixed(0)} ms`,
      `${baseline.pages} pages`,
    ],
    [
      'meeting book (15 cases, 30 × 10-page PDFs)',
      `${bookMs.toFixed(0)} ms`,
      `${book.pages} pages, ${(book.bytes / 1024).toFixed(0)} KiB`,
    ],
    [
      '  min / max of runs',
      `${Math.min(...book.ms).toFixed(0)} / ${Math.max(...book.ms).toFixed(0)} ms`,
      `${RUNS} runs + warm-up`,
    ],
    ['RSS before runs (fixture built)', `${mb(rssBefore).toFixed(0)} MB`, ''],
    ['RSS peak, sampled every 2 ms', `${mb(sampledPeak).toFixed(0)} MB`, ''],
    ['RSS peak of the process (maxRSS)', `${maxRss.toFixed(0)} MB`, 'includes fixture generation'],
  ];
  console.log('\nmeeting-book');
  for (const [label, value, note] of rows)
    console.log(`  ${label?.padEnd(46)} ${value?.padStart(12)}  ${note}`);
  console.log(
    `  targets: < ${TARGET_MS} ms (${bookMs < TARGET_MS ? 'met' : 'MISSED'}), < ${TARGET_MB} MB (${maxRss < TARGET_MB ? 'met' : 'MISSED'})`,
  );
}
