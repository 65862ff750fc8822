// How prose names the titles of Luật Thi đua, khen thưởng: the full name, its spelling variants (sĩ/sỹ,
// tỉ/tỷ) and the abbreviations clerks use (LĐTT, CSTĐCS, CSTĐ cơ sở, GK). The one table the prose rules
// read, so "Chiến sỹ thi đua cơ sở, tỉ lệ 40%" is checked as "Chiến sĩ …" is; meant to become the phrase
// grammar `plan import` reads titles with.
import type { IndividualTitleId } from "../plan.js";

/** Each title's phrases, as regular-expression sources matched case-insensitively, longest first. */
export const INDIVIDUAL_TITLE_PHRASES: Readonly<Record<IndividualTitleId, readonly string[]>> = {
  ldtt: ["lao động tiên tiến", "LĐTT", "LĐ tiên tiến"],
  cstdcs: [
    "chiến s[ĩỹ] thi đua cơ sở",
    "chiến s[ĩỹ] thi đua cấp cơ sở",
    "CSTĐ cơ sở",
    "CSTĐ cấp cơ sở",
    "CSTĐCS",
    "CSTĐ-CS",
  ],
  "cstd-tinh": ["chiến s[ĩỹ] thi đua cấp tỉnh", "chiến s[ĩỹ] thi đua tỉnh", "CSTĐ cấp tỉnh", "CSTĐ tỉnh"],
  "giay-khen": ["giấy khen", "GK"],
  "bang-khen-tinh": ["bằng khen (?:của )?(?:chủ tịch )?UBND tỉnh", "bằng khen tỉnh", "BK UBND tỉnh"],
  "bang-khen-bo": ["bằng khen (?:của )?(?:bộ trưởng )?bộ (?:GD&ĐT|GDĐT|giáo dục và đào tạo)", "bằng khen bộ", "BK Bộ"],
  "ky-niem-chuong": ["kỷ niệm chương", "kỉ niệm chương", "KNC"],
};

/** The ratio word before a percentage: "tỉ lệ", "tỷ lệ". */
export const RATIO_WORD = "(?:tỉ|tỷ)\\s+lệ";

/**
 * Any title's phrase, as whole words: "GK" in "GKII" or "LĐTT" inside another word is not a title. JavaScript's
 * \b knows only ASCII letters, so the edges are written with Unicode letter classes.
 */
export const ANY_TITLE_PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.values(INDIVIDUAL_TITLE_PHRASES)
    .flat()
    .sort((a, b) => b.length - a.length)
    .join("|")})(?![\\p{L}\\p{N}])`,
  "iu",
);
