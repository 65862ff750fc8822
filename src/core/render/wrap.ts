// How long a line of Times New Roman is, and where a header name breaks when it does not fit its
// cell: "TRƯỜNG MẦM NON / NAM THANH", "PHÒNG GD&ĐT / THÀNH PHỐ ĐIỆN BIÊN PHỦ" — never "NAM / THANH".
// Widths are in twips (1/20 pt), sizes in points; the page model (page.ts) decides what to measure.

/**
 * Rough printed width of text in Times New Roman, for lines "1/3 to 1/2 of the text" (ND30 §II.2b).
 * Measured: "TRƯỜNG MẦM NON NGỌC THỤY" at 13 pt bold ≈ 74 mm, i.e. ≈ 0.56 em per capital.
 */
export function estimateWidth(text: string, sizePt: number, caps: boolean): number {
  return Math.round(text.length * sizePt * 20 * (caps ? 0.64 : 0.5)); // an em is sizePt × 20 twips
}

// Advance widths (1/1000 em) of Times New Roman capitals, measured from Liberation Serif, which is
// metric-compatible: header names are all capitals, and their lines are decided by these widths.
const CAPS_REGULAR =
  "A722B667C667D722E611F556G722H722I333J389K722L611M889N722O722P556Q722R667S556T611U722V722W944X722Y722Z611";
const CAPS_BOLD =
  "A722B667C722D722E667F611G778H778I389J500K778L667M944N722O778P611Q778R722S556T667U722V722W1000X722Y722Z667";
const OTHER = { " ": 250, "&": [778, 833], "-": 333, ".": 250, ",": 250, "/": 278, "(": 333, ")": 333 } as const;
const table = (spec: string): Map<string, number> =>
  new Map([...spec.matchAll(/([A-Z])(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
const REGULAR = table(CAPS_REGULAR);
const BOLD = table(CAPS_BOLD);

/**
 * Printed width in twips of a line of capitals in Times New Roman; Vietnamese marks do not widen a
 * letter, the horn of Ư does.
 */
export function capsWidth(text: string, sizePt: number, bold: boolean): number {
  const caps = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    if (ch === "Ư") units += bold ? 796 : 776;
    else if (ch === "Đ") units += 722;
    else if (/[0-9]/.test(ch)) units += 500;
    else if (ch in OTHER) {
      const w = OTHER[ch as keyof typeof OTHER];
      units += typeof w === "number" ? w : w[bold ? 1 : 0];
    } else units += caps.get(ch.normalize("NFD").charAt(0)) ?? (bold ? 778 : 722);
  }
  return Math.round((units / 1000) * sizePt * 20);
}

/** Words that start a new line well: the name of an administrative unit. */
const BREAK_BEFORE = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "TỈNH", "HUYỆN", "QUẬN", "PHƯỜNG", "XÃ"];
/** Kinds of school: the name that follows them goes on the next line. */
const BREAK_AFTER = [
  "TRƯỜNG MẦM NON",
  "TRƯỜNG TIỂU HỌC",
  "TRƯỜNG TRUNG HỌC CƠ SỞ",
  "TRƯỜNG TRUNG HỌC PHỔ THÔNG",
  "TRƯỜNG THCS",
  "TRƯỜNG THPT",
  "TRƯỜNG TH&THCS",
  "TRƯỜNG THCS&THPT",
  "TRƯỜNG PTDTBT",
  "TRƯỜNG PTDTNT",
];

/** The widths are the font's own (capsWidth); keep half a percent for rounding in the word processor. */
const SAFETY = 0.995;

/** Whether every line of the name fits the cell once broken. */
export function headerFits(text: string, sizePt: number, bold: boolean, cell: number): boolean {
  return headerLines(text, sizePt, bold, cell).every((line) => capsWidth(line, sizePt, bold) <= cell * SAFETY);
}

/** Phrases a line never breaks inside: "GIÁO DỤC VÀ / ĐÀO TẠO" reads as a typing slip. */
const NO_BREAK = [
  "GIÁO DỤC VÀ ĐÀO TẠO",
  "ỦY BAN NHÂN DÂN",
  "UỶ BAN NHÂN DÂN",
  "MẦM NON",
  "TIỂU HỌC",
  "TRUNG HỌC CƠ SỞ",
  "TRUNG HỌC PHỔ THÔNG",
  "THÀNH PHỐ",
  "THỊ XÃ",
  "THỊ TRẤN",
  "PHÒNG GD&ĐT",
  "SỞ GD&ĐT",
];

function breaksPhrase(text: string, boundary: number, phrases: readonly string[] = NO_BREAK): boolean {
  return phrases.some((phrase) => {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1))
      if (at < boundary && boundary < at + phrase.length) return true;
    return false;
  });
}

