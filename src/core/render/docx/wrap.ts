// Header names that do not fit their cell are broken where a văn thư would break them:
// "TRƯỜNG MẦM NON / NAM THANH", "PHÒNG GD&ĐT / THÀNH PHỐ ĐIỆN BIÊN PHỦ" — never "NAM / THANH".
import { capsWidth } from "./units.js";

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
