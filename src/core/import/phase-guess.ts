// The calendar and the phases' open sides, chosen so that no guess raises a finding the document does not
// have (issue 23). Calendar points the document never gives are fitted to every day its phases do give
// (no phase outside the year or reversed, no gap between a stated day and a guessed point, every week
// inside the year, every month row of the table inside it), and a phase whose line gives no time spans
// the stretch between its neighbours. Each guess is a note: the clerk sees it as "# kiểm tra".
import { addDaysTo, CALENDAR_POINTS, isoDate, isWeekBound, parseIsoDate, resolveBound } from "../compute/calendar.js";
import { mondayOf } from "../compute/weeks.js";
import { defaultCalendar } from "../plan-defaults.js";
import type { Bound, CalendarPoint, Plan, WeekBound } from "../plan.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Note } from "./notes.js";
import type { ReadPhase } from "./phase-lines.js";

type Calendar = Plan["calendar"];

export interface Fitted {
  calendar: Calendar;
  /** Every phase with both sides. */
  bounds: { from: Bound; to: Bound }[];
  notes: Note[];
}

export interface FitInput {
  startYear: number;
  phases: readonly ReadPhase[];
  /** Month rows of the month table: the year holds them all. */
  months: readonly number[];
}

const day = (iso: string): Date => parseIsoDate(iso)!;
const isWeek = (b: Bound | undefined): b is WeekBound => b !== undefined && isWeekBound(b);
const isDay = (b: Bound | undefined): b is string => typeof b === "string" && /^\d{4}-\d{2}-\d{2}$/.test(b);
const isMonth = (b: Bound | undefined): b is string => typeof b === "string" && /^\d{4}-\d{2}$/.test(b);

/** Bounds resolved against a calendar: a fresh plan each time, as the core caches per plan object. */
function resolverOf(startYear: number, calendar: Calendar): (b: Bound, role: "from" | "to") => Date | undefined {
  const plan = {
    schoolYear: `${startYear}-${startYear + 1}`,
    calendar: { ...calendar },
    phases: [],
    timeline: [],
  } as unknown as Plan;
  return (b, role) => resolveBound(b, role, plan);
}

/** A bound that names a day by itself (a day or a month), without the calendar. */
const fixedDay = (b: Bound | undefined, role: "from" | "to", startYear: number): Date | undefined =>
  isDay(b) || isMonth(b) ? resolverOf(startYear, defaultCalendar(startYear))(b, role) : undefined;

