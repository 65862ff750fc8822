// The staff list's file → grids of cells for core/results/import: an Excel workbook through exceljs
// (its Workbook module alone, as summary-xlsx.ts writes with it), a CSV decoded by core/results/import/csv.ts
// and split by fast-csv (csv-rows.ts).
// A workbook is first inflated whole by the core's zip reader, with a cap on each part and on all of
// them: exceljs's own unzip (JSZip) has none, so a zip bomb stops here instead of filling memory.
import type ExcelJS from "exceljs";
import type { Diagnostic, DiagnosticCode } from "../core/diagnostic.js";
import { readZipParts, type ZipProblem } from "../core/import/zip.js";
import { decodeCsv, type CsvEncoding, type SheetGrid, type SheetValue } from "../core/results/import/index.js";
import { csvRows, sniffSeparator } from "./csv-rows.js";
import { ioDiagnostic } from "./io.js";

/** A staff list of a few hundred people is tens of KB; a workbook with pictures a few MB. */
export const MAX_SHEET_FILE_BYTES = 20 * 1024 * 1024;
/** What a workbook's parts may inflate to together. */
export const MAX_WORKBOOK_BYTES = 128 * 1024 * 1024;

export type SheetFormat = "xlsx" | "csv";

/** The reader an extension asks for, or the diagnostic that says which file it is not. */
export function sheetFormat(file: string): SheetFormat | Diagnostic {
  const ext = /\.[^./\\]+$/u.exec(file)?.[0]?.toLowerCase() ?? "";
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  if (ext === ".xls") return ioDiagnostic("io/xls-binary");
  return ioDiagnostic("io/not-spreadsheet", { file, ext });
}

const ZIP_PROBLEM: Record<ZipProblem, DiagnosticCode> = {
  "not-zip": "io/xlsx-corrupt",
  "old-doc": "io/xls-binary",
  encrypted: "io/xlsx-encrypted",
  "too-large": "io/xlsx-too-large",
  corrupt: "io/xlsx-corrupt",
};

function isoDay(date: Date): string {
  // exceljs gives a date cell as UTC midnight of its day (plus the time of a date-time cell).
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}

function cellValueOf(v: ExcelJS.CellValue): SheetValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : { date: isoDay(v) };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("result" in v || "formula" in v || "sharedFormula" in v)
    return cellValueOf((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in v) return v.text;
  if ("error" in v) return v.error;
  return undefined;
}

/** A worksheet as a grid: values by row and column (0-based), merged ranges from each cell's master. */
function gridOf(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: (SheetValue | undefined)[][] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const values: (SheetValue | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) {
        const m = cell.master;
        const key = `${m.row},${m.col}`;
        const range = merges.get(key) ?? { top: +m.row - 1, left: +m.col - 1, bottom: +m.row - 1, right: +m.col - 1 };
        range.bottom = Math.max(range.bottom, r - 1);
        range.right = Math.max(range.right, c - 1);
        merges.set(key, range);
        return;
      }
      values[c - 1] = cellValueOf(cell.value);
    });
    rows[r - 1] = values;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: sheet.name, rows, merges: [...merges.values()] };
}

export interface ReadSheets {
  grids: SheetGrid[];
  /** For a CSV that was not UTF-8: how it was read. */
  encoding?: CsvEncoding;
}

export async function readSheets(bytes: Uint8Array, format: SheetFormat): Promise<ReadSheets | Diagnostic> {
  // A workbook saved under a .csv name (Excel's "Save As" keeps the name the clerk typed) is read as one.
  if (format === "csv" && bytes[0] === 0x50 && bytes[1] === 0x4b) return readSheets(bytes, "xlsx");
  if (format === "csv") {
    const decoded = decodeCsv(bytes);
    if ("problem" in decoded)
      return ioDiagnostic("io/csv-encoding", { guess: decoded.problem === "encoding" ? decoded.guess : "nhị phân" });
    const { rows, brokenAt } = await csvRows(decoded.text, await sniffSeparator(decoded.text));
    if (brokenAt !== undefined) {
      // file:line:1 at the row where the quote is left open (the rows before it, if none spans two lines).
      const at = { line: brokenAt, column: 1 };
      return { ...ioDiagnostic("io/csv-malformed", { row: brokenAt }), range: { start: at, end: at } };
    }
    return {
      grids: [{ rows, merges: [] }],
      ...(decoded.encoding !== "utf-8" ? { encoding: decoded.encoding } : {}),
    };
  }
  const zip = readZipParts(bytes, "all", MAX_WORKBOOK_BYTES);
  if ("problem" in zip)
    return ioDiagnostic(ZIP_PROBLEM[zip.problem], { limit: zip.problem === "too-large" ? MAX_WORKBOOK_BYTES : 0 });
  if (!zip.parts.has("xl/workbook.xml")) return ioDiagnostic("io/xlsx-corrupt");
  const { default: Workbook } = await import("exceljs/lib/doc/workbook.js");
  const book = new Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return ioDiagnostic("io/xlsx-corrupt");
  }
  // Visible sheets first: a hidden one is usually a lookup list, not the staff.
  const sheets = [...book.worksheets].sort((a, b) => Number(a.state !== "visible") - Number(b.state !== "visible"));
  return { grids: sheets.map(gridOf) };
}
