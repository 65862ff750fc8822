// The summary as one CSV table for Excel in a Vietnamese locale (`plan stats --format csv`).
//
// Separator ";": Excel splits a double-clicked .csv by Windows' list separator, and Vietnamese regional
// settings, whose decimal symbol is the comma, have ";" for it (so do the other decimal-comma locales:
// de-DE, fr-FR). With "," the rates "96,8" would split in two, or a whole row would land in column A.
// No "sep=;" first line: Excel then ignores the BOM and reads the UTF-8 letters as Windows-1258 junk.
// UTF-8 with a BOM: without it Excel reads "Trường" as "TrÆ°á»ng". Rows end in CRLF (RFC 4180).
//
// One table, every row the same columns, the first column saying what the row is — a school, a year's
// total, the office's plan and what it set for its schools, a file claiming a school already counted, a
// file not counted — so that a filter on column A gives any one of them.
import type { Summary } from "../../core/compute/summary.js";
import { LEVEL_NAMES } from "../../core/compute/summary.js";
import { formatDecimal } from "../../core/text/vn-format.js";

export const ROW_KINDS = {
  school: "Trường",
  total: "Tổng năm học",
  office: "Phòng/Sở",
  officeSet: "Phòng/Sở giao cho các trường",
  duplicate: "Trùng, không tính",
  problem: "Lỗi, không tính",
} as const;

/**
 * A text cell, quoted when it holds the separator, a quote or a line break. One beginning with = + - @
 * would be read by Excel as a formula (a school name "=HYPERLINK(…)" in a plan from elsewhere): an
 * apostrophe before it keeps it text.
 */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[;"\r\n]/u.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const int = (n: number | null | undefined): string => (n === null || n === undefined ? "" : String(n));
/** A rate as Excel in a Vietnamese locale reads a number: "96,8" (per cent, decimal comma). */
const pct = (n: number | null | undefined, decimals: number): string =>
  n === null || n === undefined ? "" : formatDecimal(n, decimals);

export function summaryCsv(s: Summary): string {
  const header = [
    "Loại",
    "Năm học",
    "Đơn vị",
    "Cấp học",
    "Tổng số CBGVNV",
    ...s.columns.flatMap((c) => [`${c.name} — số lượng`, `${c.name} — tỉ lệ (%)`]),
    "Tệp",
    "Ghi chú",
  ];
  const rows: string[][] = [header.map(text)];
  const blank = (): { count: string; pct: string }[] => s.columns.map(() => ({ count: "", pct: "" }));
  const at = new Map(s.columns.map((c, i) => [c.key, i]));
  const row = (
    kind: string,
    year: string,
    body: string,
    level: string,
    staff: string,
    cells: { count: string; pct: string }[],
    file: string,
    note: string,
  ): void => {
    rows.push([
      text(kind),
      text(year),
      text(body),
      text(level),
      staff,
      ...cells.flatMap((c) => [c.count, c.pct]),
      text(file),
      text(note),
    ]);
  };
  for (const y of s.years) {
    for (const school of y.schools) {
      const cells = blank();
      for (const t of school.targets)
        cells[at.get(t.key)!] = { count: int(t.count), pct: pct(t.percent, school.rounding.decimals) };
      row(
        ROW_KINDS.school,
        y.schoolYear,
        school.body,
        school.level ? LEVEL_NAMES[school.level] : "",
        int(school.staffTotal),
        cells,
        school.file,
        school.collective.map((c) => c.name).join("; "),
      );
    }
    if (y.schools.length) {
      const cells = blank();
      for (const t of y.targets)
        cells[at.get(t.key)!] = { count: int(t.count), pct: pct(t.percent, s.rounding.decimals) };
      const partial = y.targets.filter((t) => t.schools < t.of).map((t) => `${t.name} ${t.schools}/${t.of} trường`);
      const collective = y.collective.map((c) => `${c.name} ${c.schools}/${c.of} trường`);
      const note = [
        partial.length ? `Tổng chỉ tính các trường có chỉ tiêu: ${partial.join("; ")}` : "",
        collective.length ? `Danh hiệu tập thể: ${collective.join("; ")}` : "",
      ]
        .filter(Boolean)
        .join(". ");
      row(ROW_KINDS.total, y.schoolYear, `${y.schools.length} trường`, "", int(y.staffTotal.sum), cells, "", note);
    }
    for (const o of y.offices) {
      const own = blank();
      for (const t of o.own) {
        const i = at.get(t.key);
        if (i !== undefined) own[i] = { count: int(t.count), pct: pct(t.percent, s.rounding.decimals) };
      }
      const ownNote = o.own.filter((t) => !at.has(t.key)).map((t) => `${t.name}: ${t.count}`);
      row(
        ROW_KINDS.office,
        y.schoolYear,
        o.body,
        o.level ? LEVEL_NAMES[o.level] : "",
        int(o.staffTotal),
        own,
        o.file,
        ["Kế hoạch của cơ quan quản lý, không tính là trường; số trên dòng này là của cán bộ cơ quan", ...ownNote].join(
          ". ",
        ),
      );
      // What it set for its schools, in the columns of the same targets, right under the year's total.
      const set = blank();
      let staff = "";
      const elsewhere: string[] = [];
      for (const c of o.comparisons) {
        const i = c.kind === "target" && c.key ? at.get(c.key) : undefined;
        if (i !== undefined) set[i] = { count: int(c.office.count), pct: pct(c.office.percent, s.rounding.decimals) };
        else if (c.key === "staffTotal") staff = int(c.office.count);
        else
          elsewhere.push(
            `${c.name}: ${fraction(c.office)}${
              c.schools ? ` (các trường: ${fraction(c.schools)})` : " (không trường nào " + "có chỉ tiêu này)"
            }`,
          );
      }
      row(ROW_KINDS.officeSet, y.schoolYear, o.body, "", staff, set, o.file, elsewhere.join("; "));
    }
    for (const d of y.duplicates)
      for (const file of d.notCounted)
        row(
          ROW_KINDS.duplicate,
          y.schoolYear,
          d.body,
          "",
          "",
          blank(),
          file,
          `Đã tính ${d.counted} cho trường này${d.differ ? "; số liệu hai tệp khác nhau, cần xem lại" : ""}`,
        );
  }
  for (const p of s.problems)
    row(
      ROW_KINDS.problem,
      p.schoolYear ?? "",
      p.body ?? "",
      "",
      "",
      blank(),
      p.file,
      `${p.code}, dòng ${p.line}, cột ${p.column}: ${p.message}${p.errors > 1 ? ` (cả tệp có ${p.errors} lỗi)` : ""}`,
    );
  return `\ufeff${rows.map((r) => r.join(";")).join("\r\n")}\r\n`;
}

const fraction = (a: { count: number; total: number | null }): string =>
  a.total !== null ? `${a.count}/${a.total}` : String(a.count);
