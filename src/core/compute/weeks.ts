// School weeks: "từ tuần 19", "đến hết tuần 35". Week 1 starts on the Monday of the week the year
// starts in (or calendar.week1); a week whose Monday to Friday lie in a listed break (the Tết
// holiday) is no school week and gets no number, as schools count them.
import type { Plan } from "../plan.js";
import { addDaysTo, parseIsoDate } from "./dates.js";
import { perPlan } from "./per-plan.js";

export interface SchoolWeek {
  number: number;
  monday: Date;
  sunday: Date;
}

/** The Monday of the week holding `date` (weeks run Monday to Sunday). */
export function mondayOf(date: Date): Date {
  return addDaysTo(date, -((date.getDay() + 6) % 7));
}

/** Every numbered school week of the plan's year, computed once per plan. */
export const schoolWeeks = perPlan((plan: Plan): readonly SchoolWeek[] => {
  const start = parseIsoDate(plan.calendar.start);
  const end = parseIsoDate(plan.calendar.end);
  const weeks: SchoolWeek[] = [];
  if (start && end) {
    const first = (plan.calendar.week1 && parseIsoDate(plan.calendar.week1)) || start;
    const breaks = (plan.calendar.breaks ?? []).flatMap((b) => {
      const from = parseIsoDate(b.from);
      const to = parseIsoDate(b.to);
      return from && to ? [{ from, to }] : [];
    });
    // A year longer than 60 weeks is a typo in the calendar; calendar/order reports it.
    for (let monday = mondayOf(first), n = 0; monday <= end && n < 60; monday = addDaysTo(monday, 7), n++) {
      const friday = addDaysTo(monday, 4);
      if (breaks.some((b) => b.from <= monday && b.to >= friday)) continue;
      weeks.push({ number: weeks.length + 1, monday, sunday: addDaysTo(monday, 6) });
    }
  }
  return weeks;
});

/** Week N as a phase bound, kept inside the school year: its Monday as a start, its Sunday as an end. */
export function resolveWeek(plan: Plan, week: number, role: "from" | "to"): Date | undefined {
  const found = schoolWeeks(plan)[week - 1];
  if (!found) return undefined;
  const start = parseIsoDate(plan.calendar.start)!;
  const end = parseIsoDate(plan.calendar.end)!;
  if (role === "from") return found.monday < start ? start : found.monday;
  return found.sunday > end ? end : found.sunday;
}

/** Is this day a weekend or inside a listed break: a day no phase needs to cover. */
export function isRestDay(plan: Plan, date: Date): boolean {
  const day = date.getDay();
  if (day === 0 || day === 6) return true;
  return (plan.calendar.breaks ?? []).some((b) => {
    const from = parseIsoDate(b.from);
    const to = parseIsoDate(b.to);
    return from !== undefined && to !== undefined && from <= date && date <= to;
  });
}

/** The number of the school week holding `date`, or undefined in a break or outside the year. */
export function weekOf(plan: Plan, date: Date): number | undefined {
  return schoolWeeks(plan).find((w) => w.monday <= date && date <= w.sunday)?.number;
}
