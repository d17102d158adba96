import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import { toWinAnsi } from './pdf-text.ts';

/**
 * A small text-flow engine: it lays text, lists and tables out into pages of draw operations
 * first and draws them afterwards, so the meeting book can count pages (for the table of
 * contents) before anything is drawn, and late-bound texts (page references) resolve at draw time.
 */

export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type Fonts = Record<FontKey, PDFFont>;

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = { top: 70, bottom: 64, left: 64, right: 64 };
export const COLOR = {
  text: rgb(0.11, 0.11, 0.13),
  muted: rgb(0.4, 0.42, 0.45),
  link: rgb(0.04, 0.3, 0.6),
  rule: rgb(0.7, 0.72, 0.75),
  fill: rgb(0.93, 0.94, 0.95),
};

export type TextOp = {
  kind: 'text';
  x: number;
  y: number;
  text: string | (() => string);
  font: FontKey;
  size: number;
  color: RGB;
  align?: 'left' | 'right';
  underline?: boolean;
};
export type DrawOp =
  | TextOp
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; thickness: number; color: RGB }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: RGB };

export type StyledRun = { text: string; font: FontKey; color?: RGB; underline?: boolean };
type Seg = {
  text: string;
  font: FontKey;
  color: RGB;
  underline: boolean;
  x: number;
  width: number;
};
type Unit = { segs: Omit<Seg, 'x'>[]; width: number; spaceBefore: boolean };
export type Line = { segs: Seg[]; width: number };

/** Caches glyph-run widths: the same words recur across a meeting book. */
export class TextMeasure {
  private readonly cache = new Map<string, number>();
  constructor(readonly fonts: Fonts) {}

  width(text: string, font: FontKey, size: number): number {
    const key = `${font}\u0000${text}`;
    let w = this.cache.get(key);
    if (w === undefined) {
      w = this.fonts[font].widthOfTextAtSize(text, 1);
      if (this.cache.size < 50_000) this.cache.set(key, w);
    }
    return w * size;
  }

  /** Breaks runs into lines no wider than maxWidth; "\n" forces a break. */
  wrap(runs: readonly StyledRun[], size: number, maxWidth: number): Line[] {
    const units = this.tokenize(runs, size);
    const lines: Line[] = [];
    let current: Line = { segs: [], width: 0 };
    const push = () => {
      lines.push(current);
      current = { segs: [], width: 0 };
    };
    for (const unit of units) {
      if (unit === 'break') {
        push();
        continue;
      }
      for (const piece of unit.width > maxWidth ? this.splitUnit(unit, size, maxWidth) : [unit]) {
        const first = piece.segs[0];
        if (!first) continue;
        let space =
          current.segs.length > 0 && piece.spaceBefore ? this.width(' ', first.font, size) : 0;
        if (current.segs.length > 0 && current.width + space + piece.width > maxWidth) {
          push();
          space = 0;
        }
        let x = current.width;
        for (const [i, seg] of piece.segs.entries()) {
          const last = current.segs[current.segs.length - 1];
          const gap = i === 0 ? space : 0;
          if (last && sameStyle(last, seg)) {
            last.text += (gap > 0 ? ' ' : '') + seg.text;
            last.width += gap + seg.width;
          } else {
            current.segs.push({ ...seg, x: x + gap });
          }
          x += gap + seg.width;
        }
        current.width = x;
      }
    }
    if (current.segs.length > 0 || lines.length === 0) push();
    return lines;
  }

  /** Width of the widest unbreakable word: the least a table column should get. */
  longestWord(runs: readonly StyledRun[], size: number): number {
    let max = 0;
    for (const unit of this.tokenize(runs, size))
      if (unit !== 'break') max = Math.max(max, unit.width);
    return max;
  }

  private tokenize(runs: readonly StyledRun[], size: number): Array<Unit | 'break'> {
    const units: Array<Unit | 'break'> = [];
    let unit: Unit | null = null;
    let pendingSpace = false;
    for (const run of runs) {
      const style = { font: run.font, color: run.color ?? COLOR.text, underline: !!run.underline };
      for (const raw of run.text.split(/(\n| +)/)) {
        // Sanitize after splitting: toWinAnsi drops control characters such as "\n".
        const token = raw === '\n' ? raw : toWinAnsi(raw);
        if (!token) continue;
        if (token === '\n') {
          units.push('break');
          unit = null;
          pendingSpace = false;
        } else if (token.startsWith(' ')) {
          unit = null;
          pendingSpace = true;
        } else {
          const width = this.width(token, style.font, size);
          if (!unit) {
            unit = { segs: [], width: 0, spaceBefore: pendingSpace };
            units.push(unit);
            pendingSpace = false;
          }
          unit.segs.push({ ...style, text: token, width });
          unit.width += width;
        }
      }
    }
    return units;
  }

