/**
 * Attachments in a bundle of case papers: the marker lines that start one ("Sak 21-3-2021
 * Vedlegg 1", "Vedlegg 2 til sak 23/3/2021"), and the attachment titles they add to a case.
 */
import { type CaseNumber, parseCaseNumberAt } from './case-numbers.ts';
import { isPrefixed, MAX_HEADER_LINE } from './case-paper-lines.ts';

export type AttachmentMarker = {
  caseNumber: CaseNumber;
  attachmentNo: number | null;
  title: string | null;
  /** The first line of the attachment, a fallback title when the marker has none. */
  nextLineTitle: string | null;
  line: number;
};

/** "Sak 21-3-2021 Vedlegg 1", "Sak 34/3/2025 Vedlegg 1 Oversikt …", "Vedlegg 2 til sak 23/3/2021". */
export function parseAttachmentMarker(
  line: string,
): Pick<AttachmentMarker, 'caseNumber' | 'attachmentNo' | 'title'> | null {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_HEADER_LINE || !/^(?:sak|vedlegg|\d)/i.test(t)) return null;
  const n = parseCaseNumberAt(t);
  if (n) {
    const m =
      /^[\s:–-]{0,5}vedlegg(?!\p{L})[ \t]{0,3}(?:nr\.?[ \t]{0,2})?(\d{1,2})?[\s:.)–-]{0,5}(.*)$/iu.exec(
        t.slice(n.end),
      );
    if (!m) return null;
    return {
      caseNumber: n,
      attachmentNo: m[1] ? Number(m[1]) : null,
      title: m[2]?.trim() || null,
    };
  }
  const v = /^vedlegg[ \t]{1,3}(\d{1,2})[ \t]{1,3}til[ \t]{1,3}(.*)$/iu.exec(t);
  if (!v) return null;
  const target = v[2] ?? '';
  const n2 = parseCaseNumberAt(target);
  if (!n2 || !isPrefixed(n2)) return null;
  return {
    caseNumber: n2,
    attachmentNo: Number(v[1]),
    title: target.slice(n2.end).replace(/^[\s:–-]+/, '') || null,
  };
}

/** The attachments the header lists, and after them the titles of marked ones it lacks. */
export function markerAttachments(
  attachments: string[],
  markers: readonly AttachmentMarker[],
): string[] {
  const out = [...attachments];
  const listed = (t: string) => out.some((a) => a.toLowerCase() === t.toLowerCase());
  for (const m of markers) {
    if (m.attachmentNo !== null && out.length >= m.attachmentNo) continue;
    const title = m.title ?? m.nextLineTitle;
    if (title && !listed(title)) out.push(title);
  }
  return out;
}
