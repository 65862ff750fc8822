// "Đợt 2: Từ tháng 12/2024 đến kết thúc học kỳ I (từ 01/12/2024 đến 15/01/2025)." and its cousins,
// read back into a phase: bounds where the words say them, the clerk's wording where they do not.
import { addDaysTo, isoDate, parseIsoDate } from "../compute/calendar.js";
import type { Bound, CalendarPoint, Phase } from "../plan.js";
import { isoFromVietnamese, yearInSchoolYear } from "./text.js";

export const PHASE_LINE = /^(Đợt\s+(\d{1,2})|Đợt\s+thi\s+đua\s+thứ\s+[\p{L}\d]+|Đợt\s+[IVX]+)\s*[:.]\s*(.+)$/iu;

const POINTS: [RegExp, CalendarPoint][] = [
  [/^(đầu năm học|ngày khai giảng|khai giảng|ngày tựu trường|đầu năm)$/iu, "start"],
  [/^(hết |kết thúc )?học kỳ I$/iu, "semester1End"],
  [/^(đầu học kỳ II|học kỳ II|ngày bắt đầu học kỳ II)$/iu, "semester2Start"],
  [/^(kết thúc học kỳ II|kết thúc năm học|cuối năm học|hết năm học)$/iu, "end"],
];

export interface ReadPhase {
  phase: Phase;
  /** Calendar points the line gives a real date for (its dates in parentheses). */
  calendar: Partial<Record<CalendarPoint, string>>;
  /** Bounds the tool could not read: the clerk must check them. */
  unsure: boolean;
  /** Monday of week 1 as a week bound's printed date implies it (no breaks assumed before it). */
  weeks: { week1: string }[];
}

/** Week N's Monday (a "from") or Sunday (a "to") printed as `iso`: the Monday of week 1 it implies. */
function week1From(bound: Bound | undefined, role: "from" | "to", iso: string | undefined): { week1: string }[] {
  if (!iso || typeof bound !== "object") return [];
  const date = addDaysTo(parseIsoDate(iso)!, -(role === "to" ? 6 : 0) - 7 * (bound.week - 1));
  // A bound cut short by the start or end of the year is not a whole week.
  if (date.getDay() !== 1) return [];
  return [{ week1: isoDate(date) }];
}

const DATE = String.raw`(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?`;

function dateOf(d: string, m: string, y: string | undefined, startYear: number): string | undefined {
  const month = Number(m);
  return isoFromVietnamese(Number(d), month, y ? Number(y) : yearInSchoolYear(month, startYear));
}

/** One side of "Từ … đến …" as a bound: a calendar point, a month, a day or a school week. */
export function boundOf(phrase: string, role: "from" | "to", startYear: number): Bound | undefined {
  const text = phrase.trim().replace(/^hết\s+/iu, role === "to" ? "" : "hết ");
  const kyI = /^kết thúc học kỳ I$/iu.test(phrase.trim()) ? "semester1End" : undefined;
  if (kyI) return kyI;
  for (const [pattern, point] of POINTS) if (pattern.test(text)) return point;
  const week = /^tuần\s+(?:thứ\s+)?(\d{1,2})$/iu.exec(text);
  if (week) return { week: Number(week[1]) };
  const month = /^tháng\s+(\d{1,2})\s*\/\s*(\d{4})$/iu.exec(text) ?? /^tháng\s+(\d{1,2})$/iu.exec(text);
  if (month) {
    const m = Number(month[1]);
    const y = month[2] ? Number(month[2]) : yearInSchoolYear(m, startYear);
    return `${y}-${String(m).padStart(2, "0")}`;
  }
  const day = new RegExp(`^(?:ngày\\s+)?${DATE}$`, "iu").exec(text);
  if (day) return dateOf(day[1]!, day[2]!, day[3], startYear);
  return undefined;
}

/** A phase line without its "Đợt N:" label. `index` is the phase's place (0-based). */
export function readPhase(label: string, body: string, index: number, startYear: number): ReadPhase {
  const name = new RegExp(`^Đợt\\s+${index + 1}$`, "iu").test(label.trim()) ? undefined : label.trim();
  const calendar: ReadPhase["calendar"] = {};
  // The tool's own form: "Từ X đến Y (từ d1 đến d2)."
  const own = new RegExp(`^Từ\\s+(.+?)\\s+đến\\s+(.+?)\\s*\\(từ\\s+${DATE}\\s+đến\\s+${DATE}\\)\\.?$`, "iu").exec(body);
  if (own) {
    const from = boundOf(own[1]!, "from", startYear);
    const to = boundOf(own[2]!, "to", startYear);
    const d1 = dateOf(own[3]!, own[4]!, own[5], startYear);
    const d2 = dateOf(own[6]!, own[7]!, own[8], startYear);
    if (typeof from === "string" && !/^\d/.test(from) && d1) calendar[from as CalendarPoint] = d1;
    if (typeof to === "string" && !/^\d/.test(to) && d2) calendar[to as CalendarPoint] = d2;
    if (from !== undefined && to !== undefined) return { phase: { ...(name ? { name } : {}), from, to }, calendar, unsure: false, weeks: [...week1From(from, "from", d1), ...week1From(to, "to", d2)] };
  }
  // "<theme>; thời gian: từ d1 đến d2."
  const themed = new RegExp(`^(.+?);\\s*thời gian\\s*:\\s*từ\\s+(?:ngày\\s+)?${DATE}\\s+đến\\s+(?:hết\\s+)?(?:ngày\\s+)?${DATE}\\.?$`, "iu").exec(body);
  if (themed) {
    const from = dateOf(themed[2]!, themed[3]!, themed[4], startYear);
    const to = dateOf(themed[5]!, themed[6]!, themed[7], startYear);
    if (from && to) return { phase: { ...(name ? { name } : {}), theme: themed[1]!.trim(), from, to }, calendar, unsure: false, weeks: [] };
  }
  // The clerk's own words: the bounds come from "từ …" and "đến …" in them, the wording is kept whole.
  const fromPhrase = /(?:^|\s)[Tt]ừ\s+(ngày\s+khai\s+giảng|đầu\s+năm\s+học|đầu\s+học\s+kỳ\s+II|tuần\s+\d{1,2}|tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?|(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)/u.exec(body);
  const toPhrase = /\sđến\s+(?:hết\s+)?(ngày\s+khai\s+giảng|kết\s+thúc\s+học\s+kỳ\s+II?|kết\s+thúc\s+năm\s+học|cuối\s+năm\s+học|tuần\s+\d{1,2}|tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?|(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)/u.exec(body);
  const from = fromPhrase ? boundOf(fromPhrase[1]!, "from", startYear) : undefined;
  const to = toPhrase ? boundOf(toPhrase[1]!, "to", startYear) : undefined;
  return { phase: { ...(name ? { name } : {}), text: body.trim(), from: from ?? "start", to: to ?? "end" }, calendar, unsure: from === undefined || to === undefined, weeks: [] };
}
