/**
 * Case papers (saksframlegg): the header block (number, title, "Type sak", "Til", "Fra",
 * "Saksbehandler", "Vedlegg", "Tidligere behandlet") and the sections (Bakgrunn, Hvorfor saken
 * fremmes, Hovedpunkter, Forslag til vedtak), in whatever order PDF extraction left them.
 *
 * A region of case papers is read line by line into "papers". A paper ends when the next one
 * evidently starts: a second header, a section that comes again after "Forslag til vedtak",
 * the case paper title after a finished paper, or the end of the region. A header may come
 * before its body (the usual layout) or in the middle of it (body first, as in table layouts
 * where the extractor emits the right column first).
 *
 * This module holds that reading loop. The header block is read in case-paper-header.ts (its
 * fields in case-paper-fields.ts), attachment markers in case-paper-attachments.ts, the layout
 * in case-paper-layout.ts, and papers become cases in case-paper-assembly.ts; the names other
 * modules import from here are re-exported below.
 */

import { type MeetingRef, sameCase } from './case-numbers.ts';
import {
  finish,
  hasBody,
  newPaper,
  type Paper,
  type PapersResult,
  paperNumber,
} from './case-paper-assembly.ts';
import { type AttachmentMarker, parseAttachmentMarker } from './case-paper-attachments.ts';
import { readField } from './case-paper-fields.ts';
import type { CaseHeader, LineIndex } from './case-paper-header.ts';
import { detectLayout, type Region, type TitleMark, titleBetween } from './case-paper-layout.ts';
import { blankAt, nextNonBlank, text } from './case-paper-lines.ts';
import { HEADER_LABELS, matchLabel, SECTION_RANK } from './labels.ts';
import { isBlank, joinText } from './source-text.ts';
import type { ImportWarning } from './types.ts';

export type { PapersResult } from './case-paper-assembly.ts';
export { type AttachmentMarker, parseAttachmentMarker } from './case-paper-attachments.ts';
export type { HeaderFields } from './case-paper-fields.ts';
export { type CaseHeader, LineIndex, parseCaseHeader } from './case-paper-header.ts';
export {
  detectLayout,
  type Layout,
  type Region,
  type TitleMark,
  titleBetween,
} from './case-paper-layout.ts';
export { parsePreviouslyHandled, splitNames } from './case-paper-values.ts';

/** Labels that can stand outside a header block and still mean "this is a case paper". */
const ORPHAN_LABELS = HEADER_LABELS.filter(
  (l) => l.key === 'type' || l.key === 'officers' || l.key === 'previous',
);

