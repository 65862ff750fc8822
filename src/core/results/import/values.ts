// The values of a staff list's cells as offices type them: dates as date cells, "05/09/2016", "5/9/2016"
// or a year; ratings in full or abbreviated ("Hoàn thành tốt nhiệm vụ", "HTTNV", "HTT"); titles as a list
// ("LĐTT, CSTĐCS") or an x under the title's column. Each reader says what it made of the cell, or why not.
import { foldKey } from "../../text/letters.js";
import type { IndividualResultTitle, Rating } from "../types.js";

/** A cell as the CLI hands it over: text, a number, a boolean, or a date cell (its day, ISO). */
export type SheetValue = string | number | boolean | { date: string };

/** ASCII, lower case, no spaces or signs: "Hoàn thành tốt nhiệm vụ (HTT)" → "hoanthanhtotnhiemvu". */
export const compactKey = (text: string): string =>
  foldKey(text.normalize("NFC").replace(/\([^)]*\)/gu, " "))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "");

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

/** Days from 1899-12-30 (Excel's day 0 in the 1900 system, past its false 29/02/1900) to an ISO date. */
export function excelSerialDay(serial: number): string {
  const ms = Math.round(serial) * 86_400_000 + Date.UTC(1899, 11, 30);
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export type DateRead =
  | { date: string }
  | { year: number }
  | { problem: "unreadable" | "not-a-day" | "month-first"; text: string };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** A date cell, or text written day first as Vietnamese writes it, or a year alone. */
export function readDate(value: SheetValue): DateRead {
  if (typeof value === "object") return { date: value.date };
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return { year: value };
    // A date typed into a cell formatted as a number: Excel shows its serial (42618 is 05/09/2016).
    if (value >= 3000 && value < 80_000) return { date: excelSerialDay(value) };
    return { problem: "unreadable", text: String(value) };
  }
  const text = String(value).normalize("NFC").trim();
  const folded = foldKey(text).toLowerCase();
  let m = /^(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/u.exec(folded);
  m ??= /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/u.exec(folded);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (realDay(y, mo, d)) return { date: iso(y, mo, d) };
    // 09/25/2016: a month above 12 that would be a day, as an English Excel writes dates.
    if (mo > 12 && realDay(y, d, mo)) return { problem: "month-first", text };
    return { problem: "not-a-day", text };
  }
  const isoForm = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(folded);
  if (isoForm) {
    const [y, mo, d] = [Number(isoForm[1]), Number(isoForm[2]), Number(isoForm[3])];
    return realDay(y, mo, d) ? { date: iso(y, mo, d) } : { problem: "not-a-day", text };
  }
  const year = /^(?:nam\s+)?(\d{4})$/u.exec(folded);
  if (year && Number(year[1]) >= MIN_YEAR && Number(year[1]) <= MAX_YEAR) return { year: Number(year[1]) };
  return { problem: "unreadable", text };
}

// Ratings as the forms of NĐ 90/2020 and NĐ 233/2026 name them, in full, abbreviated, or by their grade
// word alone ("Xuất sắc", "Tốt") as some lists write them.
const RATINGS: Readonly<Record<Rating, readonly string[]>> = {
  htxs: ["hoanthanhxuatsacnhiemvu", "hoanthanhxuatsac", "htxsnv", "htxs", "xuatsac"],
  htt: ["hoanthanhtotnhiemvu", "hoanthanhtot", "httnv", "htt", "tot"],
  ht: ["hoanthanhnhiemvu", "hoanthanh", "htnv", "ht"],
  kht: ["khonghoanthanhnhiemvu", "khonghoanthanh", "khtnv", "kht"],
};
const RATING_BY_KEY = new Map<string, Rating>(
  (Object.entries(RATINGS) as [Rating, readonly string[]][]).flatMap(([r, keys]) => keys.map((k) => [k, r])),
);

/** A rating cell → its code; undefined for what no form of a rating reads as. */
export function readRating(value: SheetValue): Rating | undefined {
  // "Tốt?": a question the sheet asks is not an answer.
  if (typeof value !== "string" || value.includes("?")) return undefined;
  const key = compactKey(value);
  const exact = RATING_BY_KEY.get(key);
  if (exact) return exact;
  // NĐ 90/2020's "Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực" is its third grade.
  if (key.startsWith("hoanthanhnhiemvunhung")) return "ht";
  return undefined;
}

