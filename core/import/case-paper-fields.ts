/**
 * The labelled fields of a case paper header ("Type sak", "Til", "Fra", "Saksbehandler",
 * "Vedlegg", "Tidligere behandlet"): reading one field's value from its label onwards, over
 * the lines extraction broke it into.
 */
import type { CaseType } from '../case-types.ts';
import { parseAttachmentMarker } from './case-paper-attachments.ts';
import type { LineIndex } from './case-paper-header.ts';
import {
  blankAt,
  caseNumberLine,
  isPrefixed,
  looksLikeNames,
  MAX_HEADER_LINE,
  nextNonBlank,
  text,
} from './case-paper-lines.ts';
import { parsePreviouslyHandled, splitNames } from './case-paper-values.ts';
import { type HeaderKey, type LabelMatch, parseCaseTypes } from './labels.ts';
import { isBlank, joinText, textOrNull } from './source-text.ts';
import type { SourceLine } from './types.ts';

export type HeaderFields = {
  types: CaseType[];
  unknownTypes: string[];
  to: string | null;
  from: string | null;
  officers: string[];
  attachments: string[];
  previous: string[];
  labels: Set<HeaderKey>;
};

export const emptyFields = (): HeaderFields => ({
  types: [],
  unknownTypes: [],
  to: null,
  from: null,
  officers: [],
  attachments: [],
  previous: [],
  labels: new Set(),
});

/**
 * Does a header start at line k: a case number followed closely by a field label? A cheap look
 * ahead that, unlike parseCaseHeader, never recurses into reading fields.
 */
function startsHeader(index: LineIndex, k: number): boolean {
  const n = caseNumberLine(text(index.lines, k));
  if (!n || !isPrefixed(n)) return false;
  for (let j = k + 1, seen = 0; j < index.lines.length && seen < 3; j++) {
    if (blankAt(index.lines, j)) continue;
    seen++;
    if (index.header(j)) return true;
  }
  return false;
}

/** Another field on the same line: "Til: Rådet   Fra: Anne Leder". */
const INLINE_FIELD =
  /\s(?:til|fra|frå|saksbehandlere?|saksbehandlar(?:ar)?|type sak|sakstype|vedlegg|tidligere behandlet|tidlegare behandla)\s?:\s*/i;

const ITEM_NUMBER = /^\s*\d{1,2}[.)]\s+(?=\S)/;
const BULLET = /^\s*[•▪·*–-]\s+(?=\S)/;

type FieldRead = { next: number };

