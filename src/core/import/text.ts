import { parseIsoDate } from "../compute/calendar.js";

// Text as Word leaves it, made plain: NFC, no invisible characters, single spaces. Quotes inside
// prose are the clerk's and stay; only what no reader can see goes.

/** NBSP, narrow NBSP and figure space read as spaces; zero-width characters, BOM and soft hyphens as nothing. */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f]/gu, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, "")
    .replace(/[ \t]+/gu, " ")
    .trim();
}

/** Vietnamese upper case, as the renderer writes header names. */
export const upperVi = (text: string): string => text.toLocaleUpperCase("vi");

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A name printed in capitals ("TRƯỜNG MẦM NON NAM THANH") in the case the document writes it
 * elsewhere ("Trường Mầm non Nam Thanh"), or undefined when the document never writes it so.
 */
export function findCasing(capsName: string, corpus: string): string | undefined {
  const pattern = new RegExp(escapeRegex(capsName).replace(/\s+/g, "\\s+"), "giu");
  for (const m of corpus.matchAll(pattern)) if (m[0] !== upperVi(m[0])) return m[0].replace(/\s+/g, " ");
  return undefined;
}

/** "HIỆU TRƯỞNG" → "Hiệu trưởng": the first letter capital, the rest as words are written in prose. */
export function sentenceCase(caps: string): string {
  const lower = caps.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** "1.460" or "1460" → 1460; Vietnamese documents group thousands with dots. */
export function parseCount(text: string): number {
  return Number(text.replace(/\./g, ""));
}

/** "96,8" → 96.8 */
export function parseDecimal(text: string): number {
  return Number(text.replace(",", "."));
}

/** "19/9/2024", "19-9-2024" or "ngày 19 tháng 9 năm 2024" → ISO; a day and month without a year take it from the school year. */
export function isoFromVietnamese(day: number, month: number, year: number): string | undefined {
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return parseIsoDate(iso) ? iso : undefined;
}

/** The year a day-and-month belongs to in a school year that starts in August. */
export function yearInSchoolYear(month: number, startYear: number): number {
  return month >= 8 ? startYear : startYear + 1;
}

/** "đối với học sinh" → "hoc-sinh"-like ids for target groups: ASCII, lower case, hyphens. */
export function slug(text: string): string {
  const ascii = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/^(doi voi|đối với)\s+(cac\s+)?/u, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return (ascii || "nhom").slice(0, 40).replace(/-+$/, "");
}
