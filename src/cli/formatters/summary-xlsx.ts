// The summary as an Excel workbook (`plan stats --format xlsx -o tong-hop.xlsx`), through exceljs (README,
// "Thư viện bảng tính": measured against SheetJS). Sheets: "Trường", one row per school and year; "Tổng hợp
// <năm học>" for each year; "Phòng, Sở <năm học>" where an office's plan is among the files; "Vấn đề",
// every file not counted. Numbers are numbers: counts with "#,##0", rates as fractions with "0.0%".
// Format codes in the file are locale-free (ECMA-376: "." is the decimal point, "," the grouping), and
// Excel or LibreOffice show them with the computer's separators: "96,8%" and "1.460" in a Vietnamese
// locale. A format written "0,0%" would mean thousands, not a decimal comma. No formulas: a cell holds
// the value the text outputs print, so a reader without a calculation engine sees the same numbers.
// The workbook alone, not exceljs's index: that also brings its stream reader, whose unzipper needs
// bluebird (code built with new Function) and twice the bundle (1,55 MB against 0,70 MB).
import type ExcelJS from "exceljs";
import Workbook from "exceljs/lib/doc/workbook.js";
import { sheetsCrc, XLSX_MARK } from "../../core/output-mark.js";
import { unzipParts, zipParts } from "../../core/render/docx/zip.js";
import type { Amount, Summary, YearSummary } from "../../core/compute/summary.js";
import { LEVEL_NAMES } from "../../core/compute/summary.js";
import { formatDecimal, formatInteger } from "../../core/text/vn-format.js";
import { ROW_KINDS } from "./summary-csv.js";

export const SHEETS = {
  schools: "Trường",
  total: (year: string) => `Tổng hợp ${year}`,
  offices: (year: string) => `Phòng, Sở ${year}`,
  problems: "Vấn đề",
} as const;