export function fitPhases(
  input: FitInput,
  stated: Partial<Record<CalendarPoint, string>>,
  statedWeek1?: string,
): Fitted {
  const { startYear, phases } = input;
  const notes: Note[] = [];
  const calendar: Calendar = { ...defaultCalendar(startYear), ...stated };
  const assumed = new Set(CALENDAR_POINTS.filter((p) => stated[p] === undefined));
  const fitted = new Map<CalendarPoint | "week1", "phases">();
  // A school year's points lie between July and the next August (calendar/school-year): a day outside is the document's
  // slip, not a point.
  const within = (date: Date): boolean => date >= new Date(startYear, 6, 1) && date <= new Date(startYear + 1, 7, 31);
  const set = (point: CalendarPoint, date: Date): void => {
    if (!assumed.has(point) || isoDate(date) === calendar[point] || !within(date)) return;
    calendar[point] = isoDate(date);
    fitted.set(point, "phases");
  };
  const pairs = phases.slice(1).map((q, i) => [phases[i]!, q] as const);

  // Week 1: as the tool's printed days say, else as a week bound next to a day implies it.
  let week1 = statedWeek1;
  if (!week1) {
    const implied = new Set<string>();
    for (const [p, q] of pairs) {
      const next = fixedDay(q.from, "from", startYear);
      if (isWeek(p.to) && next) {
        // The Sunday of week W is the day before a Monday start, else the Sunday before the start.
        const sunday = next.getDay() === 1 ? addDaysTo(next, -1) : addDaysTo(mondayOf(next), -1);
        implied.add(isoDate(addDaysTo(sunday, -6 - 7 * (p.to.week - 1))));
      }
      const last = fixedDay(p.to, "to", startYear);
      if (last && isWeek(q.from)) implied.add(isoDate(addDaysTo(addDaysTo(mondayOf(last), 7), -7 * (q.from.week - 1))));
    }
    if (implied.size === 1) {
      week1 = [...implied][0];
      fitted.set("week1", "phases");
    }
  }
  if (week1) calendar.week1 = week1;

  // The start: the first phase's own first day, or week 1's Monday when the year would begin before it.
  const first = phases[0];
  const firstDay = fixedDay(first?.from, "from", startYear);
  if (firstDay) set("start", firstDay);
  else if (first && isWeek(first.from) && week1 && first.from.week === 1 && day(week1) > day(calendar.start))
    set("start", day(week1));
  const days = phases
    .flatMap((p) => [fixedDay(p.from, "from", startYear), fixedDay(p.to, "to", startYear)])
    .filter((d): d is Date => d !== undefined);
  const earliest = days.reduce<Date | undefined>((a, d) => (!a || d < a ? d : a), undefined);
  if (earliest && earliest < day(calendar.start)) set("start", earliest);
  const monthStart = (m: number): Date => new Date(m >= 8 ? startYear : startYear + 1, m - 1, 1);
  const firstMonth = input.months.filter((m) => m >= 7).sort((a, b) => a - b)[0];
  if (firstMonth !== undefined) {
    const lastOfMonth = addDaysTo(new Date(startYear, firstMonth, 1), -1);
    if (lastOfMonth < day(calendar.start)) set("start", lastOfMonth);
  }

  // The semesters: a point between two phases sits against the day the other phase gives.
  for (const [p, q] of pairs) {
    const next =
      fixedDay(q.from, "from", startYear) ??
      (isWeek(q.from) ? resolverOf(startYear, calendar)(q.from, "from") : undefined);
    const last =
      fixedDay(p.to, "to", startYear) ?? (isWeek(p.to) ? resolverOf(startYear, calendar)(p.to, "to") : undefined);
    if (p.to === "semester1End" && next) {
      set("semester1End", addDaysTo(next, -1));
      if (q.from !== "semester2Start") set("semester2Start", next);
    }
    if (q.from === "semester2Start" && last) {
      set("semester2Start", addDaysTo(last, 1));
      if (p.to !== "semester1End") set("semester1End", last);
    }
  }
  if (assumed.has("semester2Start") && day(calendar.semester2Start) <= day(calendar.semester1End))
    set("semester2Start", addDaysTo(day(calendar.semester1End), 1));
  if (assumed.has("semester1End") && day(calendar.semester1End) >= day(calendar.semester2Start))
    set("semester1End", addDaysTo(day(calendar.semester2Start), -1));
  // A phase ending at a point starts before it; one starting at a point ends after it.
  for (const p of phases) {
    const from = fixedDay(p.from, "from", startYear);
    const to = fixedDay(p.to, "to", startYear);
    for (const point of ["semester1End", "semester2Start"] as const) {
      if (p.to === point && from && from > day(calendar[point])) set(point, from);
      if (p.from === point && to && to < day(calendar[point])) set(point, to);
    }
  }

  // The end: the last phase's own last day, the last week a phase names, the last month row.
  const last = phases[phases.length - 1];
  const lastDay = fixedDay(last?.to, "to", startYear);
  if (lastDay) set("end", lastDay);
  const latest = days.reduce<Date | undefined>((a, d) => (!a || d > a ? d : a), undefined);
  if (latest && latest > day(calendar.end)) set("end", latest);
  const weeks = phases
    .flatMap((p) => [p.from, p.to])
    .filter(isWeek)
    .map((b) => b.week);
  if (weeks.length) {
    const monday1 = day(calendar.week1 ?? isoDate(mondayOf(day(calendar.start))));
    const lastWeek = Math.max(...weeks);
    const sunday = addDaysTo(monday1, 7 * lastWeek - 1);
    if (last && isWeek(last.to) && last.to.week === lastWeek) set("end", sunday);
    else if (addDaysTo(sunday, -6) > day(calendar.end)) set("end", addDaysTo(sunday, -6));
  }
  const lastMonth = input.months.filter((m) => m <= 8).sort((a, b) => b - a)[0];
  if (lastMonth !== undefined && lastMonth < 8 && monthStart(lastMonth) > day(calendar.end))
    set("end", monthStart(lastMonth));

  // Week 1 where it would be anyway needs no line of its own.
  if (calendar.week1 === isoDate(mondayOf(day(calendar.start)))) {
    delete calendar.week1;
    fitted.delete("week1");
  }
  for (const point of CALENDAR_POINTS) {
    if (!assumed.has(point)) continue;
    const date = formatDateShort(day(calendar[point]));
    notes.push({
      path: ["calendar", point],
      code: fitted.has(point) ? "calendar-from-phases" : "calendar-usual",
      args: { point, date },
    });
  }
  if (fitted.has("week1") && calendar.week1)
    notes.push({
      path: ["calendar", "week1"],
      code: "calendar-from-phases",
      args: { point: "week1", date: formatDateShort(day(calendar.week1)) },
    });
  return { calendar, bounds: openSides(startYear, calendar, phases, notes), notes };
}