  /** A word wider than the line (a long URL) is broken between characters. */
  private splitUnit(unit: Unit, size: number, maxWidth: number): Unit[] {
    const pieces: Unit[] = [];
    let piece: Unit = { segs: [], width: 0, spaceBefore: unit.spaceBefore };
    for (const seg of unit.segs) {
      let text = '';
      let width = 0;
      for (const ch of seg.text) {
        const w = this.width(ch, seg.font, size);
        if (piece.width + width + w > maxWidth && piece.width + width > 0) {
          if (text) piece.segs.push({ ...seg, text, width });
          piece.width += width;
          pieces.push(piece);
          piece = { segs: [], width: 0, spaceBefore: false };
          text = '';
          width = 0;
        }
        text += ch;
        width += w;
      }
      if (text) piece.segs.push({ ...seg, text, width });
      piece.width += width;
    }
    if (piece.segs.length > 0) pieces.push(piece);
    return pieces;
  }
}

function sameStyle(a: Omit<Seg, 'x'>, b: Omit<Seg, 'x'>): boolean {
  return a.font === b.font && a.color === b.color && a.underline === b.underline;
}

export type ParagraphOptions = {
  size: number;
  lineHeight?: number;
  x?: number;
  width?: number;
  marker?: { text: string; x: number; font?: FontKey };
};

/** A cursor moving down pages of operations; a new page starts whenever content does not fit. */
export class Flow {
  readonly pages: DrawOp[][] = [];
  private ops: DrawOp[] = [];
  y = 0;

  constructor(
    readonly measure: TextMeasure,
    private readonly onNewPage?: (ops: DrawOp[], pageIndex: number) => void,
  ) {}

  readonly left = MARGIN.left;
  readonly width = A4[0] - MARGIN.left - MARGIN.right;
  readonly top = A4[1] - MARGIN.top;

  newPage(): void {
    this.ops = [];
    this.pages.push(this.ops);
    this.y = this.top;
    this.onNewPage?.(this.ops, this.pages.length - 1);
  }

  get remaining(): number {
    return this.y - MARGIN.bottom;
  }

  get atPageTop(): boolean {
    return this.y === this.top;
  }

  ensure(height: number): void {
    if (this.pages.length === 0 || (this.remaining < height && !this.atPageTop)) this.newPage();
  }

  /** Vertical space; swallowed at the top of a page so pages do not start with a gap. */
  gap(height: number): void {
    if (this.pages.length === 0) this.newPage();
    if (this.atPageTop) return;
    if (this.remaining <= height) this.newPage();
    else this.y -= height;
  }

  push(op: DrawOp): void {
    if (this.pages.length === 0) this.newPage();
    this.ops.push(op);
  }

  text(
    x: number,
    y: number,
    text: TextOp['text'],
    font: FontKey,
    size: number,
    extra?: Partial<TextOp>,
  ): void {
    this.push({ kind: 'text', x, y, text, font, size, color: COLOR.text, ...extra });
  }

  rule(thickness = 0.6, color = COLOR.rule): void {
    this.push({
      kind: 'line',
      x1: this.left,
      y1: this.y,
      x2: this.left + this.width,
      y2: this.y,
      thickness,
      color,
    });
  }

  drawLine(line: Line, x: number, baseline: number, size: number, ops: DrawOp[] = this.ops): void {
    for (const seg of line.segs) {
      const sx = x + seg.x;
      ops.push({
        kind: 'text',
        x: sx,
        y: baseline,
        text: seg.text,
        font: seg.font,
        size,
        color: seg.color,
      });
      if (seg.underline) {
        const uy = baseline - size * 0.14;
        ops.push({
          kind: 'line',
          x1: sx,
          y1: uy,
          x2: sx + seg.width,
          y2: uy,
          thickness: 0.5,
          color: seg.color,
        });
      }
    }
  }

  /** Flows wrapped text down the page(s); an optional list marker sits on the first line. */
  paragraph(runs: readonly StyledRun[], o: ParagraphOptions): void {
    const x = o.x ?? this.left;
    const lh = o.lineHeight ?? o.size * 1.38;
    const lines = this.measure.wrap(runs, o.size, o.width ?? this.left + this.width - x);
    // Avoid a lone first line at the foot of a page.
    this.ensure(Math.min(lines.length, 2) * lh);
    lines.forEach((line, i) => {
      this.ensure(lh);
      const baseline = this.y - lh * 0.74;
      if (i === 0 && o.marker) {
        this.text(
          o.marker.x,
          baseline,
          toWinAnsi(o.marker.text),
          o.marker.font ?? 'regular',
          o.size,
        );
      }
      this.drawLine(line, x, baseline, o.size);
      this.y -= lh;
    });
  }
}

/** Draws laid-out operations onto a pdf-lib page. */
export function drawOps(page: PDFPage, ops: readonly DrawOp[], fonts: Fonts): void {
  for (const op of ops) {
    if (op.kind === 'text') {
      const text = toWinAnsi(typeof op.text === 'function' ? op.text() : op.text);
      if (!text) continue;
      const font = fonts[op.font];
      const x = op.align === 'right' ? op.x - font.widthOfTextAtSize(text, op.size) : op.x;
      page.drawText(text, { x, y: op.y, size: op.size, font, color: op.color });
    } else if (op.kind === 'line') {
      page.drawLine({
        start: { x: op.x1, y: op.y1 },
        end: { x: op.x2, y: op.y2 },
        thickness: op.thickness,
        color: op.color,
      });
    } else {
      page.drawRectangle({ x: op.x, y: op.y, width: op.w, height: op.h, color: op.color });
    }
  }
}
