// `plan results import danh-sach.xlsx --from ke-hoach.yaml [-o ket-qua.yaml] [--sheet NAME] [--force]`:
// the staff list the office keeps in Excel (or as CSV) → a results file beside the plan, then the report
// (stderr) of what the sheet held that the file does not: columns, skipped rows, cells to check. Exit 0
// when the file written is valid, 1 when it still has errors for the clerk (as `plan import`), 2 when
// nothing could be written (usage, the spreadsheet unreadable, no heading row, the output in the way).
import { basename } from "node:path";
import type { Diagnostic } from "../../core/diagnostic.js";
import { cellAddress, importStaffList, noteKind, type StaffNote } from "../../core/results/import/index.js";
import { HEADER_SEARCH_ROWS } from "../../core/results/import/sheet.js";
import type { Lang } from "../../messages/index.js";
import { csvEncodingMessage, staffNoteMessage } from "../../messages/staff-import.js";
import { ioDiagnostic, readPlanFile, type CliIO } from "../io.js";
import { complain, printDiagnostics, writeAnnounced } from "../output.js";
import { schemaPathFor } from "../paths.js";
import { checkResultsBytes } from "../../core/results/check.js";
import { planForResults, planLinkFrom, readBeside, resultsFileFor } from "../results-file.js";
import { sameFile } from "../safe-write.js";
import { MAX_SHEET_FILE_BYTES, readSheets, sheetFormat } from "../spreadsheet.js";

export interface ResultsImportOptions {
  from: string;
  output?: string;
  sheet?: string;
  force?: boolean;
  lang: Lang;
  color?: boolean;
}

/** The report's groups, in the order a clerk goes through them. */
const GROUPS: { codes: readonly StaffNote["code"][]; vi: string; en: string }[] = [
  {
    codes: ["column-unknown", "column-no-header", "column-duplicate"],
    vi: "Cột không đọc:",
    en: "Columns not read:",
  },
  {
    codes: ["row-numbering", "row-heading", "row-total", "row-no-name", "rows-empty", "footer"],
    vi: "Dòng không phải một người:",
    en: "Rows that are not a person:",
  },
];