/** Where a line may break, and where it breaks best: a header name's, or the signer's. */
interface Breaks {
  noBreak: readonly string[];
  before: readonly string[];
  after: readonly string[];
}
const HEADER: Breaks = { noBreak: NO_BREAK, before: BREAK_BEFORE, after: BREAK_AFTER };

/**
 * The signer's caps lines break between phrases only: "TM. HỘI ĐỒNG / THI ĐUA - KHEN THƯỞNG", never
 * "… - KHEN / THƯỞNG" (issue 22), and never after the authority alone ("TM. / HỘI ĐỒNG …").
 */
const SIGNER: Breaks = {
  noBreak: [
    ...NO_BREAK,
    "THI ĐUA - KHEN THƯỞNG",
    "THI ĐUA – KHEN THƯỞNG",
    "THI ĐUA, KHEN THƯỞNG",
    "THI ĐUA",
    "KHEN THƯỞNG",
    "HỘI ĐỒNG",
    "CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "HIỆU TRƯỞNG",
    "PHÓ HIỆU TRƯỞNG",
    "GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "TRƯỞNG PHÒNG",
    "BAN CHẤP HÀNH",
    "CÔNG ĐOÀN",
    "CƠ SỞ",
    ...["KT.", "TM.", "Q.", "TL.", "TUQ."].map((a) => `${a} `),
  ],
  before: ["THI ĐUA", "HIỆU TRƯỞNG", "CHỦ TỊCH", "BAN CHẤP HÀNH", "CÔNG ĐOÀN"],
  after: [],
};

export function headerLines(text: string, sizePt: number, bold: boolean, cell: number): string[] {
  return phraseLines(text, sizePt, bold, cell, HEADER);
}

/** A caps line of the signature block in its column: one line, or two broken between phrases. */
export function signerLines(text: string, sizePt: number, cell: number): string[] {
  return phraseLines(text, sizePt, true, cell, SIGNER);
}

function phraseLines(text: string, sizePt: number, bold: boolean, cell: number, breaks: Breaks): string[] {
  const width = (s: string): number => capsWidth(s, sizePt, bold);
  const available = cell * SAFETY;
  if (width(text) <= available) return [text];
  const words = text.split(/\s+/);
  const all = words.slice(1).map((_, i) => [words.slice(0, i + 1).join(" "), words.slice(i + 1).join(" ")] as const);
  // The boundary is the space after the first part: a phrase "TM. " spans it, so "TM." never ends a line.
  const splits = all.filter(([a]) => !breaksPhrase(text, a.length, breaks.noBreak));
  const preferred = splits.filter(
    ([a, b]) => breaks.before.some((w) => b.startsWith(`${w} `) || b === w) || breaks.after.some((w) => a === w),
  );
  const within =
    (limit: number) =>
    (s: readonly [string, string]): boolean =>
      width(s[0]) <= limit && width(s[1]) <= limit;
  // A lone last word ("… / THỤ") is a name cut in two: avoid it whenever another split exists.
  const worst = (s: readonly [string, string]): number =>
    Math.max(width(s[0]), width(s[1])) + (s[1].includes(" ") ? 0 : cell);
  const best = (list: (readonly [string, string])[]): readonly [string, string] | undefined =>
    [...list].sort((x, y) => worst(x) - worst(y))[0];
  // A natural break that surely fits, then one that fits by the estimate, before any other break.
  const pick =
    best(preferred.filter(within(available))) ??
    best(preferred.filter(within(cell))) ??
    best(splits.filter(within(available))) ??
    best(splits.filter(within(cell))) ??
    best(preferred) ??
    best(splits);
  // Too long even for two lines: let the word processor wrap it (ND30 allows several lines).
  return pick ? [pick[0], pick[1]] : [text];
}
