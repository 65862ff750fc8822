// Header names that do not fit their cell are broken where a văn thư would break them:
// "TRƯỜNG MẦM NON / NAM THANH", "PHÒNG GD&ĐT / THÀNH PHỐ ĐIỆN BIÊN PHỦ" — never "NAM / THANH".
import { NATIONAL_TITLE } from "../layout.js";
import { capsWidth } from "./units.js";

/** The right column must fit the 13 pt Quốc hiệu (≈ 96 mm) plus cell margins (nd30-layout.md §3). */
export const RIGHT_COLUMN = 5670;
export const CELL_MARGIN = 85;


/** Words that start a new line well: the name of an administrative unit. */
const BREAK_BEFORE = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "TỈNH", "HUYỆN", "QUẬN", "PHƯỜNG", "XÃ"];
/** Kinds of school: the name that follows them goes on the next line. */
const BREAK_AFTER = ["TRƯỜNG MẦM NON", "TRƯỜNG TIỂU HỌC", "TRƯỜNG TRUNG HỌC CƠ SỞ", "TRƯỜNG TRUNG HỌC PHỔ THÔNG", "TRƯỜNG THCS", "TRƯỜNG THPT", "TRƯỜNG TH&THCS", "TRƯỜNG THCS&THPT", "TRƯỜNG PTDTBT", "TRƯỜNG PTDTNT"];

/** The widths are the font's own (capsWidth); keep half a percent for rounding in the word processor. */
const SAFETY = 0.995;

/** Whether every line of the name fits the cell once broken. */
export function headerFits(text: string, sizePt: number, bold: boolean, cell: number): boolean {
  return headerLines(text, sizePt, bold, cell).every((line) => capsWidth(line, sizePt, bold) <= cell * SAFETY);
}

/** Phrases a line never breaks inside: "GIÁO DỤC VÀ / ĐÀO TẠO" reads as a typing slip. */
const NO_BREAK = ["GIÁO DỤC VÀ ĐÀO TẠO", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "MẦM NON", "TIỂU HỌC", "TRUNG HỌC CƠ SỞ", "TRUNG HỌC PHỔ THÔNG", "THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "PHÒNG GD&ĐT", "SỞ GD&ĐT"];

function breaksPhrase(text: string, boundary: number): boolean {
  return NO_BREAK.some((phrase) => {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) if (at < boundary && boundary < at + phrase.length) return true;
    return false;
  });
}

export function headerLines(text: string, sizePt: number, bold: boolean, cell: number): string[] {
  const width = (s: string): number => capsWidth(s, sizePt, bold);
  const available = cell * SAFETY;
  if (width(text) <= available) return [text];
  const words = text.split(/\s+/);
  const all = words.slice(1).map((_, i) => [words.slice(0, i + 1).join(" "), words.slice(i + 1).join(" ")] as const);
  const splits = all.filter(([a]) => !breaksPhrase(text, a.length));
  const preferred = splits.filter(([a, b]) => BREAK_BEFORE.some((w) => b.startsWith(`${w} `)) || BREAK_AFTER.some((w) => a === w));
  const within = (limit: number) => (s: readonly [string, string]): boolean => width(s[0]) <= limit && width(s[1]) <= limit;
  // A lone last word ("… / THỤ") is a name cut in two: avoid it whenever another split exists.
  const worst = (s: readonly [string, string]): number => Math.max(width(s[0]), width(s[1])) + (s[1].includes(" ") ? 0 : cell);
  const best = (list: (readonly [string, string])[]): (readonly [string, string]) | undefined => [...list].sort((x, y) => worst(x) - worst(y))[0];
  // A natural break that surely fits, then one that fits by the estimate, before any other break.
  const pick =
    best(preferred.filter(within(available))) ?? best(preferred.filter(within(cell))) ?? best(splits.filter(within(available))) ?? best(splits.filter(within(cell))) ?? best(preferred) ?? best(splits);
  // Too long even for two lines: let the word processor wrap it (ND30 allows several lines).
  return pick ? [pick[0], pick[1]] : [text];
}

/**
 * ND30 allows 12–13 pt for the header names and the Quốc hiệu. 13 pt is the default; when a name has a
 * part that cannot be broken and does not fit the left cell ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" needs ≈ 72 mm)
 * the header is set at 12 pt, and the right column narrows to what the 12 pt Quốc hiệu needs, widening
 * the left one, rather than letting Word break "ĐÀO / TẠO".
 */
export function headerSizes(l: { issuingBody: string; parentBody?: string }, textWidth: number): { name: number; national: number; motto: number; right: number } {
  const fits = (size: number, right: number): boolean => {
    const inner = textWidth - right - 2 * CELL_MARGIN;
    return headerFits(l.issuingBody, size, true, inner) && (!l.parentBody || headerFits(l.parentBody, size, false, inner));
  };
  if (fits(13, RIGHT_COLUMN)) return { name: 13, national: 13, motto: 14, right: RIGHT_COLUMN };
  const right = Math.round(capsWidth(NATIONAL_TITLE, 12, true) * 1.02) + 2 * CELL_MARGIN;
  return { name: 12, national: 12, motto: 13, right };
}

