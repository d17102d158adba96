import { formatCaseTypes } from '../../core/case-types.ts';
import { type Block, parseHtmlBlocks } from './html-blocks.ts';
import type { AttachmentInfo, CasePaperInput, MeetingInfo } from './input.ts';

/** What a case paper says, in the order the council's papers say it; shared by PDF and DOCX. */

export const CASE_PAPER_LABEL = 'Saksframlegg';
/** Shown for an empty header field, so a blank reads as "none" rather than as missing data. */
export const EMPTY_FIELD = '–';

export type HeaderRow = { label: string; lines: string[] };
export type Section = { title: string; blocks: Block[] };

export function meetingLabel(meeting: Pick<MeetingInfo, 'number'>): string {
  return `Møte ${meeting.number}`;
}

export function caseLabel(casePaper: Pick<CasePaperInput, 'caseNumber'>): string {
  return `Sak ${casePaper.caseNumber}`;
}

export function attachmentLine(attachment: Pick<AttachmentInfo, 'number' | 'title'>): string {
  return `${attachment.number}. ${attachment.title}`;
}

export function headerRows(casePaper: CasePaperInput): HeaderRow[] {
  const orEmpty = (lines: string[]) => {
    const kept = lines.map((l) => l.trim()).filter(Boolean);
    return kept.length > 0 ? kept : [EMPTY_FIELD];
  };
  return [
    { label: 'Type sak', lines: orEmpty([formatCaseTypes(casePaper.caseTypes)]) },
    { label: 'Til', lines: orEmpty([casePaper.addressee]) },
    { label: 'Fra', lines: orEmpty([casePaper.sender]) },
    { label: 'Saksbehandler', lines: orEmpty([casePaper.caseOfficers.join(', ')]) },
    { label: 'Vedlegg', lines: orEmpty(casePaper.attachments.map(attachmentLine)) },
    { label: 'Tidligere behandlet', lines: orEmpty(casePaper.previouslyHandled) },
  ];
}

/** The sections of a case paper; "Hovedpunkter" only when it has content. */
export function sections(casePaper: CasePaperInput): Section[] {
  const all: Section[] = [
    { title: 'Bakgrunn', blocks: parseHtmlBlocks(casePaper.background) },
    { title: 'Hvorfor saken fremmes', blocks: parseHtmlBlocks(casePaper.reason) },
    { title: 'Hovedpunkter', blocks: parseHtmlBlocks(casePaper.mainPoints) },
    { title: 'Forslag til vedtak', blocks: parseHtmlBlocks(casePaper.proposedDecision) },
  ];
  return all.filter((s) => s.title !== 'Hovedpunkter' || s.blocks.length > 0);
}

/** Printed links keep their address visible: "teksten (https://…)". */
export function linkSuffix(text: string, href: string): string {
  const shown = href.replace(/^mailto:/, '');
  const same = text.trim().replace(/\/$/, '') === shown.replace(/\/$/, '');
  return same || !shown ? '' : ` (${shown})`;
}

/** Only PDFs are merged into the meeting book; other files are mentioned by name. */
export function isPdfAttachment(
  attachment: Pick<AttachmentInfo, 'mediaType' | 'fileName'>,
): boolean {
  return attachment.mediaType === 'application/pdf' || /\.pdf$/i.test(attachment.fileName);
}

/** "DOCX", "XLSX", … from the file name, for notes such as "(DOCX, ikke satt inn i møteboken)". */
export function fileKind(attachment: Pick<AttachmentInfo, 'mediaType' | 'fileName'>): string {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(attachment.fileName)?.[1];
  if (ext) return ext.toUpperCase();
  const subtype = attachment.mediaType.split('/')[1] ?? '';
  return subtype.length > 0 && subtype.length <= 8 ? subtype.toUpperCase() : 'fil';
}