/** Reads the value of one header field, starting from the label match. */
export function readField(
  index: LineIndex,
  found: LabelMatch<HeaderKey>,
  fields: HeaderFields,
): FieldRead {
  let match = found;
  const { lines } = index;
  const after = match.endIndex + 1;
  fields.labels.add(match.key);
  const inline = INLINE_FIELD.exec(match.rest);
  if (inline && inline.index > 0) {
    // Read the other field from the rest of the line on its own, then this one without it.
    const restLine: SourceLine = {
      text: match.rest.slice(inline.index).trim(),
      line: lines[match.endIndex]?.line ?? 0,
    };
    const other = index.over([restLine]);
    const otherMatch = other.header(0);
    if (otherMatch) readField(other, otherMatch, fields);
    match = { ...match, rest: match.rest.slice(0, inline.index).trim() };
  }
  const nextValueLine = (accept: (t: string) => boolean): number => {
    const k = nextNonBlank(lines, after, 4);
    return k >= 0 && !index.structural(k) && accept(text(lines, k).trim()) ? k : -1;
  };

  switch (match.key) {
    case 'type': {
      let value = match.rest;
      let next = after;
      if (value === '') {
        const k = nextValueLine((t) => {
          const parsed = parseCaseTypes(t);
          return parsed.types.length > 0 && parsed.unknown.length === 0;
        });
        if (k >= 0) {
          value = text(lines, k);
          next = k + 1;
        }
      }
      const parsed = parseCaseTypes(value);
      for (const t of parsed.types) if (!fields.types.includes(t)) fields.types.push(t);
      fields.unknownTypes.push(...parsed.unknown);
      return { next };
    }
    case 'to':
    case 'from': {
      let value = match.rest;
      let next = after;
      if (value === '') {
        const k = nextValueLine(looksLikeNames);
        if (k >= 0) {
          value = text(lines, k);
          next = k + 1;
        }
      }
      const clean = /^[-–—]$/.test(value.trim()) ? null : textOrNull([value]);
      if (match.key === 'to') fields.to ??= clean;
      else fields.from ??= clean;
      return { next };
    }
    case 'officers': {
      const parts: string[] = [];
      let last = match.endIndex;
      if (match.rest !== '') parts.push(match.rest);
      else {
        const k = nextValueLine(looksLikeNames);
        if (k >= 0) {
          parts.push(text(lines, k));
          last = k;
        }
      }
      // Names broken over lines ("Karianne Solaas og Henrietta" / "Blankson") follow directly,
      // or after a blank line when the list is unfinished ("… og") or a field label follows.
      while (parts.length > 0) {
        const k = nextNonBlank(lines, last + 1, 3);
        if (k < 0 || index.structural(k)) break;
        const t = text(lines, k).trim();
        if (!looksLikeNames(t) || t.split(/\s+/).length > 6) break;
        const direct = k === last + 1;
        const unfinished = /(?:,|&|\s og|\s and)$/i.test(joinText(parts));
        const after = nextNonBlank(lines, k + 1, 3);
        const labelNext = after >= 0 && index.header(after) !== null;
        if (!direct && !unfinished && !(labelNext && t.split(/\s+/).length <= 2)) break;
        last = k;
        parts.push(t);
      }
      for (const name of splitNames(joinText(parts)))
        if (!fields.officers.includes(name)) fields.officers.push(name);
      return { next: last + 1 };
    }
    case 'attachments': {
      const items: string[][] = [];
      const add = (t: string, fresh: boolean) => {
        const last = items[items.length - 1];
        if (fresh || !last) items.push([t]);
        else last.push(t);
      };
      if (match.rest !== '' && !/^(?:ingen|nei|-|–)\.?$/i.test(match.rest)) {
        add(match.rest.replace(ITEM_NUMBER, '').replace(BULLET, ''), true);
      }
      let k = after;
      let blankSeen = false;
      let lastUsed = match.endIndex;
      while (k < lines.length && k - lastUsed <= 4) {
        const t = text(lines, k);
        if (isBlank(t)) {
          blankSeen = true;
          k++;
          continue;
        }
        if (index.structural(k) || parseAttachmentMarker(t)) break;
        const trimmed = t.trim();
        if (/^[-–—]$/.test(trimmed)) {
          // "–": printed for no attachments.
          lastUsed = k;
          k++;
          continue;
        }
        if (ITEM_NUMBER.test(t) || BULLET.test(t)) {
          add(trimmed.replace(ITEM_NUMBER, '').replace(BULLET, ''), true);
        } else if (/^[\p{Ll}\d(]/u.test(trimmed) && items.length > 0) {
          add(trimmed, false);
        } else if (!blankSeen && items.length > 0 && trimmed.length <= MAX_HEADER_LINE) {
          add(trimmed, false);
        } else if (items.length === 0 && looksLikeNames(trimmed) && k - match.endIndex <= 4) {
          // One unnumbered attachment on the line after the label.
          add(trimmed, true);
        } else break;
        blankSeen = false;
        lastUsed = k;
        k++;
      }
      for (const item of items) {
        const title = joinText(item);
        if (title !== '' && !fields.attachments.includes(title)) fields.attachments.push(title);
      }
      return { next: lastUsed + 1 };
    }
    case 'previous': {
      const parts: string[] = [];
      if (match.rest !== '') parts.push(match.rest);
      let last = match.endIndex;
      for (let k = after; k < lines.length && k - last <= 3; k++) {
        const t = text(lines, k);
        if (isBlank(t)) continue;
        // "Sak 28/3/2025 (møte 3/2025)" on its own line is an item, unless a header starts there.
        if (index.header(k) || index.section(k) || startsHeader(index, k)) break;
        const consecutive = k === last + 1;
        const listy = /^(?:sak\s|\d)/i.test(t.trim());
        if (!(consecutive && parts.length > 0 && t.length <= MAX_HEADER_LINE) && !listy) break;
        parts.push(t);
        last = k;
      }
      for (const item of parsePreviouslyHandled(joinText(parts)))
        if (!fields.previous.includes(item)) fields.previous.push(item);
      return { next: last + 1 };
    }
  }
}
