// The language of plans as one table: how a plan writes its titles, units, counts, heading totals, phase
// times and document numbers. Each entry lists the form the tool itself prints first, then the forms clerks
// type. Import reads with it (core/import/), the prose rules and the phase-wording check find with it
// (core/rules/), and what the renderers print reads back through it (test/phrases.test.ts). The readers
// that use these forms are in phrase-grammar.ts; a form added here is read everywhere at once.
//
// Forms are regular-expression sources, matched case-insensitively with the Unicode flag ("Đ/c" is "đ/c"),
// between letter-aware edges (JavaScript's \b knows only ASCII letters, so "em" would match in "them").
import type { CalendarPoint, CollectiveTitleId, IndividualTitleId } from "../plan.js";

/** Before and after a word: no letter or digit there. */
export const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
export const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;

/** "1.085", "1085", "05": Vietnamese documents group thousands with dots. */
export const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?!\d)|\d+`;
/** "96,8", "96.8", "97" before a "%" (a rate above 100 is read, for prose/percent-over-100 to say so). */
export const PERCENT_VALUE = String.raw`\d+(?:[.,]\d+)?`;
/** The ratio word before a percentage: "tỉ lệ", "tỷ lệ". */
export const RATIO_WORD = String.raw`(?:tỉ|tỷ)\s+lệ`;
/** The words between a count and its rate: "30/31 đạt 96,8%", "= 96,8 %", "bằng", "tỉ lệ", "(96,8%)". */
export const RATE_LEAD =
  String.raw`(?:,\s*)?\(?\s*(?:(?:đạt|=|bằng|-|–|chiếm)\s*)?` + String.raw`(?:${RATIO_WORD}\s*(?::\s*)?(?:đạt\s*)?)?`;

/**
 * Each individual title's phrases: the full name, its spelling variants (sĩ/sỹ) and the abbreviations clerks
 * use (LĐTT, CSTĐCS, CSTĐ cơ sở, GK). The one table of them: import reads titles with it, prose-percentages
 * checks "Chiến sỹ thi đua cơ sở, tỉ lệ 40%" as "Chiến sĩ …" with it (it was text/title-phrases.ts).
 */
export const TITLE_FORMS: Readonly<Record<IndividualTitleId, readonly string[]>> = {
  ldtt: ["lao động tiên tiến", "LĐTT", "LĐ tiên tiến"],
  cstdcs: [
    "chiến s[ĩỹ] thi đua cơ sở",
    "chiến s[ĩỹ] thi đua cấp cơ sở",
    "CSTĐ cấp cơ sở",
    "CSTĐ cơ sở",
    "CSTĐCS",
    "CSTĐ-CS",
  ],
  "cstd-tinh": ["chiến s[ĩỹ] thi đua cấp tỉnh", "chiến s[ĩỹ] thi đua tỉnh", "CSTĐ cấp tỉnh", "CSTĐ tỉnh"],
  "giay-khen": ["giấy khen", "GK"],
  "bang-khen-tinh": [
    "bằng khen (?:của )?(?:chủ tịch )?(?:UBND|ủy ban nhân dân|uỷ ban nhân dân) tỉnh",
    "bằng khen tỉnh",
    "BK UBND tỉnh",
  ],
  "bang-khen-bo": ["bằng khen (?:của )?(?:bộ trưởng )?bộ (?:GD&ĐT|GDĐT|giáo dục và đào tạo)", "bằng khen bộ", "BK Bộ"],
  "ky-niem-chuong": ["kỷ niệm chương", "kỉ niệm chương", "KNC"],
};

/** Collective titles as whole phrases: "Công đoàn cơ sở vững mạnh xuất sắc" is its own title, not "… vững mạnh". */
export const COLLECTIVE_FORMS: Readonly<Record<CollectiveTitleId, readonly string[]>> = {
  ttldtt: ["tập thể lao động tiên tiến", "TTLĐTT", "tập thể LĐTT"],
  ttldxs: ["tập thể lao động xuất sắc", "TTLĐXS", "tập thể LĐXS"],
  "co-thi-dua-tinh": ["cờ thi đua (?:của )?(?:UBND|ủy ban nhân dân) tỉnh", "cờ thi đua tỉnh"],
  "co-thi-dua-bo": ["cờ thi đua (?:của )?bộ (?:GD&ĐT|GDĐT|giáo dục và đào tạo)", "cờ thi đua bộ"],
  "giay-khen-tap-the": ["giấy khen \\(tập thể\\)", "giấy khen tập thể"],
  "bang-khen-tap-the": ["bằng khen \\(tập thể\\)", "bằng khen tập thể"],
  "cong-doan-vung-manh": ["công đoàn cơ sở vững mạnh", "CĐCS vững mạnh"],
  "cong-doan-vung-manh-xuat-sac": ["công đoàn cơ sở vững mạnh xuất sắc", "CĐCS vững mạnh xuất sắc", "CĐCS VMXS"],
  "doan-co-so-vung-manh": ["đoàn cơ sở vững mạnh"],
  "chi-doan-vung-manh": ["chi đoàn vững mạnh"],
  "lien-doi-manh": ["liên đội mạnh"],
  "lien-doi-xuat-sac": ["liên đội xuất sắc"],
  "chi-bo-tsvm": ["chi bộ trong sạch vững mạnh", "chi bộ TSVM"],
  "chi-bo-htxs": ["chi bộ hoàn thành xuất sắc nhiệm vụ", "chi bộ HTXSNV"],
  "chi-bo-htt": ["chi bộ hoàn thành tốt nhiệm vụ", "chi bộ HTTNV"],
};

/**
 * Units of a count, the stored form first: "05 Đ/c" counts đồng chí as "05 đồng chí" does. The order matters
 * where one form begins another ("học sinh" before "HS").
 */
export const UNIT_FORMS: readonly { unit: string; forms: readonly string[] }[] = [
  { unit: "đồng chí", forms: ["đồng chí", "đ/chí", "đ/c"] },
  { unit: "người", forms: ["người"] },
  { unit: "em", forms: ["em"] },
  { unit: "học sinh", forms: ["học sinh", "HS"] },
  { unit: "lớp", forms: ["lớp"] },
  { unit: "giải", forms: ["giải"] },
  { unit: "trường", forms: ["trường"] },
  { unit: "tập thể", forms: ["tập thể"] },
  { unit: "CBGVNV", forms: ["CBGVNV", "CB, GV, NV", "CB-GV-NV"] },
  { unit: "giáo viên", forms: ["giáo viên"] },
  { unit: "chi đội", forms: ["chi đội"] },
  { unit: "đơn vị", forms: ["đơn vị"] },
  { unit: "sáng kiến", forms: ["sáng kiến"] },
  { unit: "đề tài", forms: ["đề tài"] },
  { unit: "cá nhân", forms: ["cá nhân"] },
  { unit: "tổ", forms: ["tổ"] },
  { unit: "sản phẩm", forms: ["sản phẩm"] },
  { unit: "huy chương", forms: ["huy chương"] },
];

/** How a heading counts the staff: "(tổng số 42 CB, GV, NV)", "(tổng số: 31 CBGVNV)". */
export const STAFF_UNIT_FORMS: readonly string[] = [
  "CB, GV, NV",
  "CB - GV - NV",
  "CBGVNV",
  "CBGV",
  "CB, GV",
  "cán bộ, giáo viên, nhân viên",
  "cán bộ giáo viên nhân viên",
  "CBCCVC",
  "CB, CC, VC",
];
/**
 * A heading about the staff: "Đối với cá nhân", "Cá nhân", "Đối với CB, GV, NV". With "người" or "đồng chí"
 * as its unit only such a heading counts the staff: "cán bộ, giáo viên, nhân viên các trường (tổng số 1.460
 * người)" in an office's plan is the schools' staff, a group of its own.
 */
export const STAFF_HEADING =
  String.raw`^(?:đối với\s+)?(?:các\s+)?(?:danh hiệu\s+)?` +
  String.raw`(?:cá nhân|CB, GV, NV|CBGVNV|cán bộ, giáo viên, nhân viên)(?:\s*:)?$`;
/** A heading over the collective titles: "Đối với tập thể", "Các tập thể", "Danh hiệu tập thể". */
export const COLLECTIVE_HEADING = String.raw`^(?:đối với\s+)?(?:các\s+)?(?:danh hiệu\s+)?tập thể`;
/** A heading over a group of its own without a total: "Đối với học sinh", "Các lớp", "Đối với các trường". */
export const GROUP_HEADING = String.raw`^(?:đối với\s+)?(?:các\s+)?(?:học sinh|lớp|trường)`;
/** Words that make a heading about another population than the staff: the schools, the sector, students. */
export const OTHER_POPULATION = "các trường|các nhà trường|toàn ngành|học sinh|trường học|lớp";

/** "(tổng số 42 CB, GV, NV)", "(tổng số: 1.085 học sinh, 27 lớp)", "tổng số 64": the word before a heading total. */
export const TOTAL_WORD = String.raw`(?:tổng\s+số|tổng|TS)\s*:?\s*`;

/**
 * The school year's points as a phase's time names them. The tool writes the first form
 * (compute/calendar.ts POINT_PHRASE); a "đến" side may add "hết".
 */
const HK = String.raw`(?:học\s+k[ỳì]|HK)\s*`;
const ONE = String.raw`(?:I|1)(?![I\p{L}\p{N}])`;
const TWO = String.raw`(?:II|2)(?![I\p{L}\p{N}])`;
export const POINT_FORMS: Readonly<Record<CalendarPoint, readonly string[]>> = {
  start: [
    "đầu năm học",
    "ngày khai giảng(?: năm học)?",
    "khai giảng(?: năm học)?",
    "ngày tựu trường",
    "tựu trường",
    "ngày bắt đầu năm học",
    "bắt đầu năm học",
    "đầu năm",
    `đầu ${HK}${ONE}`,
  ],
  semester1End: [`kết thúc ${HK}${ONE}`, `cuối ${HK}${ONE}`, `hết ${HK}${ONE}`, `${HK}${ONE}`],
  semester2Start: [`đầu ${HK}${TWO}`, `ngày bắt đầu ${HK}${TWO}`, `bắt đầu ${HK}${TWO}`, `${HK}${TWO}`],
  end: [
    `kết thúc ${HK}${TWO}`,
    "kết thúc năm học",
    "cuối năm học",
    "hết năm học",
    `cuối ${HK}${TWO}`,
    `hết ${HK}${TWO}`,
    "tổng kết năm học",
  ],
};

/** "tuần 19", "tuần học thứ 19", "tuần thứ 19", "tuần học 19". */
export const WEEK = String.raw`tuần\s+(?:học\s+)?(?:thứ\s+)?(\d{1,2})${EDGE_AFTER}`;
/** "tháng 12/2024", "tháng 12 năm 2024", "tháng 12-2024", "tháng 12". */
export const MONTH = String.raw`tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\d/])`;
/**
 * "20/11/2024", "20/11", "20-11-2024", "20.11.2024", "ngày 20 tháng 11 năm 2024" (spaces only around "/", so "05/9 -
 * 20/11" is two days).
 */
export const DAY =
  String.raw`(?:ngày\s+)?(?:` +
  [
    String.raw`(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])`, // 20/11/2024
    String.raw`(\d{1,2})[.-](\d{1,2})(?:[.-](\d{4}))?(?![\d.-])`, // 20.11.2024, 20-11
    String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`, // 20 tháng 11 năm 2024
  ].join("|") +
  ")";
