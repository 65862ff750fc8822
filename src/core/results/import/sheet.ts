// A staff list's sheet → the people of a results file. The sheet is the office's own: a title block
// above the table ("DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN…", merged across), a heading row — or two,
// "Ngày, tháng, năm sinh" over "Nam" | "Nữ" —, a row numbering the columns "(1) (2) …", rows of group
// headings ("I. Tổ Nhà trẻ"), a total ("Tổng cộng: 31 người") and the signatures below. What is not a
// person is skipped and said; what a person's cell holds that no field reads is said and kept.
import { convertLegacy, legacyRun } from "../../text/letters.js";
import type { IndividualResultTitle, Rating, StaffMember } from "../types.js";
import { GROUP_FIELDS, headingField, headingKey, SUB_FIELDS, type StaffField } from "./headers.js";
import { type CellRef, columnLetter, type StaffNote, type StaffNoteArgs, type StaffNoteCode } from "./notes.js";
import {
  compactKey,
  isLeaderPost,
  nameCase,
  readDate,
  readGender,
  readMark,
  readRating,
  readTitles,
  slug,
  type SheetValue,
} from "./values.js";

/** A sheet as the CLI reads it: values by row and column (0-based), and its merged ranges (inclusive). */
export interface SheetGrid {
  /** The sheet's name in the workbook; none for a CSV file. */
  name?: string;
  rows: readonly (readonly (SheetValue | null | undefined)[])[];
  merges: readonly { top: number; left: number; bottom: number; right: number }[];
}

export interface StaffImportOptions {
  /** The plan's school year's first year (2024 for 2024-2025): a recruitment year from it on may be under 6 months. */
  startYear: number;
}

/** One person's entry, in the results file's field names; rating is missing when the sheet gives none. */
export type PersonEntry = Pick<
  StaffMember,
  "id" | "name" | "gender" | "birthDate" | "post" | "unit" | "leader" | "recruited"
> & { rating?: Rating; registered?: IndividualResultTitle[] };

export interface ImportedPerson {
  /** The sheet's row (0-based). */
  row: number;
  entry: PersonEntry;
}

export interface ColumnRead {
  column: number;
  heading: string;
  field?: StaffField;
}

export interface StaffSheet {
  /** The heading rows (0-based, inclusive). */
  header: { first: number; last: number };
  columns: ColumnRead[];
  people: ImportedPerson[];
  /** The units (tổ) the people belong to, as collectives: id and name, in the order first met. */
  units: { id: string; name: string }[];
  notes: StaffNote[];
}

/** How far down a header row is looked for: a title block is a few rows, rarely ten. */
export const HEADER_SEARCH_ROWS = 15;

type Value = SheetValue | undefined;

const isEmpty = (v: Value): boolean => v === undefined || (typeof v === "string" && v.trim() === "");
const textOf = (v: Value): string =>
  v === undefined ? "" : typeof v === "object" ? v.date : String(v).replace(/\s+/gu, " ").trim();

/** The sheet's cells as text in NFC, legacy-font text converted; how many were either, for the report. */
function cleanCells(grid: SheetGrid, notes: StaffNote[]): Value[][] {
  let decomposed = 0;
  let legacy: { count: number; cell: CellRef; typed: string; fixed: string; encoding: string } | undefined;
  const rows = grid.rows.map((row, r) =>
    row.map((value, c): Value => {
      if (value === null || value === undefined) return undefined;
      if (typeof value !== "string") return value;
      let text = value.replace(/\u00a0/gu, " ");
      const nfc = text.normalize("NFC");
      if (nfc !== text) decomposed++;
      text = nfc;
      const run = legacyRun(text);
      if (run) {
        // A cell is typed in one font: once a sure word says which, every word of it is converted.
        const fixed = convertLegacy(text, run.encoding);
        if (legacy) legacy.count++;
        else legacy = { count: 1, cell: { row: r, column: c }, typed: text, fixed, encoding: run.encoding };
        text = fixed;
      }
      return text.trim() === "" ? undefined : text;
    }),
  );
  if (decomposed) notes.push({ code: "decomposed-text", args: { count: decomposed } });
  if (legacy)
    notes.push({
      code: "legacy-text",
      args: { count: legacy.count, encoding: legacy.encoding, typed: legacy.typed, fixed: legacy.fixed },
      cell: legacy.cell,
    });
  return rows;
}

