import type { Activity, Plan } from "../plan.js";
import { formatDateShort } from "../text/vn-format.js";
import { perPlan } from "./per-plan.js";
import { isRestDay, mondayOf } from "./weeks.js";
import {
  addDaysTo,
  boundPhrase,
  daysBetween,
  monthRange,
  parseIsoDate,
  resolveBound,
  schoolYearOf,
  timelineMonthYear,
} from "./calendar.js";

export interface ResolvedPhase {
  /** 1-based, as clerks say "Đợt 1". */
  number: number;
  name: string;
  theme?: string;
  /** The clerk's own wording, placeholders not yet filled. */
  text?: string;
  /** The time between the name and the colon, as the clerk wrote it: "tuần 1 đến hết tuần 11". */
  when?: string;
  from: Date;
  to: Date;
  /** "Từ tháng 12/2024 đến kết thúc học kỳ I" */
  range: string;
  days: number;
}

export interface Stretch {
  from: Date;
  to: Date;
  days: number;
}

export interface Overlap extends Stretch {
  first: number;
  second: number;
}

export function phaseName(plan: Plan, index: number): string {
  return plan.phases[index]?.name ?? `Đợt ${index + 1}`;
}

/**
 * Each phase with real dates (calendar points and months resolved); phases with an unreal bound are left out. Computed
 * once per plan.
 */
export const resolvePhases = perPlan((plan: Plan): readonly ResolvedPhase[] => {
  const out: ResolvedPhase[] = [];
  plan.phases.forEach((phase, index) => {
    const from = resolveBound(phase.from, "from", plan);
    const to = resolveBound(phase.to, "to", plan);
    if (!from || !to) return;
    const range = `Từ ${boundPhrase(phase.from, "from", plan)} đến ${boundPhrase(phase.to, "to", plan)}`;
    out.push({
      number: index + 1,
      name: phaseName(plan, index),
      theme: phase.theme,
      text: phase.text,
      when: phase.when,
      from,
      to,
      range,
      days: daysBetween(from, to) + 1,
    });
  });
  return out;
});

/** The placeholders a phase's own wording may use. */
export const PHASE_PLACEHOLDERS = ["from", "to", "dates", "range"] as const;

/** The clerk's wording with {from}, {to}, {dates} and {range} filled in; unknown names are left as typed. */
export function fillPhaseText(text: string, phase: Pick<ResolvedPhase, "from" | "to" | "range">): string {
  const values: Record<string, string> = {
    from: formatDateShort(phase.from),
    to: formatDateShort(phase.to),
    dates: `từ ${formatDateShort(phase.from)} đến ${formatDateShort(phase.to)}`,
    range: phase.range.charAt(0).toLowerCase() + phase.range.slice(1),
  };
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => values[name] ?? whole);
}