/** "đến hết tuần 18", "đến hết ngày 20/11": "hết" says a whole day, week or month; the bound is the same. */
export const UNTIL = String.raw`(?:hết\s+)?`;
/** Between the two sides of a time: "đến", "tới", "-", "–". */
export const TO_WORD = "(?:đến|tới|->|-|–|—)";
/** Words that open a phase's time outside the "Từ …" at its head: "thời gian: từ …", "thời gian thực hiện: …". */
export const TIME_LEAD = String.raw`thời\s+gian(?:\s+thực\s+hiện)?\s*:?\s*`;

/** "năm học 2024 - 2025", "năm học 2024-2025", "năm học 2024 – 2025": the school year a document names. */
export const SCHOOL_YEAR = String.raw`năm\s+học\s*(\d{4})\s*[-–—]\s*(\d{4})`;

/** "Đợt 1", "Đợt thi đua thứ nhất", "Đợt II", "Đợt thi đua số 2" at the head of a phase line. */
export const PHASE_LABEL = String.raw`Đợt(?:\s+thi\s+đua)?\s+(?:thứ\s+[\p{L}\d]+|số\s+\d{1,2}|\d{1,2}|[IVX]+)`;

/**
 * Issuing bodies as the header writes them in capitals and the body in short: "TRƯỜNG TRUNG HỌC CƠ SỞ THANH
 * MINH" is "Trường THCS Thanh Minh". Long form, then its short forms.
 */
