import { PDFDocument } from 'pdf-lib';
import { parseDocument } from '../core/import/parse-document.ts';
import { makeMeetingBookInput } from '../server/documents/fixtures.ts';
import { renderMeetingBookPdf } from '../server/documents/meeting-book-pdf.ts';
import { extractText } from '../server/features/attachments/extract-text.ts';
import { readImportFile } from '../server/features/imports/read-import-file.ts';

/**
 * Import speed in pages per second, on a meeting book of 60 case papers rendered with the
 * project's own renderer (notice, agenda and case papers; no merged attachments):
 * - text input: parseDocument on the book's extracted text;
 * - PDF input: readImportFile + parseDocument on the PDF;
 * - baseline: PDF text extraction alone (extractText), in the same run.
 * Target: PDF input at least half the baseline's speed, so the parser costs no more than the
 * extraction it depends on.
 */

const RUNS = 7;
const CASES = 60;
const TARGET_RATIO = 0.5;
const PDF = 'application/pdf';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const figures = (ms: number[]) =>
  `min ${Math.min(...ms).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`;

/** Runs the measurements in turn, RUNS times, so that load from other processes falls on all alike. */
async function timeAll(fns: Array<() => Promise<unknown>>): Promise<number[][]> {
  for (const fn of fns) await fn(); // warm-up: module loading, pdf.js workers and JIT are not measured
  const ms = fns.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      ms[k]?.push(performance.now() - start);
    }
  }
  return ms;
}

export async function run(): Promise<void> {
  const input = await makeMeetingBookInput({ cases: CASES, pdfAttachmentsPerCase: 0 });
  const bytes = await renderMeetingBookPdf(input);
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  const text = (await extractText(bytes, PDF)) ?? '';

  let found = 0;
  const [baseline = [], pdfInput = [], textInput = []] = await timeAll([
    () => extractText(bytes, PDF),
    async () => {
      const read = await readImportFile('møtebok.pdf', bytes);
      const result = parseDocument(read.text, 'møtebok.pdf');
      found = result.meetings.reduce((n, m) => n + m.cases.length, 0);
    },
    async () => parseDocument(text, 'møtebok.txt'),
  ]);

  const pagesPerSecond = (ms: number[]) => (pages * 1000) / median(ms);
  const baselineSpeed = pagesPerSecond(baseline);
  const pdfSpeed = pagesPerSecond(pdfInput);
  const textSpeed = pagesPerSecond(textInput);
  const ratio = pdfSpeed / baselineSpeed;
  const rows = [
    [
      'baseline: PDF text extraction only',
      `${baselineSpeed.toFixed(0)} pages/s`,
      `${median(baseline).toFixed(0)} ms; ${figures(baseline)}`,
    ],
    [
      'PDF input: readImportFile + parseDocument',
      `${pdfSpeed.toFixed(0)} pages/s`,
      `${median(pdfInput).toFixed(0)} ms; ${figures(pdfInput)}`,
    ],
    [
      'text input: parseDocument',
      `${textSpeed.toFixed(0)} pages/s`,
      `${median(textInput).toFixed(1)} ms; ${figures(textInput)}`,
    ],
    [
      'document',
      `${pages} pages`,
      `${CASES} case papers, ${(bytes.length / 1024).toFixed(0)} KiB, ${(text.length / 1000).toFixed(0)}k chars; ${found} cases found`,
    ],
    ['PDF input / baseline', `${ratio.toFixed(2)}`, `median of ${RUNS} runs each, after warm-up`],
  ];
  console.log('\nimport');
  for (const [label, value, note] of rows)
    console.log(`  ${label?.padEnd(46)} ${value?.padStart(14)}  ${note}`);
  console.log(
    `  target: PDF input ≥ ${TARGET_RATIO} × baseline speed (${ratio >= TARGET_RATIO ? 'met' : 'MISSED'})`,
  );
}
