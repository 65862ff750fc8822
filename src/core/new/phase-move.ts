// Phase bounds a year on. A bound means something beside its date: "the Saturday of the week of 20/11",
// "the day HK I ends", "20/11 itself", "week 18, the last before Tết". A date bound therefore moves the
// way its meaning does (with the calendar point it sits on or near, by date when it is a day celebrated,
// else to the same weekday), consecutive phases stay joined, and every bound whose place in the year
// changed anyway (past the end and now inside, across a semester's end, across a break) is listed.
import { ANNIVERSARY_DAYS } from "../compute/anniversaries.js";
import { addDaysTo, daysBetween, isWeekBound, parseIsoDate, resolveBound } from "../compute/calendar.js";
import { isRestDay, schoolWeeks } from "../compute/weeks.js";
import type { Bound, Plan } from "../plan.js";
import { formatDateShort } from "../text/vn-format.js";
import { dayEn, dayVi, POINT_EN, POINT_VI, sameDate, sameWeekday, type Point, type Said } from "./calendar-move.js";

/** The calendar part of a plan: enough to resolve bounds and weeks. */
export interface CalendarOnly {
  schoolYear: string;
  calendar: Plan["calendar"];
}

export interface PhaseIn {
  from: Bound;
  to: Bound;
  /** The phase's own words (name, theme, text): a date written there ("20/11") is a day the bound keeps. */
  words: string;
  name: string;
}

export interface BoundOut {
  phase: number;
  role: "from" | "to";
  /** The new value when it changed (a date or a month), else undefined. */
  value?: string;
  /** The move, for the list of changes. */
  moved?: Said;
  /** A change of meaning, for the list of things to check. */
  check?: Said;
}

const POINTS: readonly Point[] = ["start", "semester1End", "semester2Start", "end"];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const asPlan = (c: CalendarOnly): Plan =>
  ({ schoolYear: c.schoolYear, calendar: c.calendar, phases: [] }) as unknown as Plan;
const iso = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

type How = "point" | "celebrated" | "near" | "weekday" | "joined";

/** How a bound reads in the list: "đến 22/11/2025", "từ tháng 12/2024", "đến hết tuần 18". */
function boundName(bound: Bound, role: "from" | "to", date: Date | undefined): Said {
  const [vi, en] = role === "from" ? ["từ", "from"] : ["đến", "to"];
  if (isWeekBound(bound))
    return {
      vi: `${vi} ${role === "to" ? "hết " : ""}tuần ${bound.week}`,
      en: `${en} ${role === "to" ? "the end of " : ""}week ${bound.week}`,
    };
  const month = typeof bound === "string" ? MONTH.exec(bound) : null;
  if (month)
    return {
      vi: `${vi} ${role === "to" ? "hết " : ""}tháng ${Number(month[2])}/${month[1]}`,
      en: `${en} ${role === "to" ? "the end of " : ""}${Number(month[2])}/${month[1]}`,
    };
  return {
    vi: `${vi} ${date ? formatDateShort(date) : String(bound)}`,
    en: `${en} ${date ? formatDateShort(date) : String(bound)}`,
  };
}

