// `plan results import danh-sach.xlsx --from ke-hoach.yaml`: a staff list the office keeps in Excel →
// a results file. The CLI reads the workbook (exceljs) or the CSV's bytes (csv.ts) into a grid of
// cells; here the grid becomes people (sheet.ts) and the people a file (emit.ts). Pure: no file, no clock.
import type { Plan } from "../../plan.js";
import { emitResults, type EmitOptions } from "./emit.js";
import type { StaffNote } from "./notes.js";
import { readStaffSheet, type SheetGrid, type StaffSheet } from "./sheet.js";

export { decodeCsv, type CsvEncoding } from "./csv.js";
export { cellAddress, columnLetter, noteKind, STAFF_NOTE_CODES, type StaffNote, type StaffNoteCode } from "./notes.js";
export { HEADER_SEARCH_ROWS, readStaffSheet, type SheetGrid, type StaffSheet } from "./sheet.js";
export type { SheetValue } from "./values.js";

export interface StaffImport {
  text: string;
  sheet: StaffSheet;
  /** Each note, with the file's line its comment is on (none for a note only reported). */
  notes: (StaffNote & { line?: number })[];
}

export function importStaffList(
  plan: Plan,
  grid: SheetGrid,
  options: EmitOptions,
): StaffImport | { problem: "no-header" } {
  const sheet = readStaffSheet(grid, { startYear: Number(plan.schoolYear.slice(0, 4)) });
  if ("problem" in sheet) return sheet;
  const emitted = emitResults(plan, sheet, options);
  return {
    text: emitted.text,
    sheet,
    notes: sheet.notes.map((n, i) => (emitted.lines.has(i) ? { ...n, line: emitted.lines.get(i)! } : n)),
  };
}
