// What `plan results import` tells the clerk about a staff list, as data: a code, its arguments and the
// cell or rows it is about. The words are in src/messages/staff-import.ts (Vietnamese and English), keyed
// by these codes: the core holds no sentence, and a code without both messages does not compile.

/** Cells kept in the file as "# kiểm tra: …" (a value the clerk must still give or confirm). */
const REVIEW_CODES = [
  "date-unreadable",
  "date-not-a-day",
  "date-month-first",
  "date-year-only",
  "rating-unreadable",
  "rating-missing",
  "title-unreadable",
  "title-guessed",
  "gender-unreadable",
  "gender-both",
  "remark",
  "row-repeated",
] as const;

export const STAFF_NOTE_CODES = [
  ...REVIEW_CODES,
  // Cells kept as a plain comment: read, but the field holds a full date and the sheet gives only a year.
  "year-kept",
  // The sheet as a whole: report lines only.
  "column-unknown",
  "column-no-header",
  "column-duplicate",
  "rows-empty",
  "row-total",
  "row-numbering",
  "row-heading",
  "row-no-name",
  "footer",
  "no-rating-column",
  "legacy-text",
  "decomposed-text",
  "name-capitals",
  "same-name",
] as const;

export type StaffNoteCode = (typeof STAFF_NOTE_CODES)[number];
export type StaffNoteArgs = Record<string, string | number>;

/** Whether a note's code is written into the file as "# kiểm tra: …", as a plain comment, or only reported. */
export type StaffNoteKind = "review" | "comment" | "report";

const REVIEW: ReadonlySet<StaffNoteCode> = new Set(REVIEW_CODES);

export const noteKind = (code: StaffNoteCode): StaffNoteKind =>
  REVIEW.has(code) ? "review" : code === "year-kept" ? "comment" : "report";

/** A cell of the sheet, 0-based (row 0 is the sheet's row 1, column 0 is A). */
export interface CellRef {
  row: number;
  column: number;
}

export interface StaffNote {
  code: StaffNoteCode;
  args: StaffNoteArgs;
  /** The cell the note is about; the report prints it as danh-sach.xlsx:Sheet1!F7. */
  cell?: CellRef;
  /** The person (index in the list read) whose entry carries the comment. */
  person?: number;
  /** The field the comment stands beside (or where it would be). */
  field?: string;
}

/** A column's letters as a spreadsheet names them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A cell's address as Excel writes it: F7, or 'DS CBGVNV'!F7 with the sheet (quoted when it has more than letters and
 * digits).
 */
export function cellAddress(cell: CellRef, sheet?: string): string {
  const local = `${columnLetter(cell.column)}${cell.row + 1}`;
  if (sheet === undefined) return local;
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${local}`;
}
