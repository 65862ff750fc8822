// Readers over the phrase table (phrases.ts): each form compiled once, one reader per kind of phrase. A
// target line, a heading total, a phase's time, a căn cứ's number: import reads them here, the prose rules
// and the phase-wording check find them here, so what one reads as a phase's time the other checks as one.
import { isoDate, parseIsoDate } from "../compute/dates.js";
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES } from "../compute/titles.js";
import type {
  Bound,
  CalendarPoint,
  CollectiveTarget,
  CollectiveTitleId,
  IndividualTarget,
  IndividualTitleId,
  SubCount,
} from "../plan.js";
import {
  COLLECTIVE_FORMS,
  COLLECTIVE_HEADING,
  DAY,
  DOCUMENT_NUMBER,
  EDGE_AFTER,
  EDGE_BEFORE,
  GROUP_HEADING,
  MONTH,
  NUMBER,
  OTHER_POPULATION,
  PERCENT_VALUE,
  PHASE_LABEL,
  POINT_FORMS,
  RATE_LEAD,
  RATIO_WORD,
  SCHOOL_YEAR,
  STAFF_HEADING,
  STAFF_UNIT_FORMS,
  TIME_LEAD,
  TITLE_FORMS,
  TO_WORD,
  TOTAL_WORD,
  UNIT_FORMS,
  UNTIL,
  WEEK,
} from "./phrases.js";

