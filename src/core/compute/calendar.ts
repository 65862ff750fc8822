import { endOfMonth } from "date-fns/endOfMonth";
import type { Bound, CalendarPoint, Plan, WeekBound } from "../plan.js";
import { formatDateShort, formatMonth } from "../text/vn-format.js";
import { parseIsoDate } from "./dates.js";
import { resolveWeek } from "./weeks.js";

// The plan's days are counted in dates.ts, which weeks.ts builds on too; re-exported for the callers
// that know them from here.
export { addDaysTo, daysBetween, isoDate, parseIsoDate } from "./dates.js";

export const CALENDAR_POINTS: readonly CalendarPoint[] = ["start", "semester1End", "semester2Start", "end"];

/** How each calendar point reads in a phase's date range. */
const POINT_PHRASE: Record<CalendarPoint, string> = {
  start: "đầu năm học",
  semester1End: "kết thúc học kỳ I",
  semester2Start: "đầu học kỳ II",
  end: "kết thúc học kỳ II",
};
export const POINT_TITLE: Record<CalendarPoint, string> = {
  start: "Bắt đầu năm học",
  semester1End: "Kết thúc học kỳ I",
  semester2Start: "Bắt đầu học kỳ II",
  end: "Kết thúc năm học",
};

export function isCalendarPoint(bound: Bound): bound is CalendarPoint {
  return typeof bound === "string" && (CALENDAR_POINTS as readonly string[]).includes(bound);
}

export function isWeekBound(bound: Bound): bound is WeekBound {
  return typeof bound === "object" && bound !== null && typeof bound.week === "number";
}

export interface SchoolYear {
  startYear: number;
  endYear: number;
  start: Date;
  end: Date;
}

export function schoolYearOf(plan: Plan): SchoolYear {
  const [startYear, endYear] = plan.schoolYear.split("-").map(Number) as [number, number];
  return { startYear, endYear, start: parseIsoDate(plan.calendar.start)!, end: parseIsoDate(plan.calendar.end)! };
}

/** A bound as a real day: a month starts on its 1st as a "from" and ends on its last day as a "to". */
export function resolveBound(bound: Bound, role: "from" | "to", plan: Plan): Date | undefined {
  if (isWeekBound(bound)) return resolveWeek(plan, bound.week, role);
  if (isCalendarPoint(bound)) return parseIsoDate(plan.calendar[bound]);
  const month = /^(\d{4})-(\d{2})$/.exec(bound);
  if (month) {
    const first = new Date(Number(month[1]), Number(month[2]) - 1, 1);
    return role === "from" ? first : endOfMonth(first);
  }
  return parseIsoDate(bound);
}

/** How a bound reads: "tháng 12/2024", "hết tháng 3/2025", "kết thúc học kỳ I", "ngày 20/11/2024", "hết tuần 18". */
export function boundPhrase(bound: Bound, role: "from" | "to", plan: Plan): string {
  if (isWeekBound(bound)) return `${role === "to" ? "hết " : ""}tuần ${bound.week}`;
  if (isCalendarPoint(bound)) return POINT_PHRASE[bound];
  const date = resolveBound(bound, role, plan);
  if (!date) return bound;
  if (/^\d{4}-\d{2}$/.test(bound)) return `${role === "to" ? "hết " : ""}tháng ${formatMonth(date)}`;
  return `ngày ${formatDateShort(date)}`;
}

/** Timeline months name no year: months 8–12 fall in the school year's first calendar year. */
export function timelineMonthYear(month: number, year: SchoolYear): number {
  return month >= 8 ? year.startYear : year.endYear;
}

/**
 * How a month row of the timeline is named: "Tháng 9", "Tháng 9/2024" (`monthWithYear`), "Tháng 01/2027"
 * (`monthLeadingZero`: "jan-feb" as ND30 writes months in dates, "all" for every month below 10).
 */
export function monthLabel(month: number, plan: Plan, withYear = plan.layout?.monthWithYear ?? false): string {
  const zero = plan.layout?.monthLeadingZero;
  const digits =
    (zero === "all" && month < 10) || (zero === "jan-feb" && month <= 2)
      ? String(month).padStart(2, "0")
      : String(month);
  return withYear ? `Tháng ${digits}/${timelineMonthYear(month, schoolYearOf(plan))}` : `Tháng ${digits}`;
}

export function monthRange(month: number, year: SchoolYear): { first: Date; last: Date } {
  const first = new Date(timelineMonthYear(month, year), month - 1, 1);
  return { first, last: endOfMonth(first) };
}