/** Where a day stands in its year: before/on/after each point, before/in/after each break. */
function standing(c: CalendarOnly, date: Date): { key: string; vi: string; en: string }[] {
  const out: { key: string; vi: string; en: string }[] = [];
  const start = parseIsoDate(c.calendar.start)!;
  const end = parseIsoDate(c.calendar.end)!;
  // The month a bound falls in is where the timeline introduces its phase.
  out.push({
    key: `month:${date.getMonth()}`,
    vi: `trong tháng ${date.getMonth() + 1}`,
    en: `in month ${date.getMonth() + 1}`,
  });
  const inYear = date < start ? -1 : date > end ? 1 : 0;
  out.push({
    key: `year:${inYear}`,
    vi: inYear < 0 ? "trước ngày bắt đầu năm học" : inYear > 0 ? "sau ngày kết thúc năm học" : "trong năm học",
    en: inYear < 0 ? "before the school year" : inYear > 0 ? "after the school year" : "inside the school year",
  });
  for (const point of ["semester1End", "semester2Start"] as const) {
    const p = parseIsoDate(c.calendar[point])!;
    const side = Math.sign(daysBetween(p, date));
    out.push({
      key: `${point}:${side}`,
      vi: `${side < 0 ? "trước" : side > 0 ? "sau" : "đúng"} ${POINT_VI[point]}`,
      en: `${side < 0 ? "before" : side > 0 ? "after" : "on"} the ${POINT_EN[point]}`,
    });
  }
  (c.calendar.breaks ?? []).forEach((b, i) => {
    const [from, to] = [parseIsoDate(b.from), parseIsoDate(b.to)];
    if (!from || !to) return;
    const side = date < from ? -1 : date > to ? 1 : 0;
    const name = b.name ?? `kỳ nghỉ ${i + 1}`;
    out.push({
      key: `break${i}:${side}`,
      vi: `${side < 0 ? "trước" : side > 0 ? "sau" : "trong"} “${name}”`,
      en: `${side < 0 ? "before" : side > 0 ? "after" : "inside"} “${name}”`,
    });
  });
  return out;
}

/** Days a bound keeps by date: the catalogue's anniversaries, and any "20/11" written in the phase's words. */
function celebrated(date: Date, words: string): boolean {
  const [d, m] = [date.getDate(), date.getMonth() + 1];
  if (ANNIVERSARY_DAYS.some((a) => a.day === d && a.month === m)) return true;
  return [...words.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d])/gu)].some(
    (x) => Number(x[1]) === d && Number(x[2]) === m,
  );
}

/**
 * Moves every phase bound from `oldCal` to `newCal` (whose points and breaks are already moved).
 * Returns one entry per bound that moved or whose meaning changed.
 */