/** Ends a sentence the clerk may or may not have ended. */
const ended = (text: string): string => (/[.!?…:;]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * "Đợt 2: Từ tháng 12/2024 đến kết thúc học kỳ I (từ 01/12/2024 đến 15/01/2025)." — one wording everywhere;
 * with the time before the colon, "Đợt 1 (tuần 1 đến hết tuần 11): Thi đua chào mừng …".
 */
export function phaseLine(phase: ResolvedPhase): string {
  if (phase.when) {
    const head = `${phase.name} (${fillPhaseText(phase.when, phase).trim()})`;
    const words = phase.text ? fillPhaseText(phase.text, phase) : phase.theme;
    return words ? `${head}: ${ended(words)}` : `${head}.`;
  }
  if (phase.text) return `${phase.name}: ${ended(fillPhaseText(phase.text, phase))}`;
  const dates = `từ ${formatDateShort(phase.from)} đến ${formatDateShort(phase.to)}`;
  if (phase.theme) return `${phase.name}: ${phase.theme.replace(/[.;]$/, "")}; thời gian: ${dates}.`;
  return `${phase.name}: ${phase.range} (${dates}).`;
}

/** The phases an activity is tied to: none, one, or several ("Sơ kết đợt 1; phát động đợt 2"). */
export function activityPhases(activity: Activity): number[] {
  if (typeof activity === "string") return [];
  return Array.isArray(activity.phase) ? activity.phase : [activity.phase];
}

/** Stretches of the school year that no phase covers (only meaningful when there are phases). Weekends and
 * listed breaks between two phases are not gaps: a phase ending on a Saturday and the next starting on a Monday are
 * contiguous. */
export function uncovered(plan: Plan, phases: readonly ResolvedPhase[]): Stretch[] {
  return rawGaps(plan, phases)
    .map((g) => trimRest(plan, g))
    .filter((g): g is Stretch => g !== undefined);
}

function trimRest(plan: Plan, gap: Stretch): Stretch | undefined {
  let { from, to } = gap;
  while (from <= to && isRestDay(plan, from)) from = addDaysTo(from, 1);
  while (to >= from && isRestDay(plan, to)) to = addDaysTo(to, -1);
  if (from > to) return undefined;
  // Report the stretch as the clerk would count it: from the day after the phase to the day before the next.
  return { from: gap.from, to: gap.to, days: gap.days };
}

/**
 * Where the phases must start covering the year: school week 1. `calendar.start` is the tựu trường, a week
 * or two before teaching; the days before the Monday of week 1 (when the plan gives `week1`) belong to
 * no phase by design. A first phase that starts earlier covers from its own start.
 */
export function coverageStart(plan: Plan): Date {
  const year = schoolYearOf(plan);
  const week1 = plan.calendar.week1 ? parseIsoDate(plan.calendar.week1) : undefined;
  const monday = week1 ? mondayOf(week1) : undefined;
  return monday && monday > year.start ? monday : year.start;
}

function rawGaps(plan: Plan, phases: readonly ResolvedPhase[]): Stretch[] {
  if (phases.length === 0) return [];
  const year = schoolYearOf(plan);
  const sorted = [...phases].sort((a, b) => a.from.getTime() - b.from.getTime());
  const gaps: Stretch[] = [];
  let cursor = coverageStart(plan);
  for (const phase of sorted) {
    if (phase.from > cursor) {
      const to = addDaysTo(phase.from, -1);
      if (to <= year.end) gaps.push({ from: cursor, to, days: daysBetween(cursor, to) + 1 });
    }
    const next = addDaysTo(phase.to, 1);
    if (next > cursor) cursor = next;
  }
  if (cursor <= year.end) gaps.push({ from: cursor, to: year.end, days: daysBetween(cursor, year.end) + 1 });
  return gaps.filter((g) => g.days > 0);
}

export function overlaps(phases: readonly ResolvedPhase[]): Overlap[] {
  const out: Overlap[] = [];
  for (let i = 0; i < phases.length; i++) {
    for (let j = i + 1; j < phases.length; j++) {
      const a = phases[i]!;
      const b = phases[j]!;
      const from = a.from > b.from ? a.from : b.from;
      const to = a.to < b.to ? a.to : b.to;
      if (from <= to) out.push({ first: a.number, second: b.number, from, to, days: daysBetween(from, to) + 1 });
    }
  }
  return out;
}

export interface PlacedActivity {
  /** Undefined for a row of the plan's own ("Cả năm", "Thường xuyên"). */
  month?: number;
  year?: number;
  /** Index in plan.timeline and in that month's activities. */
  monthIndex: number;
  activityIndex: number;
  phases: number[];
  text: string;
}

export function activityText(activity: Activity, phases: readonly ResolvedPhase[]): string {
  if (typeof activity === "string") return activity;
  if (activity.text) return activity.text;
  return activityPhases(activity)
    .map((n) => {
      const phase = phases.find((p) => p.number === n);
      return phase ? phaseLine(phase) : `Đợt ${n}`;
    })
    .join(" ");
}

export function placedActivities(plan: Plan, phases: readonly ResolvedPhase[]): PlacedActivity[] {
  const year = schoolYearOf(plan);
  return plan.timeline.flatMap((row, monthIndex) =>
    row.activities.map((activity, activityIndex) => ({
      month: row.month,
      year: row.month === undefined ? undefined : timelineMonthYear(row.month, year),
      monthIndex,
      activityIndex,
      phases: activityPhases(activity),
      text: activityText(activity, phases),
    })),
  );
}

/** Activities whose month overlaps the phase: tied to it, or simply held while it runs. */
export function activitiesDuring(
  plan: Plan,
  phase: ResolvedPhase,
  placed: readonly PlacedActivity[],
): PlacedActivity[] {
  const year = schoolYearOf(plan);
  return placed.filter((a) => {
    if (a.phases.length > 0) return a.phases.includes(phase.number);
    if (a.month === undefined) return false;
    const { first, last } = monthRange(a.month, year);
    return first <= phase.to && last >= phase.from;
  });
}