/** Reading through merged ranges: a heading fills its whole range; in the table only a range down one column does. */
class Cells {
  private readonly master = new Map<string, { row: number; column: number; oneColumn: boolean }>();
  readonly width: number;
  constructor(
    readonly rows: Value[][],
    merges: SheetGrid["merges"],
  ) {
    for (const m of merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left)
            this.master.set(`${r},${c}`, { row: m.top, column: m.left, oneColumn: m.left === m.right });
    // A loop, not Math.max(...): a sheet of a hundred thousand rows is more arguments than a call takes.
    let width = 0;
    for (const row of rows) if (row && row.length > width) width = row.length;
    this.width = width;
  }
  own(row: number, column: number): Value {
    return this.rows[row]?.[column];
  }
  /** A heading's text: a cell inside a merged range reads as the range. */
  heading(row: number, column: number): Value {
    const m = this.master.get(`${row},${column}`);
    return m ? this.own(m.row, m.column) : this.own(row, column);
  }
  /** Whether the cell continues, downwards, the merged range of the cell above it. */
  continuesAbove(row: number, column: number): boolean {
    const m = this.master.get(`${row},${column}`);
    return m !== undefined && m.row < row && m.column === column;
  }
  /** A table cell: a unit merged down over its members reads in each row; a range across reads once. */
  data(row: number, column: number): Value {
    const m = this.master.get(`${row},${column}`);
    if (!m) return this.own(row, column);
    return m.oneColumn ? this.own(m.row, m.column) : undefined;
  }
}

interface Role {
  field?: StaffField;
  heading: string;
  /** The heading above a sub-heading: "Ngày, tháng, năm sinh" over Nam | Nữ says the cells are birth dates. */
  group?: StaffField;
  /** The column's heading is a tổ's ("Tổ", "Tổ chuyên môn"): a value "Nhà trẻ" is the collective "Tổ Nhà trẻ". */
  isTo?: boolean;
}

function rolesOf(cells: Cells, top: number, sub: number | undefined): Role[] {
  const roles: Role[] = [];
  for (let c = 0; c < cells.width; c++) {
    const upper = textOf(cells.heading(top, c));
    const upperField = upper ? headingField(upper) : undefined;
    const lower = sub === undefined || cells.continuesAbove(sub, c) ? "" : textOf(cells.heading(sub, c));
    const lowerField = lower ? headingField(lower) : undefined;
    if (lower && lower !== upper) {
      const heading = upper ? `${upper} / ${lower}` : lower;
      if (lowerField && (SUB_FIELDS.has(lowerField) || !upperField || GROUP_FIELDS.has(upperField)))
        roles.push({ field: lowerField, heading, group: upperField, isTo: isToHeading(lower) });
      else roles.push({ field: upperField, heading, isTo: isToHeading(upper) });
    } else roles.push({ field: upperField, heading: upper, isTo: isToHeading(upper) });
  }
  return roles;
}

const isToHeading = (heading: string): boolean =>
  /^to(?: |$)/u.test(headingKey(heading)) || headingKey(heading) === "thuoc to";

function score(roles: readonly Role[]): number {
  const fields = new Set(roles.map((r) => r.field).filter((f) => f !== undefined && f !== "stt"));
  const named = fields.has("name") || (fields.has("surname") && fields.has("given"));
  return named ? fields.size : 0;
}

/** The heading row (and the row under it when it holds sub-headings): the one naming the most fields. */
function findHeader(cells: Cells): { first: number; last: number; roles: Role[] } | undefined {
  let best: { first: number; last: number; roles: Role[]; score: number } | undefined;
  const rows = Math.min(cells.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const single = rolesOf(cells, r, undefined);
    const candidates = [{ first: r, last: r, roles: single, score: score(single) }];
    if (r + 1 < cells.rows.length) {
      const subs = Array.from({ length: cells.width }, (_, c) =>
        cells.continuesAbove(r + 1, c) ? undefined : headingField(textOf(cells.heading(r + 1, c))),
      );
      if (subs.some((f) => f !== undefined && SUB_FIELDS.has(f))) {
        const pair = rolesOf(cells, r, r + 1);
        candidates.unshift({ first: r, last: r + 1, roles: pair, score: score(pair) });
      }
    }
    for (const c of candidates) if (c.score > 0 && (!best || c.score > best.score)) best = c;
  }
  return best;
}