/** Reads case papers from regions of the document (everything outside the minutes). */
export function parseCasePapers(
  index: LineIndex,
  regions: readonly Region[],
  titles: readonly TitleMark[],
  file: string,
): PapersResult {
  const { lines } = index;
  const warnings: ImportWarning[] = [];
  const papers: Paper[] = [];
  const foreignMarkers: AttachmentMarker[] = [];
  const layout = detectLayout(index, regions);
  let titleAt = 0;
  let lastTitleMeeting: MeetingRef | null = null;
  let cur: Paper | null = null;

  const close = () => {
    if (cur) papers.push(cur);
    cur = null;
  };
  const open = (line: number): Paper => {
    close();
    const p = newPaper(line, lastTitleMeeting);
    cur = p;
    return p;
  };

  /**
   * Does a body start here after all? Only if "Hvorfor"/"Forslag til vedtak" follows before the
   * next attachment, case paper title or (when headers come first) the next header. Answers are
   * memoised for every line scanned, so attachments full of "Bakgrunn" stay linear.
   */
  const aheadMemo = new Map<number, boolean>();
  const strongAhead = (from: number, end: number): boolean => {
    const visited: number[] = [];
    let result = false;
    for (let k = from; k < end; k++) {
      const memo = aheadMemo.get(k);
      if (memo !== undefined) {
        result = memo;
        break;
      }
      if (k > from && titleBetween(titles, lines[k - 1]?.line ?? 0, lines[k]?.line ?? 0)) break;
      visited.push(k);
      if (blankAt(lines, k)) continue;
      const s = index.section(k);
      if (s && (s.key === 'reason' || s.key === 'proposedDecision')) {
        result = true;
        break;
      }
      if (parseAttachmentMarker(text(lines, k))) break;
      if (index.caseHeader(k)) {
        result = layout === 'body-first';
        break;
      }
    }
    for (const v of visited) aheadMemo.set(v, result);
    return result;
  };

  for (const region of regions) {
    close();
    let prevLine = lines[region.start - 1]?.line ?? 0;
    let i = region.start;
    while (i < region.end) {
      const l = lines[i];
      if (!l) break;
      // Case paper titles removed as furniture mark where a new paper may begin.
      while (titleAt < titles.length && (titles[titleAt]?.line ?? Infinity) < l.line) {
        const title = titles[titleAt];
        titleAt++;
        if (!title) continue;
        if (title.meeting) lastTitleMeeting = title.meeting;
        const p = cur as Paper | null;
        // A finished paper ends here; a body still waiting for its header (body first) does not.
        const waiting = !p?.header && layout === 'body-first' && p !== null && hasBody(p);
        if (
          p &&
          (p.attachmentMode ||
            p.maxRank === SECTION_RANK.proposedDecision ||
            (!p.header && !waiting))
        ) {
          close();
        }
      }
      if (isBlank(l.text)) {
        i++;
        continue;
      }
      const gap = l.line - prevLine - 1;
      prevLine = l.line;
      const p0 = cur as Paper | null;
      if (
        p0 &&
        !p0.attachmentMode &&
        p0.current === 'proposedDecision' &&
        p0.sections.proposedDecision.length > 0 &&
        gap >= 3
      ) {
        // A page break after the proposed decision: what follows is an attachment.
        p0.attachmentMode = true;
        p0.trailingStart = l.line;
      }

      const marker = parseAttachmentMarker(l.text);
      if (marker) {
        const next = nextNonBlank(lines, i + 1, 4);
        const nextText = next >= 0 && next < region.end ? text(lines, next).trim() : '';
        const full: AttachmentMarker = {
          ...marker,
          line: l.line,
          nextLineTitle:
            nextText !== '' &&
            nextText.length <= 120 &&
            !index.structural(next) &&
            !parseAttachmentMarker(nextText)
              ? joinText([nextText])
              : null,
        };
        const p = (cur as Paper | null) ?? open(l.line);
        const own = paperNumber(p);
        if (own === null && (hasBody(p) || p.orphan.labels.size > 0)) {
          p.markerNumber = marker.caseNumber;
          p.markerNumberLine = l.line;
          p.markers.push(full);
        } else if (own !== null && sameCase(own, marker.caseNumber)) p.markers.push(full);
        else foreignMarkers.push(full);
        if (p.trailingStart === null) p.trailingStart = l.line;
        p.attachmentMode = true;
        i++;
        continue;
      }

      const header = index.caseHeader(i);
      if (header) {
        const p = cur as Paper | null;
        if (
          !p ||
          p.header ||
          (p.markerNumber && !sameCase(p.markerNumber, header.caseNumber)) ||
          (layout === 'header-first' && (hasBody(p) || p.attachmentMode))
        ) {
          open(l.line).header = header;
        } else {
          p.header = header;
          p.attachmentMode = false;
          p.trailingStart = null;
          p.trailingLines = 0;
        }
        prevLine = lines[header.endIndex - 1]?.line ?? prevLine;
        i = header.endIndex;
        continue;
      }

      const section = index.section(i);
      if (section) {
        const rank = SECTION_RANK[section.key];
        let p = cur as Paper | null;
        if (!p) p = open(l.line);
        else if (p.attachmentMode) {
          const strong =
            section.key === 'reason' ||
            section.key === 'proposedDecision' ||
            strongAhead(section.endIndex + 1, region.end);
          if (!strong) {
            if (p.trailingStart !== null && p.markers.length === 0) p.trailingLines++;
            i++;
            continue;
          }
          p = open(l.line);
        } else if (
          rank <= p.maxRank &&
          (p.maxRank === SECTION_RANK.proposedDecision || section.key === 'reason')
        ) {
          p = open(l.line);
        }
        if (rank >= p.maxRank) {
          p.current = section.key;
          p.maxRank = rank;
          p.sectionSeen.add(section.key);
          if (section.rest !== '') p.sections[section.key].push(section.rest);
        } else if (p.current) {
          // An earlier label inside a later section is a sub-heading, kept as text.
          p.sections[p.current].push(l.text);
        }
        prevLine = lines[section.endIndex]?.line ?? prevLine;
        i = section.endIndex + 1;
        continue;
      }

      const orphan = matchLabel(lines, i, ORPHAN_LABELS, { maxLines: 2 });
      if (orphan) {
        let p = cur as Paper | null;
        if (!p || p.attachmentMode || p.maxRank === SECTION_RANK.proposedDecision) p = open(l.line);
        if (p.maxRank < 0) {
          const next = readField(index, orphan, p.orphan).next;
          prevLine = lines[next - 1]?.line ?? prevLine;
          i = next;
          continue;
        }
      }

      const p = (cur as Paper | null) ?? open(l.line);
      if (p.header && isRunningCaseLabel(l.text, p.header)) {
        i++;
        continue;
      }
      if (p.attachmentMode) {
        if (p.trailingStart !== null && p.markers.length === 0) p.trailingLines++;
      } else if (p.current) p.sections[p.current].push(l.text);
      else p.preamble.push(l.text);
      i++;
    }
    close();
  }

  return finish(papers, foreignMarkers, file, warnings);
}

/** The running header on later pages: "Sak 19/3/2021 Spørsmål om habilitet" (maybe cut with "…"). */
function isRunningCaseLabel(line: string, header: CaseHeader): boolean {
  const t = joinText([line]);
  const label = joinText([header.caseNumber.raw, header.title]);
  if (t === header.caseNumber.raw || t === label) return true;
  const cut = t.replace(/(?:…|\.\.\.)$/, '').trim();
  return cut !== t && cut.length > header.caseNumber.raw.length && label.startsWith(cut);
}