export async function resultsImportCommand(io: CliIO, file: string, options: ResultsImportOptions): Promise<number> {
  const say = (d: Diagnostic): Promise<number> => complain(io, file, [d], options).then(() => 2);
  const format = sheetFormat(file);
  if (typeof format !== "string") return say(format);
  const plan = await planForResults(io, options.from, options);
  if (typeof plan === "number") return plan;
  const read = await readPlanFile(file, MAX_SHEET_FILE_BYTES);
  if ("diagnostic" in read) return say(read.diagnostic);
  const sheets = await readSheets(read.bytes, format);
  if ("code" in sheets) return say(sheets);

  const target = options.output ?? resultsFileFor(options.from);
  if (await sameFile(file, target)) return say(ioDiagnostic("io/output-is-input", {}));
  const planPath = planLinkFrom(target, options.from);
  const source = basename(file);
  const emit = {
    planPath,
    schemaLink: schemaPathFor(target, "results"),
    source,
    // The file's comments are Vietnamese whatever --lang says: they are the clerk's, in the clerk's file.
    noteText: (n: StaffNote) => staffNoteMessage(n, "vi"),
  };

  let grids = sheets.grids;
  if (options.sheet !== undefined && format === "xlsx") {
    const wanted = options.sheet.normalize("NFC").trim().toLocaleLowerCase("vi");
    grids = grids.filter((g) => g.name?.normalize("NFC").trim().toLocaleLowerCase("vi") === wanted);
    if (!grids.length)
      return say(
        ioDiagnostic("io/sheet-missing", {
          sheet: options.sheet,
          sheets: sheets.grids.map((g) => `“${g.name}”`).join(", "),
        }),
      );
  }
  let imported: ReturnType<typeof importStaffList> = { problem: "no-header" };
  let grid = grids[0];
  for (const g of grids) {
    imported = importStaffList(plan, g, { ...emit, sheet: g.name });
    grid = g;
    if (!("problem" in imported)) break;
  }
  if ("problem" in imported)
    return say(ioDiagnostic("io/no-header", { rows: HEADER_SEARCH_ROWS, sheet: grids[0]?.name ?? "" }));

  const bytes = new TextEncoder().encode(imported.text);
  const written = await writeAnnounced(
    io,
    target,
    bytes,
    { kind: "plan", force: options.force, input: options.from },
    options,
  );
  if (written !== 0) return written;

  // The report: what was read, then what was not, each at its cell (danh-sach.xlsx:'DS CBGVNV'!H6).
  const en = options.lang === "en";
  const where = (n: StaffNote): string => (n.cell ? `${source}:${cellAddress(n.cell, grid?.name)}` : source);
  const line = (n: StaffNote & { line?: number }): string =>
    `  ${where(n)}  ${staffNoteMessage(n, options.lang)}${n.line ? `  → ${target}:${n.line}` : ""}\n`;
  const { sheet, notes } = imported;
  const out: string[] = [];
  const header =
    sheet.header.first === sheet.header.last
      ? `${sheet.header.first + 1}`
      : `${sheet.header.first + 1}–${sheet.header.last + 1}`;
  out.push(
    en
      ? `${source}${grid?.name !== undefined ? `, sheet “${grid.name}”` : ""}: heading row ${header}; ` +
          `${sheet.people.length} people, ${sheet.units.length} units (tổ).\n`
      : `${source}${grid?.name !== undefined ? `, trang “${grid.name}”` : ""}: dòng tiêu đề ${header}; ` +
          `${sheet.people.length} người, ${sheet.units.length} tổ.\n`,
  );
  if (sheets.encoding) out.push(`  ${source}  ${csvEncodingMessage(sheets.encoding, options.lang)}\n`);
  if (options.sheet !== undefined && format === "csv")
    out.push(
      en
        ? "  --sheet is for a workbook: a CSV file has one sheet.\n"
        : "  --sheet chỉ dùng cho bảng tính .xlsx: tệp CSV chỉ có một trang.\n",
    );
  for (const group of GROUPS) {
    const inGroup = notes.filter((n) => group.codes.includes(n.code));
    if (inGroup.length) out.push(`${en ? group.en : group.vi}\n`, ...inGroup.map(line));
  }
  const review = notes.filter((n) => noteKind(n.code) === "review");
  if (review.length)
    out.push(
      en ? 'To check (a "# kiểm tra:" line in the file):\n' : "Cần xem lại (dòng “# kiểm tra:” trong tệp):\n",
      ...review.map(line),
    );
  const kept = notes.filter((n) => noteKind(n.code) === "comment");
  if (kept.length) out.push(en ? "Kept as a comment:\n" : "Ghi lại thành chú thích:\n", ...kept.map(line));
  const grouped = new Set(GROUPS.flatMap((g) => g.codes));
  const other = notes.filter((n) => noteKind(n.code) === "report" && !grouped.has(n.code));
  if (other.length) out.push(en ? "Also:\n" : "Ngoài ra:\n", ...other.map(line));
  io.stderr(out.join(""));

  // The file as validate will see it; its "# kiểm tra" warnings are the list above.
  const result = checkResultsBytes(bytes, readBeside(target));
  const remaining = result.diagnostics.filter((d) => d.severity !== "info" && d.code !== "text/review-note");
  if (remaining.length)
    await printDiagnostics(io, [{ file: target, diagnostics: remaining }], {
      format: "stylish",
      lang: options.lang,
      color: options.color,
      stream: "stderr",
    });
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  io.stderr(
    en
      ? `${sheet.people.length} people written; ${review.length} to ` +
          `check${errors ? `; ${errors} errors to fix before the file is valid` : ""}.\n`
      : `Đã ghi ${sheet.people.length} người; ${review.length} chỗ cần xem ` +
          `lại${errors ? `; ${errors} lỗi phải sửa trước khi tệp hợp lệ` : ""}.\n`,
  );
  return errors ? 1 : 0;
}