const NUMBERING = /^\(?(?:\d{1,2}|[A-Z])\)?$/u;
const ROMAN = /^(?:[IVX]{1,5}|[A-Z])\.?$/u;
const HEADING_TEXT = new RegExp(
  String.raw`^(?:(?:[IVX]{1,5}|[A-Z]|\d{1,2})[.)/-]\s*)?` +
    String.raw`(?:tổ|ban|bộ phận|khối|nhóm|phòng|cán bộ quản lý|giáo viên|nhân viên)(?:\s|$)`,
  "iu",
);
// With its marks: "Tòng", "Tống" are surnames that fold to "tong" too.
const TOTAL = /^(?:tổng cộng|tổng số|tổng|cộng|tong cong|tong so)(?:\s|:|$)/iu;
const FOOTER_WORDS = new Set([
  "nguoi lap bieu",
  "nguoi lap bang",
  "nguoi lap",
  "nguoi tong hop",
  "hieu truong",
  "pho hieu truong",
  "kt hieu truong",
  "tm ban giam hieu",
  "thu truong don vi",
  "thu truong co quan",
  "giam doc",
  "truong phong",
  "ky ghi ro ho ten",
  "ky ten",
  "xac nhan cua nha truong",
  "xac nhan cua thu truong don vi",
]);
const DATE_LINE = /\bngay\b.*\bthang\b.*\bnam\b/u;

function folded(text: string): string {
  return headingKey(text);
}

