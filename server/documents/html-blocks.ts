import { type DomUtils, ElementType, parseDocument } from 'htmlparser2';

/**
 * A small document model for the sanitized rich-text HTML (see server/rich-text.ts), shared by
 * the PDF and DOCX renderers so both read the HTML the same way.
 */
export type InlineRun = {
  /** Whitespace is already collapsed; "\n" marks a hard line break (<br>). */
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
};

export type ListItem = { blocks: Block[] };
export type TableCell = { runs: InlineRun[]; header: boolean; colSpan: number };
export type TableRow = { cells: TableCell[]; header: boolean };

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; runs: InlineRun[] }
  | { kind: 'paragraph'; runs: InlineRun[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; rows: TableRow[] };

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type ElementNode = Parameters<typeof DomUtils.getAttributeValue>[0];
type Style = { bold: boolean; italic: boolean; href: string | null };

const PLAIN: Style = { bold: false, italic: false, href: null };
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'div']);

const isElement = (node: DomNode): node is ElementNode => ElementType.isTag(node);

/** Parses sanitized rich-text HTML into blocks. Unknown tags are read through, never fatal. */
export function parseHtmlBlocks(html: string): Block[] {
  if (!html.trim()) return [];
  const doc = parseDocument(html, { decodeEntities: true });
  return readBlocks(doc.children);
}

/** True when the HTML holds no visible text (e.g. "", "<p></p>", "<p><br></p>"). */
export function isBlankHtml(html: string): boolean {
  return parseHtmlBlocks(html).length === 0;
}

/** Editors leave "<p>&nbsp;</p>" as spacing; such paragraphs carry nothing to render. */
function hasVisibleText(runs: readonly InlineRun[]): boolean {
  return runs.some((r) => /[^\s\u00a0]/.test(r.text));
}

/** Plain text of runs, e.g. for table-cell measuring or tests. */
export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((r) => r.text).join('');
}

function readBlocks(nodes: readonly DomNode[]): Block[] {
  const blocks: Block[] = [];
  let pending: DomNode[] = [];
  const flush = () => {
    const runs = readInline(pending, PLAIN);
    if (hasVisibleText(runs)) blocks.push({ kind: 'paragraph', runs });
    pending = [];
  };
  for (const node of nodes) {
    if (isElement(node) && BLOCK_TAGS.has(node.name)) {
      flush();
      blocks.push(...readBlock(node));
    } else {
      pending.push(node);
    }
  }
  flush();
  return blocks;
}

function readBlock(el: ElementNode): Block[] {
  switch (el.name) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const runs = readInline(el.children, PLAIN);
      const level = Math.min(4, Math.max(2, Number(el.name[1]))) as 2 | 3 | 4;
      return hasVisibleText(runs) ? [{ kind: 'heading', level, runs }] : [];
    }
    case 'ul':
    case 'ol': {
      const items: ListItem[] = [];
      for (const child of el.children) {
        if (isElement(child) && child.name === 'li')
          items.push({ blocks: readBlocks(child.children) });
      }
      const nonEmpty = items.filter((item) => item.blocks.length > 0);
      return nonEmpty.length > 0
        ? [{ kind: 'list', ordered: el.name === 'ol', items: nonEmpty }]
        : [];
    }
    case 'table': {
      const rows = readTableRows(el, false);
      return rows.length > 0 ? [{ kind: 'table', rows }] : [];
    }
    case 'div':
      return readBlocks(el.children);
    default: {
      const runs = readInline(el.children, PLAIN);
      return hasVisibleText(runs) ? [{ kind: 'paragraph', runs }] : [];
    }
  }
}

function readTableRows(el: ElementNode, inHead: boolean): TableRow[] {
  const rows: TableRow[] = [];
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name === 'thead') rows.push(...readTableRows(child, true));
    else if (child.name === 'tbody' || child.name === 'tfoot')
      rows.push(...readTableRows(child, false));
    else if (child.name === 'tr') {
      const cells: TableCell[] = [];
      for (const cell of child.children) {
        if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
        const span = Number.parseInt(cell.attribs.colspan ?? '1', 10);
        cells.push({
          runs: readCellRuns(cell),
          header: cell.name === 'th' || inHead,
          colSpan: Number.isFinite(span) && span > 1 ? Math.min(span, 20) : 1,
        });
      }
      if (cells.length > 0) rows.push({ cells, header: inHead || cells.every((c) => c.header) });
    }
  }
  return rows;
}

/** Cells are kept as inline text: paragraphs and list items become lines. */
function readCellRuns(cell: ElementNode): InlineRun[] {
  const out: InlineRun[] = [];
  const addLine = (runs: InlineRun[], prefix = '') => {
    if (runs.length === 0) return;
    if (out.length > 0) out.push({ ...PLAIN, text: '\n' });
    if (prefix) out.push({ ...PLAIN, text: prefix });
    out.push(...runs);
  };
  const walk = (blocks: Block[], prefix: string) => {
    for (const block of blocks) {
      if (block.kind === 'list') {
        block.items.forEach((item, i) => {
          walk(item.blocks, block.ordered ? `${i + 1}. ` : '• ');
        });
      } else if (block.kind === 'table') {
        for (const row of block.rows) for (const c of row.cells) addLine(c.runs);
      } else {
        addLine(block.runs, prefix);
        prefix = '';
      }
    }
  };
  walk(readBlocks(cell.children), '');
  return out;
}

/** Collects inline runs, collapsing HTML whitespace and trimming around line breaks. */
function readInline(nodes: readonly DomNode[], base: Style): InlineRun[] {
  const raw: InlineRun[] = [];
  const visit = (node: DomNode, style: Style) => {
    if (node.type === ElementType.Text) {
      const text = node.data.replace(/[\s\u00a0]+/g, (ws) =>
        ws.includes('\u00a0') ? '\u00a0' : ' ',
      );
      if (text) raw.push({ ...style, text });
    } else if (isElement(node)) {
      if (node.name === 'br') {
        raw.push({ ...style, text: '\n' });
        return;
      }
      const next: Style = {
        bold: style.bold || node.name === 'strong' || node.name === 'b',
        italic: style.italic || node.name === 'em' || node.name === 'i',
        href: node.name === 'a' ? (node.attribs.href ?? null) : style.href,
      };
      for (const child of node.children) visit(child, next);
    }
  };
  for (const node of nodes) visit(node, base);
  return tidyRuns(raw);
}

function tidyRuns(raw: InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  let atLineStart = true;
  for (const run of raw) {
    let text = run.text;
    if (text === '\n') {
      const last = out[out.length - 1];
      if (last) last.text = last.text.replace(/ +$/, '');
      out.push(run);
      atLineStart = true;
      continue;
    }
    if (atLineStart) text = text.replace(/^ +/, '');
    else if (text.startsWith(' ') && out[out.length - 1]?.text.endsWith(' ')) text = text.slice(1);
    if (!text) continue;
    atLineStart = false;
    const last = out[out.length - 1];
    if (
      last &&
      last.bold === run.bold &&
      last.italic === run.italic &&
      last.href === run.href &&
      last.text !== '\n'
    ) {
      last.text += text;
    } else {
      out.push({ ...run, text });
    }
  }
  // Drop trailing breaks and spaces so "<p>Tekst<br></p>" does not leave an empty line.
  while (out.length > 0) {
    const last = out[out.length - 1] as InlineRun;
    if (last.text === '\n') out.pop();
    else {
      last.text = last.text.replace(/ +$/, '');
      if (last.text) break;
      out.pop();
    }
  }
  // Leading breaks are noise as well.
  while (out[0]?.text === '\n') out.shift();
  return out;
}