/** A form's groups made non-capturing, to compose it into a larger pattern (escaped "\(" stays). */
const bare = (source: string): string => source.replace(/(?<!\\)\((?!\?)/g, "(?:");
/** Forms as one alternation, longer sources first, so "CSTĐ cơ sở" is tried before "CSTĐ". */
const anyOf = (forms: readonly string[]): string =>
  [...forms]
    .sort((a, b) => b.length - a.length)
    .map(bare)
    .join("|");
const whole = (source: string, flags = "iu"): RegExp => new RegExp(`^(?:${source})$`, flags);

/** "1.085" → 1085, "05" → 5. */
export const parseNumber = (text: string): number => Number(text.replace(/\./g, ""));

// ── units and counts ──

const UNIT_OF = UNIT_FORMS.flatMap(({ unit, forms }) =>
  forms.map((f) => [whole(f.replace(/[/]/g, "\\/")), unit] as const),
);
const UNIT = `(${anyOf(UNIT_FORMS.flatMap((u) => u.forms.map((f) => f.replace(/[/]/g, "\\/"))))})${EDGE_AFTER}`;

/** The stored unit of a written one: "Đ/c" → "đồng chí"; undefined for a word the table does not know. */
export function unitOf(written: string): string | undefined {
  return UNIT_OF.find(([form]) => form.test(written.trim()))?.[1];
}

export interface Count {
  count: number;
  total?: number;
  unit?: string;
  /** The rate as the document wrote it ("97", "96,8"), to compare with the computed one. */
  statedPercent?: string;
  including: SubCount[];
}

const COUNT = new RegExp(
  `^(?:đạt\\s+)?(${NUMBER})(?:\\s*\\/\\s*(${NUMBER}))?\\s*(?:${UNIT})?\\s*` +
    `(?:${RATE_LEAD}(${PERCENT_VALUE})\\s*%\\s*\\)?)?\\s*(.*)$`,
  "iu",
);
const INCLUDING = /^[,;]?\s*trong\s+đó\s*:?\s*(.+?)\s*[.;]?$/iu;
const PART = new RegExp(`^(ít nhất\\s+|tối thiểu\\s+)?(${NUMBER})\\s+(\\S.*)$`, "iu");

/**
 * "30/31 đạt 96,8%", "30/31 = 96,8 %", "05 Đ/c = 15 %", "36 đồng chí.", "18/27 lớp.", "30 giải, trong đó ít nhất 4 giải
 * Nhất".
 */
export function readCount(text: string): Count | undefined {
  const m = COUNT.exec(text.trim());
  if (!m) return undefined;
  const tail = m[5]!.replace(/\s*[.;]\s*$/u, "").trim();
  const including: SubCount[] = [];
  if (tail) {
    const inc = INCLUDING.exec(tail);
    if (!inc) return undefined;
    for (const part of inc[1]!.split(/\s*[,;]\s*|\s+và\s+/u)) {
      const p = PART.exec(part.trim());
      if (!p) return undefined;
      including.push({ count: parseNumber(p[2]!), name: p[3]!.trim(), ...(p[1] ? { atLeast: true } : {}) });
    }
  }
  return {
    count: parseNumber(m[1]!),
    ...(m[2] ? { total: parseNumber(m[2]) } : {}),
    ...(m[3] ? { unit: unitOf(m[3]) ?? m[3] } : {}),
    ...(m[4] ? { statedPercent: m[4] } : {}),
    including,
  };
}

export interface TargetLine extends Count {
  label: string;
}

/** "Nhãn: 30/31 đạt 97 %" → its label and numbers; undefined when the line is prose. */
export function readTargetLine(line: string): TargetLine | undefined {
  const colon = line.indexOf(":");
  if (colon < 2 || colon > 160) return undefined;
  const rest = line.slice(colon + 1);
  // "Thời gian: 05/9/2024" is a date, not a ratio.
  if (/\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/u.test(rest)) return undefined;
  const count = readCount(rest);
  return count ? { label: line.slice(0, colon).trim(), ...count } : undefined;
}

// ── titles ──

const TITLE_IN = Object.entries(TITLE_FORMS).map(
  ([id, forms]) =>
    [id as IndividualTitleId, new RegExp(`${EDGE_BEFORE}(?:${anyOf(forms)})${EDGE_AFTER}`, "iu")] as const,
);
/** Any individual title named in a text, as whole words. */
export const TITLE_PHRASE = new RegExp(
  `${EDGE_BEFORE}(?:${anyOf(Object.values(TITLE_FORMS).flat())})${EDGE_AFTER}`,
  "iu",
);

/**
 * A staff target's label as a title the law names: its own name ({ title }), another spelling or a mention
 * ("CSTĐ cơ sở", "UBND huyện tặng giấy khen": { title, label } printed as written), "Giấy khen của …"
 * ({ title, issuer }); else a free name.
 */
export function individualTitle(label: string): Pick<IndividualTarget, "title" | "label" | "name" | "issuer"> {
  for (const [id, t] of Object.entries(INDIVIDUAL_TITLES) as [IndividualTitleId, { name: string }][])
    if (label === t.name) return { title: id };
  const issued = /^(Giấy khen|Bằng khen)\s+của\s+(\S.*)$/u.exec(label);
  if (issued?.[1] === "Giấy khen") return { title: "giay-khen", issuer: issued[2]!.trim() };
  if (/tập\s+thể/iu.test(label)) return { name: label };
  for (const [id, pattern] of TITLE_IN) if (pattern.test(label)) return { title: id, label };
  return { name: label };
}

const COLLECTIVE_WHOLE = Object.entries(COLLECTIVE_FORMS).map(
  ([id, forms]) => [id as CollectiveTitleId, whole(anyOf(forms))] as const,
);
const FREE_COLLECTIVE =
  /^tập thể lao động|vững mạnh|xuất sắc|tiên tiến|cờ thi đua|bằng khen|giấy khen|hoàn thành (?:tốt|xuất sắc)/iu;

/**
 * "Tập thể lao động xuất sắc", "Nhà trường: Tập thể lao động xuất sắc", "Công đoàn cơ sở: vững mạnh", or a free
 * collective title.
 */
export function collectiveTitle(line: string): CollectiveTarget | undefined {
  const text = line.replace(/\s*[.;]\s*$/u, "").trim();
  const colon = text.indexOf(":");
  const organization = colon > 0 ? text.slice(0, colon).trim() : undefined;
  const title = colon > 0 ? text.slice(colon + 1).trim() : text;
  const lower = (s: string): string => s.toLocaleLowerCase("vi");
  for (const [id, t] of Object.entries(COLLECTIVE_TITLES) as [CollectiveTitleId, { name: string; award?: string }][]) {
    // "Công đoàn cơ sở: vững mạnh" prints back only if the organisation and award make the title's name.
    if (organization && t.award && title === t.award && lower(t.name) === lower(`${organization} ${t.award}`))
      return { organization, title: id };
    if (title === t.name) return organization ? { organization, title: id } : { title: id };
  }
  if (!organization)
    for (const [id, pattern] of COLLECTIVE_WHOLE) if (pattern.test(title)) return { title: id, label: title };
  if (FREE_COLLECTIVE.test(title) && title.length < 120 && !/\d/u.test(title))
    return organization ? { organization, name: title } : { name: title };
  return undefined;
}

// ── heading totals ──

export interface HeadingTotal {
  /** The heading without its total: "Đối với cá nhân". */
  title: string;
  total: number;
  /** "CB, GV, NV", "học sinh" */
  unit: string;
  /** "(tổng số 1.085 học sinh, 27 lớp)": the second counted unit. */
  second?: { count: number; unit: string };
  /** Whether it counts the staff: the denominator of the staff targets. */
  staff: boolean;
}

const IN_BRACKETS = new RegExp(
  `^(.*?)\\s*\\(\\s*${TOTAL_WORD}(${NUMBER})\\s*([^)]*?)(?:\\s*,\\s*(${NUMBER})\\s+([^),]+?))?\\s*\\)\\s*:?\\s*$`,
  "iu",
);
const AFTER_COLON = new RegExp(`^(.*?)\\s*:\\s*${TOTAL_WORD}(${NUMBER})\\s*([^.;:]*?)\\s*[.;]?$`, "iu");
const STAFF_UNIT = whole(
  anyOf(STAFF_UNIT_FORMS.map((f) => f.replace(/,\s*/g, ",\\s*").replace(/\s+-\s+/g, "\\s*-\\s*"))),
);
const STAFF_TITLE = new RegExp(STAFF_HEADING, "iu");
const OTHER_TITLE = new RegExp(`${EDGE_BEFORE}(?:${OTHER_POPULATION})${EDGE_AFTER}`, "iu");

/** "Đối với cá nhân (tổng số 42 CB, GV, NV):", "Học sinh (tổng số 1.085 học sinh, 27 lớp)", "Cá nhân: tổng số 64". */
export function readHeadingTotal(text: string): HeadingTotal | undefined {
  const m = IN_BRACKETS.exec(text) ?? AFTER_COLON.exec(text);
  if (!m || !m[1]!.trim()) return undefined;
  const unit = m[3]!.trim();
  const title = m[1]!.trim();
  const second = m[4] && m[5] ? { count: parseNumber(m[4]), unit: m[5].trim() } : undefined;
  const staff =
    !OTHER_TITLE.test(title) &&
    (STAFF_UNIT.test(unit) ||
      (STAFF_TITLE.test(title) &&
        (unit === "" || ["đồng chí", "người", "cá nhân", "CBGVNV"].includes(unitOf(unit) ?? ""))));
  return { title, total: parseNumber(m[2]!), unit, ...(second ? { second } : {}), staff };
}

/** What a heading without a total opens: the collective titles, a group of its own, or neither. */
export function headingKind(title: string): "collective" | "group" | undefined {
  if (new RegExp(COLLECTIVE_HEADING, "iu").test(title)) return "collective";
  if (new RegExp(GROUP_HEADING, "iu").test(title)) return "group";
  return undefined;
}

const SCHOOL_YEAR_IN = new RegExp(SCHOOL_YEAR, "iu");
/** The first school year a text names, as its first calendar year. */
export function schoolYearIn(text: string): number | undefined {
  const m = SCHOOL_YEAR_IN.exec(text);
  return m ? Number(m[1]) : undefined;
}

// ── phase times ──

export type Side =
  | { kind: "point"; point: CalendarPoint }
  | { kind: "week"; week: number }
  | { kind: "month"; month: number; year?: number }
  | { kind: "day"; day: number; month: number; year?: number }
  | { kind: "placeholder"; name: string };

const POINTS = (Object.entries(POINT_FORMS) as [CalendarPoint, readonly string[]][]).map(
  ([point, forms]) => [point, whole(anyOf(forms))] as const,
);
const WEEK_WHOLE = whole(WEEK);
const MONTH_WHOLE = whole(MONTH);
const DAY_WHOLE = whole(DAY);
const PLACEHOLDER = String.raw`(?:ngày\s+)?\{(?:from|to)\}`;
/** One side of a phase's time, any form. */
const SIDE = `(?:${anyOf([...Object.values(POINT_FORMS).flat(), WEEK, MONTH, DAY, PLACEHOLDER])})${EDGE_AFTER}`;

/** One side of "Từ … đến …" as what it names; "hết" before it changes nothing. */
export function readSide(phrase: string): Side | undefined {
  const text = phrase.trim().replace(/^hết\s+/iu, "");
  // "hết học kỳ I" is a point of its own; the others read alike with "hết" or without.
  for (const [point, pattern] of POINTS)
    if (pattern.test(phrase.trim()) || pattern.test(text)) return { kind: "point", point };
  const w = WEEK_WHOLE.exec(text);
  if (w) return { kind: "week", week: Number(w[1]) };
  const mo = MONTH_WHOLE.exec(text);
  if (mo) return { kind: "month", month: Number(mo[1]), ...((mo[2] ?? mo[3]) ? { year: Number(mo[2] ?? mo[3]) } : {}) };
  const d = DAY_WHOLE.exec(text);
  if (d) {
    const [day, month, year] = d[1] ? [d[1], d[2], d[3]] : d[4] ? [d[4], d[5], d[6]] : [d[7], d[8], d[9]];
    return { kind: "day", day: Number(day), month: Number(month!), ...(year ? { year: Number(year) } : {}) };
  }
  const p = /\{(from|to)\}/u.exec(text);
  return p ? { kind: "placeholder", name: p[1]! } : undefined;
}

const DAY_AT = new RegExp(`^(?:${bare(DAY)})${EDGE_AFTER}`, "iu");

/** A day with its year at the head of `text` ("ngày 29/3/2024", "ngày 19 tháng 8 năm 2024"), and how long it is. */
export function dayAt(text: string): { iso: string; length: number } | undefined {
  const m = DAY_AT.exec(text);
  if (!m) return undefined;
  const side = readSide(m[0]);
  if (side?.kind !== "day" || side.year === undefined) return undefined;
  const iso = boundOf(side, side.year);
  return typeof iso === "string" ? { iso, length: m[0].length } : undefined;
}

/** The year a month belongs to in a school year that starts in August. */
export const yearOfMonth = (month: number, startYear: number): number => (month >= 8 ? startYear : startYear + 1);

/** A side as a plan's bound, in the school year starting in `startYear`; undefined for a day that is no day. */
export function boundOf(side: Side, startYear: number): Bound | undefined {
  switch (side.kind) {
    case "point":
      return side.point;
    case "week":
      return { week: side.week };
    case "month":
      if (side.month < 1 || side.month > 12) return undefined;
      return `${side.year ?? yearOfMonth(side.month, startYear)}-${String(side.month).padStart(2, "0")}`;
    case "day": {
      const year = side.year ?? yearOfMonth(side.month, startYear);
      const iso = `${year}-${String(side.month).padStart(2, "0")}-${String(side.day).padStart(2, "0")}`;
      const date = parseIsoDate(iso);
      return date ? isoDate(date) : undefined;
    }
    default:
      return undefined;
  }
}

export interface TimeSide {
  text: string;
  /** Offset of the side in the text it was found in. */
  at: number;
  side: Side;
}

export interface PhaseTime {
  /** Where the time phrase starts and ends in the text. */
  at: number;
  end: number;
  /** A time may give one side only: "Từ ngày 21/11/2024, thi đua …". */
  from?: TimeSide;
  to?: TimeSide;
  /** "(từ 01/12/2024 đến 15/01/2025)" after a range of points: the days the tool prints beside them. */
  days?: { from: TimeSide; to: TimeSide };
}

const RANGE = `(${SIDE})\\s*${TO_WORD}\\s*${UNTIL}(${SIDE})`;
/** At the head: "Từ ngày khai giảng đến hết ngày 20/11/2024, …", "Tuần 1 đến hết tuần 11: …". */
const HEAD = new RegExp(`^\\s*(?:${TIME_LEAD})?(?:từ\\s+)?${RANGE}`, "iu");
/** After "thời gian": "…; thời gian: từ 29/8/2024 đến 20/11/2024." */
const LEAD = new RegExp(`${EDGE_BEFORE}${TIME_LEAD}(?:từ\\s+)?${RANGE}`, "iu");
/**
 * Near the head, after a verb or two: "Phát động thi đua từ ngày 05/9/2024 đến ngày 20/11/2024, …". Further
 * in, "từ … đến …" is the theme's own ("tổ chức hội giảng từ 18/11 đến 22/11"), not the phase's time.
 */
const NEAR_HEAD = new RegExp(`^(?:[^\\s,;:()]+\\s+){1,4}từ\\s+${RANGE}`, "iu");
/** One side only, at the head: "Từ ngày 21/11/2024, …", "Đến hết tuần 18, …". */
const HEAD_FROM = new RegExp(`^\\s*(?:${TIME_LEAD})?từ\\s+(${SIDE})`, "iu");
const HEAD_TO = new RegExp(`^\\s*(?:${TIME_LEAD})?(?:đến|tới)\\s+${UNTIL}(${SIDE})`, "iu");
const DAYS_AFTER = new RegExp(`^\\s*\\(\\s*từ\\s+(${bare(DAY)})\\s+${TO_WORD}\\s+${UNTIL}(${bare(DAY)})\\s*\\)`, "iu");

/** The side a group of a match names, with its offset in the text (`offset` in the match). */
function sideOf(m: RegExpExecArray, group: string, offset: number): TimeSide | undefined {
  const side = readSide(group);
  return side ? { text: group, at: m.index + offset, side } : undefined;
}

/**
 * A phase's time in its wording, by the places plans put it: at the head ("Từ … đến …"), after
 * "thời gian:", near the head after a verb; else one side at the head. With the days the tool prints
 * beside points. The phase-wording check reads the same phrase import read the bounds from.
 */
export function phaseTime(text: string): PhaseTime | undefined {
  // The forms cost a scan each; a word they need tells which are worth one.
  const patterns = [
    HEAD,
    ...(/thời\s+gian/iu.test(text) ? [LEAD] : []),
    ...(/từ\s/iu.test(text.slice(0, 80)) ? [NEAR_HEAD] : []),
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    // RANGE ends the match: the "to" side is its tail, the "from" side the last of its text before the separator.
    const toAt = m[0].length - m[2]!.length;
    const from = sideOf(m, m[1]!, m[0].lastIndexOf(m[1]!, toAt - m[1]!.length - 1));
    const to = from && sideOf(m, m[2]!, toAt);
    if (!from || !to) continue;
    const end = m.index + m[0].length;
    const d = DAYS_AFTER.exec(text.slice(end));
    let days: PhaseTime["days"];
    if (d) {
      const a = readSide(d[1]!);
      const b = readSide(d[2]!);
      if (a && b)
        days = {
          from: { text: d[1]!, at: end + d[0].indexOf(d[1]!), side: a },
          to: { text: d[2]!, at: end + d[0].lastIndexOf(d[2]!), side: b },
        };
    }
    return { at: m.index, end: d ? end + d[0].length : end, from, to, ...(days ? { days } : {}) };
  }
  for (const [pattern, role] of [
    [HEAD_FROM, "from"],
    [HEAD_TO, "to"],
  ] as const) {
    const m = pattern.exec(text);
    const side = m && sideOf(m, m[1]!, m[0].length - m[1]!.length);
    if (m && side) return { at: m.index, end: m.index + m[0].length, [role]: side };
  }
  return undefined;
}

/** "(20/11/1982 - 20/11/2024)": an anniversary's pair of days, the later one the day celebrated. */
const ANNIVERSARY =
  /\(\s*\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}\s*[-–—]\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*\)/gu;
