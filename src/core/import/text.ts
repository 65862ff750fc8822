import { parseIsoDate } from "../compute/calendar.js";
import { ORG_FORMS } from "../text/phrases.js";

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

const formPattern = (f: string): string => escapeRegex(f).replace(/\s+/g, "\\s+");
/** Each organisation word's forms, long and short (the phrase table's ORG_FORMS). */
const ORGS = ORG_FORMS.map((forms) => ({
  forms: [...forms].sort((x, y) => y.length - x.length),
  head: new RegExp(
    `^(?:${[...forms]
      .sort((x, y) => y.length - x.length)
      .map(formPattern)
      .join("|")})(?![\\p{L}&])`,
    "iu",
  ),
}));

/**
 * A capitals name as a pattern; with `shorter`, each organisation word may also be found in a shorter form:
 * "TRƯỜNG TRUNG HỌC CƠ SỞ X" finds "Trường THCS X". A short form in the header is never spelt out: the
 * header's "GD&ĐT" stays where prose writes "Giáo dục và Đào tạo".
 */
function namePattern(capsName: string, shorter: boolean): RegExp {
  const parts: string[] = [];
  let rest = capsName.trim();
  while (rest) {
    const org = shorter ? ORGS.find((o) => o.head.test(rest)) : undefined;
    const m = org ? org.head.exec(rest)! : /^\S+/u.exec(rest)!;
    parts.push(
      org
        ? `(?:${org.forms
            .filter((f) => f.length <= m[0].length)
            .map(formPattern)
            .join("|")})`
        : escapeRegex(m[0]),
    );
    rest = rest.slice(m[0].length).trim();
  }
  return new RegExp(`(?<![\\p{L}])${parts.join("\\s+")}(?![\\p{L}])`, "giu");
}

/**
 * A name printed in capitals ("TRƯỜNG MẦM NON NAM THANH", "TRƯỜNG TRUNG HỌC CƠ SỞ THANH MINH") in the case
 * the document writes it elsewhere ("Trường Mầm non Nam Thanh", "Trường THCS Thanh Minh"), or undefined
 * when the document never writes it so.
 */
export function findCasing(capsName: string, corpus: string): string | undefined {
  // The same words first ("PHÒNG GD&ĐT …" is "Phòng GD&ĐT …" even where prose also writes it in full).
  for (const shorter of [false, true])
    for (const m of corpus.matchAll(namePattern(capsName, shorter)))
      if (m[0] !== upperVi(m[0])) return m[0].replace(/\s+/g, " ");
  return undefined;
}

/** A word Vietnamese spells as one syllable; "TĐKT", "UBND", "GD&ĐT" are not, so they are abbreviations. */
const VOWELS = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
const SYLLABLE = new RegExp(
  String.raw`^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?[${VOWELS}]+(?:ng|nh|ch|[cmnpt])?$`,
  "iu",
);

/**
 * "HIỆU TRƯỞNG" → "Hiệu trưởng": the first letter capital, the rest as prose writes it; abbreviations stay in capitals.
 */
export function sentenceCase(caps: string): string {
  const words = caps
    .split(/(\s+)/u)
    .map((w) => (SYLLABLE.test(w.replace(/[,.;:()-]/gu, "")) ? w.toLocaleLowerCase("vi") : w));
  const lower = words.join("");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** A day, month and year as ISO ("2024-09-19"), or undefined when the calendar has no such day. */
export function isoFromVietnamese(day: number, month: number, year: number): string | undefined {
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return parseIsoDate(iso) ? iso : undefined;
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