const TITLES: Readonly<Record<IndividualResultTitle, readonly string[]>> = {
  ldtt: ["ldtt", "laodongtientien", "ldtientien"],
  cstdcs: ["cstdcs", "chiensithiduacoso", "chiensithiduacapcoso", "cstdcapcoso"],
  "giay-khen": ["giaykhen", "gk"],
};
const TITLE_BY_KEY = new Map<string, IndividualResultTitle>(
  (Object.entries(TITLES) as [IndividualResultTitle, readonly string[]][]).flatMap(([t, keys]) =>
    keys.map((k) => [k, t]),
  ),
);
/** What says "none": a dash, "Không", "Không đăng ký". */
const NONE = new Set(["", "khong", "khongdangky", "0", "x0"]);

export interface TitlesRead {
  titles: IndividualResultTitle[];
  /** Parts no title reads as ("Bằng khen", "CSTĐ cấp tỉnh"): the results file has no place for them. */
  unread: string[];
  /** "CSTĐ" alone, read as Chiến sĩ thi đua cơ sở. */
  guessed: string[];
}

/** A registration cell: titles separated by commas, semicolons, "+", "/" or "và", or one per line. */
export function readTitles(value: SheetValue): TitlesRead {
  const out: TitlesRead = { titles: [], unread: [], guessed: [] };
  if (typeof value !== "string") {
    if (typeof value === "number" && value === 0) return out;
    out.unread.push(typeof value === "object" ? value.date : String(value));
    return out;
  }
  for (const part of value.normalize("NFC").split(/[,;+/\n]|\s+(?:và|va)\s+|\s+-\s+/u)) {
    const trimmed = part.trim();
    const key = compactKey(trimmed);
    if (NONE.has(key) || /^[-–—.]+$/u.test(trimmed)) continue;
    let title = TITLE_BY_KEY.get(key);
    if (!title && key.startsWith("giaykhen")) title = "giay-khen";
    if (!title && key === "cstd") {
      title = "cstdcs";
      out.guessed.push(trimmed);
    }
    if (title) {
      if (!out.titles.includes(title)) out.titles.push(title);
    } else out.unread.push(trimmed);
  }
  return out;
}

/** A mark in a column of its own (Nam | Nữ, LĐTT | CSTĐCS): yes, no (empty, "0", "-"), or unreadable. */
export function readMark(value: SheetValue): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const t = value.normalize("NFC").trim().toLocaleLowerCase("vi");
  if (/^(x|v|✓|✔|☑|\*|\+|có|co|đạt|dat|đăng ký|dang ky|đk|dk)$/u.test(t)) return true;
  if (/^(0|-|–|—|không|khong)?$/u.test(t)) return false;
  return undefined;
}

/** A sex written out: "Nam", "Nữ" (or "Nu", "M", "F"). "Năm" is not "Nam". */
export function readGender(value: SheetValue): "nam" | "nu" | undefined {
  if (typeof value !== "string") return undefined;
  const t = value.normalize("NFC").trim().toLocaleLowerCase("vi");
  if (t === "nam" || t === "m" || t === "male") return "nam";
  if (t === "nữ" || t === "nu" || t === "f" || t === "female") return "nu";
  return undefined;
}

/** A name or a unit as an id of the results file: ASCII, lower case, words joined by "-" (nguyen-van-an). */
export function slug(text: string): string {
  return foldKey(text.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
}

/** "NGUYỄN VĂN AN" → "Nguyễn Văn An"; a name already in mixed case is left as typed. */
export function nameCase(name: string): string {
  if (name !== name.toLocaleUpperCase("vi") || name === name.toLocaleLowerCase("vi")) return name;
  return name
    .toLocaleLowerCase("vi")
    .replace(/(^|[\s-])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toLocaleUpperCase("vi"));
}

/** A leader in the sense of the results file: Hiệu trưởng, Phó Hiệu trưởng (or a centre's or office's head). */
export function isLeaderPost(post: string): boolean {
  const key = foldKey(post.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, " ")
    .trim();
  return /^(?:(?:pho|p)\s+)?(?:hieu truong|giam doc|truong phong)(?:\s|$)/u.test(key) || /^(?:ht|pht|p ht)$/u.test(key);
}