/** "ngày Nhà giáo Việt Nam 20/11", "ngày 22/12/2024": a day named in a theme. */
const NAMED_DAY = /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/gu;

/** Days a phase's theme celebrates, in the school year starting in `startYear`, in order. */
export function celebratedDays(text: string, startYear: number): string[] {
  const out: string[] = [];
  const add = (day: string, month: string, year: string | undefined): void => {
    const b = boundOf(
      { kind: "day", day: Number(day), month: Number(month), ...(year ? { year: Number(year) } : {}) },
      startYear,
    );
    if (typeof b === "string" && b >= `${startYear}-08-01` && b <= `${startYear + 1}-07-31` && !out.includes(b))
      out.push(b);
  };
  const anniversaries = [...text.matchAll(ANNIVERSARY)];
  for (const m of anniversaries) add(m[1]!, m[2]!, m[3]);
  const without = text.replace(ANNIVERSARY, " ");
  for (const m of without.matchAll(NAMED_DAY)) if (!m[3] || Number(m[3]) >= startYear) add(m[1]!, m[2]!, m[3]);
  return out.sort();
}

export interface PhaseLine {
  /** "Đợt 1", "Đợt thi đua thứ nhất" */
  label: string;
  /** The number "Đợt N" gives, when it is a number. */
  number?: number;
  /** "(tuần 1 đến hết tuần 11)" between the label and the colon, without its brackets. */
  bracket?: string;
  body: string;
}