export const ORG_FORMS: readonly (readonly string[])[] = [
  ["trung học cơ sở", "THCS"],
  ["trung học phổ thông", "THPT"],
  ["phổ thông dân tộc bán trú", "PTDTBT"],
  ["phổ thông dân tộc nội trú", "PTDTNT"],
  ["tiểu học và trung học cơ sở", "TH&THCS", "TH và THCS"],
  ["tiểu học", "TH"],
  ["mầm non", "MN"],
  ["giáo dục và đào tạo", "GD&ĐT", "GDĐT", "GD và ĐT"],
  ["ủy ban nhân dân", "uỷ ban nhân dân", "UBND"],
  ["giáo dục thường xuyên", "GDTX"],
];

/**
 * A document's number and symbol ("98/2023/NĐ-CP", "888/NV-TĐKT"), as typed with stray spaces and dashes:
 * "05/2024/QĐ- UBND", "01/ 2012/KHTĐ–THA5". Parts after a dash are capitals and digits: matched
 * without the case-insensitive flag, under which \p{Lu} would take small letters too.
 */
export const DOCUMENT_NUMBER =
  String.raw`\d{1,5}[a-zA-Z]?(?:\s*\/\s*\d{4})?\s*\/\s*` + String.raw`[\p{Lu}\d&]+(?:\s*[-–—]\s*[\p{Lu}\d&]+)*`;
