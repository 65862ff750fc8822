// Header names that do not fit their cell are broken where a văn thư would break them:
// "TRƯỜNG MẦM NON / NAM THANH", "PHÒNG GD&ĐT / THÀNH PHỐ ĐIỆN BIÊN PHỦ" — never "NAM / THANH".
import { estimateWidth } from "./units.js";

/** Words that start a new line well: the name of an administrative unit. */
const BREAK_BEFORE = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "TỈNH", "HUYỆN", "QUẬN", "PHƯỜNG", "XÃ"];
/** Kinds of school: the name that follows them goes on the next line. */
const BREAK_AFTER = ["TRƯỜNG MẦM NON", "TRƯỜNG TIỂU HỌC", "TRƯỜNG TRUNG HỌC CƠ SỞ", "TRƯỜNG TRUNG HỌC PHỔ THÔNG", "TRƯỜNG THCS", "TRƯỜNG THPT", "TRƯỜNG TH&THCS", "TRƯỜNG THCS&THPT", "TRƯỜNG PTDTBT", "TRƯỜNG PTDTNT"];

export function headerLines(text: string, sizePt: number, bold: boolean, available: number): string[] {
  // Regular capitals are narrower: LibreOffice set "PHÒNG GD&ĐT THÀNH PHỐ" (13 pt) in 62 mm.
  const width = (s: string): number => estimateWidth(s, sizePt, true) * (bold ? 1 : 0.87);
  if (width(text) <= available) return [text];
  const words = text.split(/\s+/);
  const splits = words.slice(1).map((_, i) => [words.slice(0, i + 1).join(" "), words.slice(i + 1).join(" ")] as const);
  const preferred = splits.filter(([a, b]) => BREAK_BEFORE.some((w) => b.startsWith(`${w} `)) || BREAK_AFTER.some((w) => a === w));
  const fits = (s: readonly [string, string]): boolean => width(s[0]) <= available && width(s[1]) <= available;
  const worst = (s: readonly [string, string]): number => Math.max(width(s[0]), width(s[1]));
  const best = (list: (readonly [string, string])[]): (readonly [string, string]) | undefined => [...list].sort((x, y) => worst(x) - worst(y))[0];
  const pick = best(preferred.filter(fits)) ?? best(splits.filter(fits)) ?? best(preferred);
  // Too long even for two lines: let the word processor wrap it (ND30 allows several lines).
  return pick ? [pick[0], pick[1]] : [text];
}