const PHASE = new RegExp(`^(${PHASE_LABEL})\\s*(?:\\(([^()]*)\\))?\\s*[:.\\-–]\\s*(\\S.*)$`, "iu");

/** "Đợt 2: Từ tháng 12/2024 …", "Đợt 1 (tuần 1 đến hết tuần 11): Thi đua …". */
export function readPhaseLine(text: string): PhaseLine | undefined {
  const m = PHASE.exec(text.trim());
  if (!m) return undefined;
  const n = /(\d{1,2})$/u.exec(m[1]!);
  return {
    label: m[1]!,
    ...(n ? { number: Number(n[1]) } : {}),
    ...(m[2] !== undefined ? { bracket: m[2] } : {}),
    body: m[3]!,
  };
}

// ── document numbers ──

const NUMBER_AT_START = new RegExp(`^(?:${DOCUMENT_NUMBER})`, "u");

/** "05/2024/QĐ- UBND" → "05/2024/QĐ-UBND", "01/ 2012/KHTĐ–THA5" → "01/2012/KHTĐ-THA5". */
export function normalizeDocumentNumber(text: string): string {
  return text.replace(/\s+/gu, "").replace(/[–—]/gu, "-");
}

/** A document number at the head of `text`, as typed (with its stray spaces), or undefined. */
export function documentNumberAt(text: string): string | undefined {
  return NUMBER_AT_START.exec(text)?.[0];
}

// ── rates in prose ──

/** "30/31 đạt 97 %", "11/31 (35,5%)": a ratio that is not part of a date, then its percentage (prose-percentages). */
export const PROSE_RATIO_RATE = new RegExp(
  `(?<![\\d/.,])(\\d+)\\s*\\/\\s*(\\d+)(?![\\d/])([^\\d%\\n]{0,40}?)(${PERCENT_VALUE})\\s*%`,
  "gu",
);
/** "34 … Lao động tiên tiến, tỉ lệ 54,6%": a count, words, then a rate named as one. */
export const PROSE_COUNT_RATE = new RegExp(
  `(?<![\\d/.,])(\\d+)(?![\\d/.,])([^\\d%\\n;]{0,80}?)${RATIO_WORD}\\s*(?:đạt\\s*)?(${PERCENT_VALUE})\\s*%`,
  "giu",
);
/** Any percentage, to find those above 100. */
export const PROSE_PERCENT = new RegExp(`(?<![\\d/.,])(${PERCENT_VALUE})\\s*%`, "gu");