export function movePhases(
  phases: readonly PhaseIn[],
  oldCal: CalendarOnly,
  newCal: CalendarOnly,
  years: number,
): BoundOut[] {
  const oldPlan = asPlan(oldCal);
  const oldPoints = POINTS.map((p) => ({
    p,
    old: parseIsoDate(oldCal.calendar[p])!,
    now: parseIsoDate(newCal.calendar[p])!,
  }));
  const values: Bound[][] = phases.map((p) => [p.from, p.to]);
  const how = new Map<string, How>();
  const key = (i: number, r: 0 | 1): string => `${i}:${r}`;

  phases.forEach((phase, i) => {
    ([0, 1] as const).forEach((r) => {
      const bound = values[i]![r]!;
      if (typeof bound !== "string") return;
      const month = MONTH.exec(bound);
      if (month) {
        values[i]![r] = `${Number(month[1]) + years}-${month[2]}`;
        return;
      }
      const date = DAY.test(bound) ? parseIsoDate(bound) : undefined;
      if (!date) return;
      const on = oldPoints.find((x) => daysBetween(x.old, date) === 0);
      const near = [...oldPoints].sort(
        (a, b) => Math.abs(daysBetween(a.old, date)) - Math.abs(daysBetween(b.old, date)),
      )[0]!;
      const distance = daysBetween(near.old, date);
      const kind: How = on
        ? "point"
        : celebrated(date, phase.words)
          ? "celebrated"
          : Math.abs(distance) <= 3
            ? "near"
            : "weekday";
      how.set(key(i, r), kind);
      const to =
        kind === "point"
          ? on!.now
          : kind === "celebrated"
            ? sameDate(date, years)
            : kind === "near"
              ? addDaysTo(near.now, distance)
              : sameWeekday(date, years);
      values[i]![r] = iso(to);
    });
  });

  const newPlan = (): Plan => asPlan({ ...newCal, calendar: { ...newCal.calendar } });
  const resolveNew = (b: Bound, role: "from" | "to"): Date | undefined => resolveBound(b, role, newPlan());
  // Consecutive phases that were joined (nothing but rest days between) stay joined: the bound that moved
  // by weekday or with a point gives way, never a celebrated day or a month.
  for (let i = 0; i + 1 < phases.length; i++) {
    const oldTo = resolveBound(phases[i]!.to, "to", oldPlan);
    const oldFrom = resolveBound(phases[i + 1]!.from, "from", oldPlan);
    if (!oldTo || !oldFrom || oldFrom <= oldTo) continue;
    let joined = true;
    for (let d = addDaysTo(oldTo, 1); d < oldFrom; d = addDaysTo(d, 1)) if (!isRestDay(oldPlan, d)) joined = false;
    if (!joined) continue;
    const plan = newPlan();
    const newTo = resolveNew(values[i]![1]!, "to");
    const newFrom = resolveNew(values[i + 1]![0]!, "from");
    if (!newTo || !newFrom) continue;
    let stillJoined = newFrom > newTo;
    for (let d = addDaysTo(newTo, 1); stillJoined && d < newFrom; d = addDaysTo(d, 1))
      if (!isRestDay(plan, d)) stillJoined = false;
    if (stillJoined) continue;
    const yields = (r: 0 | 1, idx: number): boolean =>
      how.get(key(idx, r)) === "weekday" || how.get(key(idx, r)) === "near";
    // The next phase starts after the last one ends, on the first school day or on last year's weekday;
    // or the last one ends before the next starts. Whichever keeps its month (the timeline names phases by month).
    const nextFrom = (): Date => {
      let d = addDaysTo(newTo, 1);
      while (isRestDay(plan, d) && d.getDay() !== oldFrom.getDay()) d = addDaysTo(d, 1);
      return d;
    };
    const lastTo = (): Date => {
      let d = addDaysTo(newFrom, -1);
      while (isRestDay(plan, d) && d.getDay() !== oldTo.getDay()) d = addDaysTo(d, -1);
      return d;
    };
    const fromKeepsMonth = yields(0, i + 1) && nextFrom().getMonth() === oldFrom.getMonth();
    const toKeepsMonth = yields(1, i) && lastTo().getMonth() === oldTo.getMonth();
    if (fromKeepsMonth || (yields(0, i + 1) && !toKeepsMonth)) {
      values[i + 1]![0] = iso(nextFrom());
      how.set(key(i + 1, 0), "joined");
    } else if (yields(1, i)) {
      values[i]![1] = iso(lastTo());
      how.set(key(i, 1), "joined");
    }
  }

  const out: BoundOut[] = [];
  const plan = newPlan();
  const weeks = schoolWeeks(plan).length;
  const oldWeeks = schoolWeeks(oldPlan).length;
  phases.forEach((phase, i) => {
    (["from", "to"] as const).forEach((role, r) => {
      const before = r === 0 ? phase.from : phase.to;
      const after = values[i]![r]!;
      if (typeof before === "string" && (POINTS as readonly string[]).includes(before)) return;
      const d0 = resolveBound(before, role, oldPlan);
      const d1 = resolveBound(after, role, plan);
      const entry: BoundOut = { phase: i, role };
      const label = `${phase.name}, ${boundName(before, role, d0).vi}`;
      const labelEn = `${phase.name}, ${boundName(before, role, d0).en}`;
      if (after !== before && typeof after === "string") {
        entry.value = after;
        const why: Record<How, Said> = {
          point: { vi: "trùng mốc lịch năm học, dời theo", en: "on a calendar point, moved with it" },
          celebrated: { vi: "ngày kỷ niệm, giữ ngày", en: "a day celebrated, date kept" },
          near: { vi: "giữ khoảng cách tới mốc lịch năm học", en: "same distance from the calendar point" },
          weekday: { vi: "cùng thứ trong tuần", en: "same weekday" },
          joined: {
            vi: `nối liền ${role === "from" ? "đợt trước" : "đợt sau"} như năm trước`,
            en: `joined to the ${role === "from" ? "previous" : "next"} phase, as last year`,
          },
        };
        const h = how.get(key(i, r as 0 | 1));
        const reason = h ? why[h] : undefined;
        if (MONTH.test(after)) {
          const [vi, en] = role === "to" ? ["hết tháng", "the end of"] : ["tháng", ""];
          entry.moved = {
            vi: `${label} → ${vi} ${Number(after.slice(5))}/${after.slice(0, 4)}`,
            en: `${labelEn} → ${en} ${Number(after.slice(5))}/${after.slice(0, 4)}`.replace("→  ", "→ "),
          };
        } else if (d0 && d1)
          entry.moved = {
            vi:
              `${phase.name}, ${role === "from" ? "từ" : "đến"}: ${dayVi(d0)} → ` +
              `${dayVi(d1)}${reason ? `, ${reason.vi}` : ""}`,
            en: `${phase.name}, ${role}: ${dayEn(d0)} → ${dayEn(d1)}${reason ? `, ${reason.en}` : ""}`,
          };
      }
      // A week that had no day off and now has some (Tết came earlier) is not the same week of school.
      if (isWeekBound(before) && d0 && d1) {
        const off = (c: CalendarOnly, date: Date): string[] => {
          const monday = addDaysTo(date, -((date.getDay() + 6) % 7));
          return (c.calendar.breaks ?? [])
            .filter((b) => {
              const [f, t] = [parseIsoDate(b.from), parseIsoDate(b.to)];
              return f && t && f <= addDaysTo(monday, 4) && t >= monday;
            })
            .map((b) => b.name ?? "kỳ nghỉ");
        };
        const [was, now] = [off(oldCal, d0), off(newCal, d1)];
        if (now.length && !was.length)
          entry.check = {
            vi: `${label}: tuần ${before.week} nay có ngày nghỉ của “${now.join("”, “")}” (${dayVi(d1)}): kiểm tra`,
            en: `${labelEn}: week ${before.week} now has days of “${now.join("”, “")}” (${dayEn(d1)}): check`,
          };
      }
      // A week said above is not said again below in other words.
      if (entry.check) {
        out.push(entry);
        return;
      }
      if (!d0 && d1) {
        // Past last year's end, and inside this one: the phase now means something it did not.
        entry.check = isWeekBound(after)
          ? {
              vi:
                `${label}: năm trước chỉ có ${oldWeeks} tuần nên mốc nằm ngoài năm học, nay là ${dayVi(d1)} trong ` +
                `năm học: kiểm tra ý nghĩa của mốc`,
              en:
                `${labelEn}: last year had only ${oldWeeks} weeks, so the bound was outside the year; now ` +
                `${dayEn(d1)}, inside it: check what the bound means`,
            }
          : {
              vi: `${label}: năm trước không đọc được, nay là ${dayVi(d1)}: kiểm tra`,
              en: `${labelEn}: did not read last year, now ${dayEn(d1)}: check`,
            };
      } else if (d0 && !d1) {
        entry.check = isWeekBound(after)
          ? {
              vi: `${label}: năm học mới chỉ có ${weeks} tuần: sửa mốc`,
              en: `${labelEn}: the new year has only ${weeks} weeks: change the bound`,
            }
          : {
              vi: `${label}: không còn là ngày có thật: sửa mốc`,
              en: `${labelEn}: no longer a real day: change the bound`,
            };
      } else if (d0 && d1) {
        const was = standing(oldCal, d0);
        const now = standing(newCal, d1);
        const changed = now.filter((s) => !was.some((w) => w.key === s.key));
        if (changed.length) {
          const washere = changed
            .map((s) => was.find((w) => w.key.split(":")[0] === s.key.split(":")[0]))
            .filter((w) => w !== undefined);
          entry.check = {
            vi:
              `${label}: năm trước ${dayVi(d0)} ${washere.map((w) => w.vi).join(", ")}; nay ${dayVi(d1)} ` +
              `${changed.map((s) => s.vi).join(", ")}: kiểm tra ý nghĩa của mốc`,
            en:
              `${labelEn}: last year ${dayEn(d0)} ${washere.map((w) => w.en).join(", ")}; now ${dayEn(d1)} ` +
              `${changed.map((s) => s.en).join(", ")}: check what the bound means`,
          };
        }
      }
      if (entry.value !== undefined || entry.check) out.push(entry);
    });
  });
  return out;
}
