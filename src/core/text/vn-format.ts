// Vietnamese conventions for numbers and dates: decimal comma; ND30 dates pad the day
// below 10 and the months 1 and 2 ("ngày 05 tháng 02 năm 2025", "ngày 19 tháng 9 năm 2024").

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** ND30 (Phụ lục I §II.4): day below 10 and months 1, 2 take a leading zero. */
export function nd30Day(date: Date): string {
  return pad2(date.getDate());
}
export function nd30Month(date: Date): string {
  const m = date.getMonth() + 1;
  return m <= 2 ? pad2(m) : String(m);
}

/** "ngày 05 tháng 02 năm 2025" */
export function formatDateLong(date: Date): string {
  return `ngày ${nd30Day(date)} tháng ${nd30Month(date)} năm ${date.getFullYear()}`;
}

/** "05/02/2025", "29/8/2024": the short form used in căn cứ and prose, same padding rule. */
export function formatDateShort(date: Date): string {
  return `${nd30Day(date)}/${nd30Month(date)}/${date.getFullYear()}`;
}

/** "tháng 12/2024" */
export function formatMonth(date: Date): string {
  return `${date.getMonth() + 1}/${date.getFullYear()}`;
}

/** 96.8 → "96,8" with exactly `decimals` digits after the comma. */
export function formatDecimal(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(".", ",");
}

export function formatPercent(value: number, decimals: number): string {
  return `${formatDecimal(value, decimals)}%`;
}

/** "1.234.567": thousands separated by dots, as Vietnamese documents write them. */
export function formatInteger(value: number): string {
  const whole = Math.trunc(value);
  // Most numbers in a plan (counts, days) have no thousands: no regex for them.
  if (whole > -1000 && whole < 1000) return String(whole);
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** a b c d đ e g h i k l m n o p q r s t u v x y: ND30's point letters (no f, j, w, z). */
export const VIETNAMESE_LETTERS = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
] as const;

export function vietnameseLetter(index: number): string {
  const n = VIETNAMESE_LETTERS.length;
  return index < n
    ? VIETNAMESE_LETTERS[index]!
    : `${VIETNAMESE_LETTERS[Math.floor(index / n) - 1]}${VIETNAMESE_LETTERS[index % n]}`;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [value, numeral] of table)
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  return out;
}

/** Vietnamese upper case that keeps "&" and digits: "Phòng GD&ĐT" → "PHÒNG GD&ĐT". */
export function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}