export const COUNT_FORMAT = "#,##0";
/** "0.0%" for one decimal: the rate shown as the plan rounds it. */
export const percentFormat = (decimals: number): string => (decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%");

type Value = string | number | null;
/** A cell: its value and, for a number, its display format. */
type Cell = Value | { value: number; numFmt: string };

/** The rate as a fraction for a percent format: 96,8% is 0.968 (rounded as the plan rounds it). */
const fraction = (percent: number | null, decimals: number): Cell =>
  percent === null ? null : { value: Number((percent / 100).toFixed(decimals + 2)), numFmt: percentFormat(decimals) };
const count = (n: number | null | undefined): Cell =>
  n === null || n === undefined ? null : { value: n, numFmt: COUNT_FORMAT };

/** What a cell reads as in a Vietnamese locale, to size its column. */
function shown(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  return cell.numFmt === COUNT_FORMAT ? formatInteger(cell.value) : `${formatDecimal(cell.value * 100, 1)}%`;
}

/** Widest header word, or widest value, within bounds: long headers wrap, long names do not. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 48;
const MAX_HEADER_WORD = 18;

function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: Cell[][],
  options: { wide?: number[] } = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  ws.addRow(header);
  for (const r of rows) {
    const row = ws.addRow(r.map((c) => (c !== null && typeof c === "object" ? c.value : c)));
    r.forEach((c, i) => {
      if (c !== null && typeof c === "object") row.getCell(i + 1).numFmt = c.numFmt;
    });
  }
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "top" };
  header.forEach((h, i) => {
    const words = Math.min(MAX_HEADER_WORD, Math.max(...h.split(/\s+/u).map((w) => w.length)));
    const values = Math.max(0, ...rows.map((r) => shown(r[i] ?? null).length));
    const floor = options.wide?.includes(i) ? 20 : MIN_WIDTH;
    ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(floor, words, values) + 2);
  });
  if (rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return ws;
}

const level = (l: keyof typeof LEVEL_NAMES | null): string => (l ? LEVEL_NAMES[l] : "");

function schoolsSheet(wb: ExcelJS.Workbook, s: Summary): void {
  const header = [
    "Năm học",
    "Tên trường",
    "Cấp học",
    "Tổng số CBGVNV",
    ...s.columns.flatMap((c) => [c.name, `${c.name} — tỉ lệ`]),
    "Danh hiệu tập thể đăng ký",
    "Tệp",
  ];
  const at = new Map(s.columns.map((c, i) => [c.key, i]));
  const rows = s.years.flatMap((y) =>
    y.schools.map((school) => {
      const cells: Cell[] = s.columns.flatMap(() => [null, null]);
      for (const t of school.targets) {
        const i = at.get(t.key)!;
        cells[2 * i] = count(t.count);
        cells[2 * i + 1] = fraction(t.percent, school.rounding.decimals);
      }
      return [
        y.schoolYear,
        school.body,
        level(school.level),
        count(school.staffTotal),
        ...cells,
        school.collective.map((c) => c.name).join("; ") || null,
        school.file,
      ];
    }),
  );
  addSheet(wb, SHEETS.schools, header, rows, { wide: [1] });
}

function totalSheet(wb: ExcelJS.Workbook, s: Summary, y: YearSummary): void {
  const d = s.rounding.decimals;
  const header = [
    "Chỉ tiêu",
    "Số lượng",
    "Tổng số (mẫu số)",
    "Tỉ lệ",
    "Đơn vị",
    "Số trường có chỉ tiêu",
    "Số trường trong năm học",
    "Ghi chú",
  ];
  const rows: Cell[][] = [
    ["Tổng số CBGVNV", count(y.staffTotal.sum), null, null, "người", y.staffTotal.schools, y.staffTotal.of, null],
  ];
  for (const t of y.targets)
    rows.push([
      t.name,
      count(t.count),
      count(t.total),
      fraction(t.percent, d),
      t.unit || null,
      t.schools,
      t.of,
      t.schools < t.of ? `Chỉ tính ${t.schools} trong ${t.of} trường có chỉ tiêu này` : null,
    ]);
  for (const c of y.collective)
    rows.push([
      `${c.name} (danh hiệu tập thể)`,
      count(c.schools),
      count(c.of),
      fraction(c.percent, d),
      "trường",
      c.schools,
      c.of,
      "Số trường đăng ký danh hiệu",
    ]);
  for (const dup of y.duplicates)
    rows.push([
      `Trùng: ${dup.body}`,
      null,
      null,
      null,
      null,
      null,
      null,
      `Tính ${dup.counted}; không tính ` +
        `${dup.notCounted.join(", ")}${dup.differ ? " (số liệu khác nhau, cần xem lại)" : ""}`,
    ]);
  addSheet(wb, SHEETS.total(y.schoolYear), header, rows, { wide: [0] });
}

function officeSheet(wb: ExcelJS.Workbook, s: Summary, y: YearSummary): void {
  const header = [
    "Cơ quan",
    "Nhóm chỉ tiêu",
    "Chỉ tiêu",
    "Phòng/Sở giao: số lượng",
    "Phòng/Sở giao: tổng số",
    "Phòng/Sở giao: tỉ lệ",
    "Các trường: số lượng",
    "Các trường: tổng số",
    "Các trường: tỉ lệ",
    "Số trường có chỉ tiêu",
    "Số trường trong năm học",
    "Tệp",
  ];
  const side = (a: Amount | null, decimals: number): Cell[] =>
    a ? [count(a.count), count(a.total), fraction(a.percent, decimals)] : [null, null, null];
  const rows: Cell[][] = [];
  for (const o of y.offices) {
    for (const t of o.own)
      rows.push([
        o.body,
        "Chỉ tiêu của cán bộ cơ quan (không cộng vào các trường)",
        t.name,
        ...side(t, s.rounding.decimals),
        null,
        null,
        null,
        null,
        null,
        o.file,
      ]);
    for (const c of o.comparisons)
      rows.push([
        o.body,
        c.group,
        c.name,
        ...side(c.office, s.rounding.decimals),
        ...side(c.schools, s.rounding.decimals),
        c.schools ? c.schools.schools : null,
        c.schools ? c.schools.of : y.schools.length,
        o.file,
      ]);
  }
  addSheet(wb, SHEETS.offices(y.schoolYear), header, rows, { wide: [0, 2] });
}

function problemsSheet(wb: ExcelJS.Workbook, s: Summary): void {
  const header = ["Loại", "Tệp", "Đơn vị", "Năm học", "Mã lỗi", "Dòng", "Cột", "Lỗi đầu tiên", "Số lỗi"];
  const rows: Cell[][] = s.problems.map((p) => [
    ROW_KINDS.problem,
    p.file,
    p.body,
    p.schoolYear,
    p.code,
    p.line,
    p.column,
    p.message,
    p.errors,
  ]);
  for (const y of s.years)
    for (const d of y.duplicates)
      for (const file of d.notCounted)
        rows.push([
          ROW_KINDS.duplicate,
          file,
          d.body,
          y.schoolYear,
          null,
          null,
          null,
          `Đã tính ${d.counted} cho trường này${d.differ ? "; số liệu hai tệp khác nhau, cần xem lại" : ""}`,
          null,
        ]);
  const ws = addSheet(wb, SHEETS.problems, header, rows, { wide: [1] });
  // Messages are sentences: wrapped in a column of a readable width rather than one 300-character line.
  ws.getColumn(8).width = Math.min(ws.getColumn(8).width ?? MAX_WIDTH, 60);
  ws.getColumn(8).alignment = { wrapText: true, vertical: "top" };
}

/** The workbook's bytes. `created` is the file's date (core properties); the clock is the caller's. */
export async function summaryXlsx(s: Summary, options: { created: Date }): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = "plan";
  wb.lastModifiedBy = "plan";
  wb.title = "Tổng hợp kế hoạch thi đua, khen thưởng";
  wb.created = options.created;
  wb.modified = options.created;
  schoolsSheet(wb, s);
  for (const y of s.years) {
    totalSheet(wb, s, y);
    if (y.offices.length) officeSheet(wb, s, y);
  }
  problemsSheet(wb, s);
  // The ownership mark (output-mark.ts): the sheets' CRC is known once exceljs has written them, so it goes
  // into docProps/core.xml afterwards and the package is zipped again, with the file's date on its entries.
  wb.keywords = `${XLSX_MARK}${CRC_PLACEHOLDER}`;
  const parts = unzipParts(new Uint8Array(await wb.xlsx.writeBuffer()));
  // exceljs lists folders as entries of their own ("xl/", "_rels/"); a package has only its parts.
  for (const name of [...parts.keys()]) if (name.endsWith("/")) parts.delete(name);
  const core = new TextDecoder().decode(parts.get("docProps/core.xml")!);
  const slot = `${XLSX_MARK}${CRC_PLACEHOLDER}`;
  if (core.split(slot).length !== 2) throw new Error("docProps/core.xml: the mark's placeholder is not there once");
  parts.set("docProps/core.xml", new TextEncoder().encode(core.replace(slot, `${XLSX_MARK}${sheetsCrc(parts)}`)));
  return zipParts(parts, options.created);
}

const CRC_PLACEHOLDER = "00000000";
