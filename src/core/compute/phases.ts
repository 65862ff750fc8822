import type { Activity, Plan } from "../plan.js";
import { formatDateShort } from "../text/vn-format.js";
import { addDaysTo, boundPhrase, daysBetween, monthRange, resolveBound, schoolYearOf, timelineMonthYear } from "./calendar.js";

export interface ResolvedPhase {
  /** 1-based, as clerks say "Đợt 1". */
  number: number;
  name: string;
  theme?: string;
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

const resolved = new WeakMap<Plan, readonly ResolvedPhase[]>();

/** Each phase with real dates (calendar points and months resolved); phases with an unreal bound are left out. Computed once per plan. */
export function resolvePhases(plan: Plan): readonly ResolvedPhase[] {
  const cached = resolved.get(plan);
  if (cached) return cached;
  const out: ResolvedPhase[] = [];
  plan.phases.forEach((phase, index) => {
    const from = resolveBound(phase.from, "from", plan);
    const to = resolveBound(phase.to, "to", plan);
    if (!from || !to) return;
    const range = `Từ ${boundPhrase(phase.from, "from", plan)} đến ${boundPhrase(phase.to, "to", plan)}`;
    out.push({ number: index + 1, name: phaseName(plan, index), theme: phase.theme, from, to, range, days: daysBetween(from, to) + 1 });
  });
  resolved.set(plan, out);
  return out;
}

/** "Đợt 2: Từ tháng 12/2024 đến kết thúc học kỳ I (từ 01/12/2024 đến 15/01/2025)." — one wording everywhere. */
export function phaseLine(phase: ResolvedPhase): string {
  const dates = `từ ${formatDateShort(phase.from)} đến ${formatDateShort(phase.to)}`;
  if (phase.theme) return `${phase.name}: ${phase.theme.replace(/[.;]$/, "")}; thời gian: ${dates}.`;
  return `${phase.name}: ${phase.range} (${dates}).`;
}

/** Stretches of the school year that no phase covers (only meaningful when there are phases). */
export function uncovered(plan: Plan, phases: readonly ResolvedPhase[]): Stretch[] {
  if (phases.length === 0) return [];
  const year = schoolYearOf(plan);
  const sorted = [...phases].sort((a, b) => a.from.getTime() - b.from.getTime());
  const gaps: Stretch[] = [];
  let cursor = year.start;
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
  month: number;
  year: number;
  /** Index in plan.timeline and in that month's activities. */
  monthIndex: number;
  activityIndex: number;
  phase?: number;
  text: string;
}

export function activityText(activity: Activity, phases: readonly ResolvedPhase[]): string {
  if (typeof activity === "string") return activity;
  if (activity.text) return activity.text;
  const phase = phases.find((p) => p.number === activity.phase);
  return phase ? phaseLine(phase) : `Đợt ${activity.phase}`;
}

export function placedActivities(plan: Plan, phases: readonly ResolvedPhase[]): PlacedActivity[] {
  const year = schoolYearOf(plan);
  return plan.timeline.flatMap((month, monthIndex) =>
    month.activities.map((activity, activityIndex) => ({
      month: month.month,
      year: timelineMonthYear(month.month, year),
      monthIndex,
      activityIndex,
      phase: typeof activity === "string" ? undefined : activity.phase,
      text: activityText(activity, phases),
    })),
  );
}

/** Activities whose month overlaps the phase: tied to it, or simply held while it runs. */
export function activitiesDuring(plan: Plan, phase: ResolvedPhase, placed: readonly PlacedActivity[]): PlacedActivity[] {
  const year = schoolYearOf(plan);
  return placed.filter((a) => {
    if (a.phase !== undefined) return a.phase === phase.number;
    const { first, last } = monthRange(a.month, year);
    return first <= phase.to && last >= phase.from;
  });
}