/**
 * The day after a bound, as a bound of the same kind where one reads alike ("hết học kỳ I" → "học kỳ II", week 11 →
 * week 12).
 */
function after(b: Bound, calendar: Calendar, resolve: ReturnType<typeof resolverOf>): Bound {
  if (isWeek(b)) return { week: b.week + 1 };
  if (
    b === "semester1End" &&
    addDaysTo(day(calendar.semester1End), 1).getTime() === day(calendar.semester2Start).getTime()
  )
    return "semester2Start";
  if (isMonth(b)) {
    const [y, m] = b.split("-").map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  }
  return isoDate(addDaysTo(resolve(b, "to")!, 1));
}

function before(b: Bound, calendar: Calendar, resolve: ReturnType<typeof resolverOf>): Bound {
  if (isWeek(b) && b.week > 1) return { week: b.week - 1 };
  if (
    b === "semester2Start" &&
    addDaysTo(day(calendar.semester1End), 1).getTime() === day(calendar.semester2Start).getTime()
  )
    return "semester1End";
  if (isMonth(b)) {
    const [y, m] = b.split("-").map(Number) as [number, number];
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  }
  return isoDate(addDaysTo(resolve(b, "from")!, -1));
}

/**
 * The sides the lines leave open: the first phase starts with the year, the last ends with it; a side
 * next to a phase that gives its own starts or ends against it; between two open sides, the day the
 * phase's theme celebrates, else the middle of the stretch.
 */
function openSides(
  startYear: number,
  calendar: Calendar,
  phases: readonly ReadPhase[],
  notes: Note[],
): Fitted["bounds"] {
  const resolve = resolverOf(startYear, calendar);
  const bounds = phases.map((p) => ({ from: p.from, to: p.to }));
  const name = (i: number): string => phases[i]!.name ?? `Đợt ${i + 1}`;
  const guess = (i: number, role: "from" | "to", bound: Bound, why: string): void => {
    bounds[i]![role] = bound;
    const date = resolve(bound, role);
    notes.push({
      path: ["phases", i, role],
      code: "phase-time-guessed",
      args: { phase: name(i), role, date: date ? formatDateShort(date) : String(bound), why },
    });
  };
  if (bounds.length && bounds[0]!.from === undefined) guess(0, "from", "start", "year");
  const n = bounds.length;
  if (n && bounds[n - 1]!.to === undefined) guess(n - 1, "to", "end", "year");
  for (let i = 0; i + 1 < n; i++) {
    const p = bounds[i]!;
    const q = bounds[i + 1]!;
    if (p.to !== undefined && q.from === undefined) guess(i + 1, "from", after(p.to, calendar, resolve), "neighbour");
    else if (p.to === undefined && q.from !== undefined) guess(i, "to", before(q.from, calendar, resolve), "neighbour");
    else if (p.to === undefined && q.from === undefined) {
      // Both open: the stretch from this phase's start to the next side a later phase gives, shared out.
      const start = resolve(p.from!, "from");
      if (!start) continue;
      let stop = day(calendar.end);
      let open = n - i;
      for (let j = i + 1; j < n; j++) {
        const b = bounds[j]!;
        if (j > i + 1 && b.from !== undefined) {
          stop = addDaysTo(resolve(b.from, "from") ?? stop, -1);
          open = j - i;
          break;
        }
        if (b.to !== undefined) {
          stop = resolve(b.to, "to") ?? stop;
          open = j + 1 - i;
          break;
        }
      }
      const celebrated = phases[i]!.celebrates.map(day)
        .filter((d) => d >= start && d < stop)
        .pop();
      const span = Math.round((stop.getTime() - start.getTime()) / 86_400_000) + 1;
      const end = celebrated ?? addDaysTo(start, Math.max(0, Math.floor(span / open) - 1));
      guess(i, "to", isoDate(end), celebrated ? "celebrates" : "split");
      guess(i + 1, "from", isoDate(addDaysTo(end, 1)), "neighbour");
    }
  }
  return bounds.map((b) => ({ from: b.from!, to: b.to! }));
}
