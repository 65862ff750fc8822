// A phase line read back through the phrase grammar: "Đợt 2: Từ tháng 12/2024 đến kết thúc học kỳ I (từ
// 01/12/2024 đến 15/01/2025).", "Đợt 1 (tuần 1 đến hết tuần 11): Thi đua …", "Đợt 1: <a theme alone>". The
// clerk's wording is kept whole; a side the line does not give stays open for phase-guess.ts to fill.
import { addDaysTo, isoDate, parseIsoDate } from "../compute/calendar.js";
import type { Bound, CalendarPoint } from "../plan.js";
import {
  boundOf,
  celebratedDays,
  phaseTime,
  type PhaseLine,
  type PhaseTime,
  type Side,
} from "../text/phrase-grammar.js";

export interface ReadPhase {
  /** "Đợt thi đua thứ nhất"; the label with what its brackets hold when that is no time. */
  name?: string;
  /** The time in brackets before the colon: "tuần 1 đến hết tuần 11" in "Đợt 1 (tuần 1 đến hết tuần 11): …". */
  when?: string;
  /** The line after its label, as written. */
  body: string;
  from?: Bound;
  to?: Bound;
  /** Calendar points the line gives a real day for (the tool's own "(từ d1 đến d2)" beside them). */
  calendar: Partial<Record<CalendarPoint, string>>;
  /** Monday of week 1 as a week bound's printed day implies it (no breaks assumed before it). */
  weeks: { week1: string }[];
  /** Days the wording celebrates ("(20/11/1982 - 20/11/2024)", "ngày 20/11"): where a phase with no time may end. */
  celebrates: string[];
}

/** Week N's Monday (a "from") or Sunday (a "to") printed as `iso`: the Monday of week 1 it implies. */
function week1From(bound: Bound | undefined, role: "from" | "to", iso: string | undefined): { week1: string }[] {
  if (!iso || typeof bound !== "object") return [];
  const date = addDaysTo(parseIsoDate(iso)!, -(role === "to" ? 6 : 0) - 7 * (bound.week - 1));
  // A bound cut short by the start or end of the year is not a whole week.
  if (date.getDay() !== 1) return [];
  return [{ week1: isoDate(date) }];
}

const dayOf = (side: Side | undefined, startYear: number): string | undefined => {
  const b = side && boundOf(side, startYear);
  return typeof b === "string" && /^\d{4}-\d{2}-\d{2}$/.test(b) ? b : undefined;
};

/** `index` is the phase's place (0-based): "Đợt N" at its own place needs no name. */
export function readPhase(line: PhaseLine, index: number, startYear: number): ReadPhase {
  const bracketTime = line.bracket !== undefined ? phaseTime(line.bracket) : undefined;
  // A time in brackets before the colon is the phase's time only when the brackets hold nothing else.
  const bracketIsTime =
    bracketTime?.from && bracketTime.to && bracketTime.at === 0 && bracketTime.end >= line.bracket!.trim().length;
  const own = line.number === index + 1 && !/thi\s+đua/iu.test(line.label) ? undefined : line.label;
  const name = line.bracket !== undefined && !bracketIsTime ? `${line.label} (${line.bracket})` : own;
  const time: PhaseTime | undefined = bracketIsTime ? bracketTime : phaseTime(line.body);
  const from = time?.from && boundOf(time.from.side, startYear);
  const to = time?.to && boundOf(time.to.side, startYear);
  const calendar: ReadPhase["calendar"] = {};
  let weeks: ReadPhase["weeks"] = [];
  if (time?.days) {
    const d1 = dayOf(time.days.from.side, startYear);
    const d2 = dayOf(time.days.to.side, startYear);
    if (typeof from === "string" && !/^\d/.test(from) && d1) calendar[from as CalendarPoint] = d1;
    if (typeof to === "string" && !/^\d/.test(to) && d2) calendar[to as CalendarPoint] = d2;
    weeks = [...week1From(from, "from", d1), ...week1From(to, "to", d2)];
  }
  return {
    ...(name ? { name } : {}),
    ...(bracketIsTime ? { when: line.bracket!.trim() } : {}),
    body: line.body.trim(),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    calendar,
    weeks,
    celebrates: celebratedDays(line.body, startYear),
  };
}