export function readStaffSheet(grid: SheetGrid, options: StaffImportOptions): StaffSheet | { problem: "no-header" } {
  const notes: StaffNote[] = [];
  const cells = new Cells(cleanCells(grid, notes), grid.merges);
  const header = findHeader(cells);
  if (!header) return { problem: "no-header" };
  const note = (code: StaffNoteCode, args: StaffNoteArgs, extra: Omit<StaffNote, "code" | "args"> = {}): void => {
    notes.push({ code, args, ...extra });
  };

  // Which column says what; a field named twice is read from its first column.
  const roles = header.roles;
  const columnOf = new Map<StaffField, number>();
  const columns: ColumnRead[] = [];
  const last = cells.rows.length;
  const hasData = (c: number): number => {
    let n = 0;
    for (let r = header.last + 1; r < last; r++) if (!isEmpty(cells.data(r, c))) n++;
    return n;
  };
  roles.forEach((role, c) => {
    const at: CellRef = { row: header.first, column: c };
    if (role.field === undefined) {
      if (role.heading) note("column-unknown", { heading: role.heading, column: columnLetter(c) }, { cell: at });
      else {
        const count = hasData(c);
        if (count) note("column-no-header", { count, column: columnLetter(c) }, { cell: at });
      }
      columns.push({ column: c, heading: role.heading });
      return;
    }
    if (columnOf.has(role.field)) {
      note(
        "column-duplicate",
        { heading: role.heading, column: columnLetter(c), first: columnLetter(columnOf.get(role.field)!) },
        { cell: at },
      );
      columns.push({ column: c, heading: role.heading });
      return;
    }
    columnOf.set(role.field, c);
    columns.push({ column: c, heading: role.heading, field: role.field });
  });
  if (!columnOf.has("rating")) note("no-rating-column", {});

  const get = (r: number, field: StaffField): Value => {
    const c = columnOf.get(field);
    return c === undefined ? undefined : cells.data(r, c);
  };
  const nameColumn = columnOf.get("name") ?? columnOf.get("surname")!;
  const mapped = [...columnOf.entries()].filter(
    ([f]) => f !== "stt" && f !== "name" && f !== "surname" && f !== "given",
  );

  const people: ImportedPerson[] = [];
  const units = new Map<string, string>();
  const unitIds = new Map<string, string>();
  const emptyRows: number[] = [];
  let pendingEmpty: number[] = [];
  let headingUnit: string | undefined;
  let capitals: { count: number; name: string; cell: CellRef } | undefined;
  let start = header.last + 1;
  // "(1) (2) (3) …" under the headings.
  if (start < last) {
    const row = (cells.rows[start] ?? []).map((_, c) => cells.own(start, c)).filter((v) => !isEmpty(v));
    if (row.length >= 3 && row.every((v) => NUMBERING.test(textOf(v)))) {
      note("row-numbering", { row: start + 1 }, { cell: { row: start, column: 0 } });
      start++;
    }
  }

  for (let r = start; r < last; r++) {
    const values = Array.from({ length: cells.width }, (_, c) => cells.data(r, c));
    const own = Array.from({ length: cells.width }, (_, c) => cells.own(r, c));
    if (own.every(isEmpty) && values.every((v, c) => isEmpty(v) || cells.continuesAbove(r, c))) {
      pendingEmpty.push(r);
      continue;
    }
    const nameText = textOf(get(r, "name") ?? get(r, "surname"));
    const texts = own.map(textOf).filter(Boolean);
    // The signatures: a date line, or a signer's title where the name column is empty — but not a person's
    // row that lacks its name (a number in STT; "Hiệu trưởng" in the post column of a list without STT).
    const postColumn = columnOf.get("post");
    const sttValue = get(r, "stt");
    const numbered = typeof sttValue === "number" || /^\d+$/u.test(textOf(sttValue));
    const signs = own.some((v, c) => {
      const t = folded(textOf(v));
      return DATE_LINE.test(t) || (FOOTER_WORDS.has(t) && (c !== postColumn || columnOf.has("stt")));
    });
    // "Người lập biểu" may stand in the name column itself, under the list: a signer's title, not a person.
    const nameIsTitle = nameText !== "" && FOOTER_WORDS.has(folded(nameText));
    if ((!nameText || nameIsTitle) && !numbered && signs) {
      let end = r;
      for (let k = r; k < last; k++) if (cells.rows[k]?.some((v) => !isEmpty(v))) end = k;
      note("footer", { from: r + 1, to: end + 1 }, { cell: { row: r, column: 0 } });
      pendingEmpty = [];
      break;
    }
    emptyRows.push(...pendingEmpty);
    pendingEmpty = [];
    const first = texts[0] ?? "";
    if (TOTAL.test((nameText || first).toLocaleLowerCase("vi"))) {
      note("row-total", { row: r + 1, text: nameText || first }, { cell: { row: r, column: 0 } });
      continue;
    }
    const stt = textOf(get(r, "stt"));
    const others = mapped.some(([, c]) => !isEmpty(values[c]));
    const headingText = nameText || (stt && !/^\d+$/u.test(stt) ? stt : "");
    if (!others && headingText && (ROMAN.test(stt) || HEADING_TEXT.test(headingText) || (!nameText && stt))) {
      const text = headingText.replace(/^(?:[IVX]{1,5}|[A-Z]|\d{1,2})[.)/-]\s*/u, "").trim();
      const used = !columnOf.has("unit") && text !== "";
      if (used) headingUnit = text;
      note("row-heading", { row: r + 1, text, used: used ? 1 : 0 }, { cell: { row: r, column: nameColumn } });
      continue;
    }
    let name = nameText;
    if (columnOf.has("surname") && columnOf.has("given"))
      name = `${textOf(get(r, "surname"))} ${textOf(get(r, "given"))}`.trim();
    if (!name || !/\p{L}/u.test(name)) {
      note("row-no-name", { row: r + 1 }, { cell: { row: r, column: nameColumn } });
      continue;
    }
    const person = people.length;
    const entry: PersonEntry = { id: "", name: nameCase(name) };
    if (entry.name !== name) {
      capitals ??= { count: 0, name: entry.name, cell: { row: r, column: nameColumn } };
      capitals.count++;
    }
    const cellNote = (code: StaffNoteCode, field: string, column: number, args: StaffNoteArgs = {}): void =>
      note(code, { field, ...args }, { cell: { row: r, column }, person, field });
    for (const [field, c] of mapped) {
      const v = values[c];
      if (isEmpty(v)) continue;
      const value = v!;
      const text = textOf(value);
      switch (field) {
        case "birth":
        case "birthYear":
        case "recruited":
        case "recruitedYear": {
          const key = field.startsWith("birth") ? "birthDate" : "recruited";
          const read = readDate(value);
          if ("date" in read) entry[key] = read.date;
          else if ("year" in read) {
            // A recruitment in the plan's year or later may be under 6 months: the clerk gives the day.
            if (key === "recruited" && read.year >= options.startYear)
              cellNote("date-year-only", key, c, { year: read.year });
            else cellNote("year-kept", key, c, { year: read.year });
          } else cellNote(`date-${read.problem}` as StaffNoteCode, key, c, { text: read.text });
          break;
        }
        case "male":
        case "female": {
          const sex = field === "male" ? "nam" : "nu";
          const mark = readMark(value);
          if (mark === false) break;
          if (mark === true) {
            entry.gender = entry.gender && entry.gender !== sex ? undefined : sex;
            if (entry.gender === undefined) cellNote("gender-both", "gender", c);
            break;
          }
          const read = readDate(value);
          if ("date" in read || "year" in read) {
            if (entry.gender && entry.gender !== sex) {
              cellNote("gender-both", "gender", c);
              entry.gender = undefined;
            } else entry.gender = sex;
            if ("date" in read) entry.birthDate = read.date;
            else cellNote("year-kept", "birthDate", c, { year: read.year });
          } else if ("problem" in read && read.problem !== "unreadable") {
            entry.gender = sex;
            cellNote(`date-${read.problem}` as StaffNoteCode, "birthDate", c, { text: read.text });
          } else cellNote("gender-unreadable", "gender", c, { text });
          break;
        }
        case "gender": {
          const g = readGender(value);
          if (g) entry.gender = g;
          else cellNote("gender-unreadable", "gender", c, { text });
          break;
        }
        case "post":
          entry.post = text;
          if (isLeaderPost(text)) entry.leader = true;
          break;
        case "unit":
          entry.unit = unitFor(text, roles[c]!.isTo === true);
          break;
        case "rating": {
          const rating = readRating(value);
          if (rating) entry.rating = rating;
          else cellNote("rating-unreadable", "rating", c, { text });
          break;
        }
        case "registered": {
          const read = readTitles(value);
          for (const t of read.titles) add(entry, t);
          for (const part of read.unread) cellNote("title-unreadable", "registered", c, { text: part });
          for (const part of read.guessed) cellNote("title-guessed", "registered", c, { text: part });
          break;
        }
        case "ldtt":
        case "cstdcs":
        case "giay-khen": {
          const mark = readMark(value);
          if (mark) add(entry, field);
          else if (mark === undefined) cellNote("title-unreadable", "registered", c, { text, title: field });
          break;
        }
        case "remark":
          cellNote("remark", "id", c, { text });
          break;
      }
    }
    if (entry.unit === undefined && headingUnit !== undefined) entry.unit = unitFor(headingUnit, false);
    if (columnOf.has("rating") && entry.rating === undefined && isEmpty(get(r, "rating")))
      cellNote("rating-missing", "rating", columnOf.get("rating")!);
    if (entry.registered) entry.registered.sort((a, b) => TITLE_ORDER.indexOf(a) - TITLE_ORDER.indexOf(b));
    people.push({ row: r, entry });
  }
  if (capitals) note("name-capitals", { count: capitals.count, name: capitals.name }, { cell: capitals.cell });
  if (emptyRows.length) note("rows-empty", { rows: ranges(emptyRows.map((r) => r + 1)), count: emptyRows.length });

  // Ids from names, unique among people and collectives: "nguyen-van-an", "nguyen-van-an-2".
  const taken = new Set<string>(["truong", ...units.keys()]);
  const byName = new Map<string, number[]>();
  people.forEach((p, i) => {
    const base = slug(p.entry.name) || "nv";
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    p.entry.id = id;
    const key = compactKey(p.entry.name);
    byName.set(key, [...(byName.get(key) ?? []), i]);
  });
  for (const indices of byName.values()) {
    if (indices.length < 2) continue;
    const [firstIndex, ...rest] = indices;
    const same = (a: PersonEntry, b: PersonEntry): boolean =>
      JSON.stringify({ ...a, id: "" }) === JSON.stringify({ ...b, id: "" });
    for (const i of rest) {
      const p = people[i]!;
      if (same(people[firstIndex!]!.entry, p.entry))
        note(
          "row-repeated",
          { row: p.row + 1, first: people[firstIndex!]!.row + 1 },
          { cell: { row: p.row, column: nameColumn }, person: i, field: "id" },
        );
    }
    note("same-name", {
      name: people[firstIndex!]!.entry.name,
      ids: indices.map((i) => people[i]!.entry.id).join(", "),
      rows: indices.map((i) => people[i]!.row + 1).join(", "),
    });
  }
  return {
    header: { first: header.first, last: header.last },
    columns,
    people,
    units: [...units.entries()].map(([id, name]) => ({ id, name })),
    notes,
  };

  function unitFor(text: string, isTo: boolean): string {
    const name = isTo && !/^tổ(?:\s|$)/iu.test(text) ? `Tổ ${text}` : text;
    const key = compactKey(name);
    let id = unitIds.get(key);
    if (!id) {
      const base = slug(name) || "to";
      id = base === "truong" ? "to-truong" : base;
      for (let n = 2; units.has(id); n++) id = `${base}-${n}`;
      unitIds.set(key, id);
      units.set(id, name);
    }
    return id;
  }
}

const TITLE_ORDER: readonly IndividualResultTitle[] = ["ldtt", "cstdcs", "giay-khen"];

function add(entry: PersonEntry, title: IndividualResultTitle): void {
  entry.registered ??= [];
  if (!entry.registered.includes(title)) entry.registered.push(title);
}

/** 3, 4, 5, 9 → "3–5, 9". */
function ranges(rows: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    out.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j + 1;
  }
  return out.join(", ");
}
