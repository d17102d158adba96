/**
 * One case of the minutes as an ImportedCase: its title, and its text split into what the
 * minutes say (minutesText) and the decision (vedtak), wherever extraction put the "Vedtak"
 * label.
 */
import type { MeetingRef } from './case-numbers.ts';
import { type CaseDraft, canonicalNumber } from './minutes-cases.ts';
import {
  endsSentence,
  type Item,
  joinLines,
  MAX_STRUCTURED_LINE,
  startsLower,
  startsSentence,
  type Warn,
} from './minutes-text.ts';
import { collapseSpaces } from './source-text.ts';
import type { ImportedCase } from './types.ts';

const VEDTAK =
  /^(?:vedtak|rådets vedtak|vedtak i saken|konklusjon|beslutning|avgjerd)(?![\p{L}])\s*(:?)\s*(.*)$/iu;

/** A "Vedtak" label, and the text after it on its line. */
function matchVedtak(text: string): { rest: string } | null {
  if (text.length > MAX_STRUCTURED_LINE) return null;
  const m = VEDTAK.exec(text);
  if (!m) return null;
  const colon = m[1] === ':';
  const rest = m[2] ?? '';
  // "Vedtak om …" is a sentence; "Vedtak Rådet ber …" (no colon) is the label and its text.
  if (!colon && rest !== '' && !/^[\p{Lu}\d«"]/u.test(rest)) return null;
  return { rest: collapseSpaces(rest) };
}

/** A case draft as an ImportedCase: number, title, minutes text and decision. */
export function buildCase(
  draft: CaseDraft,
  meetingNo: MeetingRef | null,
  date: string | null,
  doubleSpaced: boolean,
  warn: Warn,
): ImportedCase {
  const number = canonicalNumber(draft, meetingNo, date, warn);
  const body = [...draft.body];

  // Title: on the header line, else the first line of text that is not a "Vedtak" label.
  let title = draft.inlineTitle;
  let labelBeforeTitle = false;
  let labelBeforeTitleLine = draft.headerLine;
  if (title === '') {
    const idx = body.findIndex((it) => it.text !== '' && !matchVedtakStandalone(it.text));
    const early = body.slice(0, Math.max(idx, 0)).find((it) => isLabelOnly(it.text));
    labelBeforeTitle = early !== undefined;
    if (early) labelBeforeTitleLine = early.line;
    if (idx >= 0) {
      title = body[idx]?.text ?? '';
      body.splice(0, idx + 1);
    }
  }
  // A title wrapped onto the next line (single-spaced text only).
  while (!doubleSpaced && title && !endsSentence(title) && body[0] && startsLower(body[0].text)) {
    title = `${title} ${body.shift()?.text ?? ''}`;
  }
  title = joinLines([title]) ?? '';
  if (title === '') warn(`Sak ${number} mangler tittel.`, draft.headerLine);

  const labels: number[] = [];
  body.forEach((it, i) => {
    if (it.text !== '' && matchVedtak(it.text)) labels.push(i);
  });

  let proper = -1;
  for (const i of labels) {
    const rest = matchVedtak(body[i]?.text ?? '')?.rest ?? '';
    if (rest !== '') {
      proper = i;
      break;
    }
    const prev = lastContent(body, i);
    const next = firstContent(body, i + 1);
    if (!next) continue;
    if (prev && !endsSentence(prev.text) && startsLower(next.text)) continue; // mid-sentence
    proper = i;
    break;
  }

  const texts = (from: Item[]) => from.filter((it) => it.text !== '').map((it) => it.text);
  let decision: string | null;
  let minutesText: string | null;
  if (proper >= 0) {
    const rest = matchVedtak(body[proper]?.text ?? '')?.rest ?? '';
    const before = body.slice(0, proper).filter((it) => !isLabelOnly(it.text));
    const after = body.slice(proper + 1).filter((it) => !isLabelOnly(it.text));
    minutesText = joinLines(texts(before));
    decision = joinLines([rest, ...texts(after)]);
  } else if (labels.length > 0 || labelBeforeTitle) {
    // The label sits outside the text (table layout): the decision is the last paragraph.
    const rest = body.filter((it) => !isLabelOnly(it.text));
    const start = lastParagraphStart(rest, doubleSpaced);
    minutesText = joinLines(texts(rest.slice(0, start)));
    decision = joinLines(texts(rest.slice(start)));
    const labelLine =
      labels[0] !== undefined && !labelBeforeTitle
        ? (body[labels[0]]?.line ?? draft.headerLine)
        : labelBeforeTitleLine;
    warn(
      `«Vedtak» i sak ${number} står utenfor teksten; vedtaket er tolket som sakens siste avsnitt.`,
      labelLine,
    );
  } else {
    minutesText = joinLines(texts(body));
    decision = null;
    warn(`Fant ikke vedtak i sak ${number}.`, draft.headerLine);
  }
  if ((labels.length > 0 || labelBeforeTitle) && decision === null)
    warn(`Vedtaket i sak ${number} er tomt.`, draft.headerLine);

  return {
    number,
    rawNumber: draft.raw,
    title,
    types: [],
    sender: null,
    caseOfficers: [],
    attachments: [],
    previouslyHandled: [],
    background: null,
    reason: null,
    mainPoints: null,
    proposedDecision: null,
    decision,
    minutesText,
  };
}

function matchVedtakStandalone(text: string): boolean {
  return matchVedtak(text)?.rest === '';
}
const isLabelOnly = (text: string) => text !== '' && matchVedtakStandalone(text);

function lastContent(items: readonly Item[], before: number): Item | null {
  for (let i = before - 1; i >= 0; i--) {
    const it = items[i];
    if (it && it.text !== '') return it;
  }
  return null;
}

function firstContent(items: readonly Item[], from: number): Item | null {
  for (let i = from; i < items.length; i++) {
    const it = items[i];
    if (it && it.text !== '') return it;
  }
  return null;
}

/**
 * Where the last paragraph starts. A paragraph ends with a sentence and a blank line (two in
 * double-spaced text); without such a break, the last run of lines that starts a sentence.
 */
function lastParagraphStart(items: readonly Item[], doubleSpaced: boolean): number {
  const content: number[] = [];
  items.forEach((it, i) => {
    if (it.text !== '') content.push(i);
  });
  let strong = -1;
  let sentence = -1;
  for (let k = 1; k < content.length; k++) {
    const a = content[k - 1] ?? 0;
    const b = content[k] ?? 0;
    const prev = items[a]?.text ?? '';
    const next = items[b]?.text ?? '';
    if (!endsSentence(prev)) continue;
    if (b - a - 1 >= (doubleSpaced ? 2 : 1)) strong = b;
    if (startsSentence(next)) sentence = b;
  }
  if (strong >= 0) return strong;
  if (sentence >= 0) return sentence;
  return 0;
}
