/**
 * A spreadsheet would run a text cell starting with = + - @ (or a tab or carriage return) as
 * a formula; a leading apostrophe makes it plain text. Every CSV Rådsrom writes uses this.
 */
export function inertCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
