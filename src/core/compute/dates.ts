// Days as the plan writes them ("2024-11-20") and the arithmetic on them: the layer under the school
// calendar (calendar.ts) and the school weeks (weeks.ts), so that neither needs the other for a date.
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";

/**
 * The same few dates (the calendar's, the phases') are parsed dozens of times a plan, and the same
 * again in every plan of a many-file check: their times, by text, bounded.
 */
const parsedDates = new Map<string, number>();

/** "2024-11-20" → a local date, or undefined when it is not a real day. */
export function parseIsoDate(text: string): Date | undefined {
  let time = parsedDates.get(text);
  if (time === undefined) {
    time = NaN;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(y, mo - 1, d);
      if (date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d) time = date.getTime();
    }
    if (parsedDates.size >= 4096) parsedDates.clear();
    parsedDates.set(text, time);
  }
  // A new Date each time: callers may keep or change the one they get.
  return Number.isNaN(time) ? undefined : new Date(time);
}

export function isoDate(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/** Calendar days from `from` to `to` (negative when `to` is earlier), whatever the times of day. */
export function daysBetween(from: Date, to: Date): number {
  return differenceInCalendarDays(to, from);
}

export function addDaysTo(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}
