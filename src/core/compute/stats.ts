import type { Diagnostic } from "../diagnostic.js";
import type { Plan } from "../plan.js";
import { celebratedDays } from "./anniversaries.js";
import { isoDate, monthRange, schoolYearOf, timelineMonthYear } from "./calendar.js";
import { DEFAULT_ROUNDING, type ResolvedRounding } from "./percent.js";
import { activitiesDuring, overlaps, placedActivities, resolvePhases, uncovered } from "./phases.js";
import { computeTargets, type ComputedTarget } from "./targets.js";
import { schoolWeeks, weekOf } from "./weeks.js";

type TargetStats = {
  id: string | null;
  name: string;
  label: string;
  count: number;
  total: number | null;
  unit: string;
  percent: number | null;
  percentText: string | null;
  line: string;
};

/** The computed numbers of one plan: the documented shape of `plan stats --format json`. */
export interface Stats {
  school: string;
  schoolYear: string;
  calendar: Plan["calendar"];
  /** Numbered school weeks (calendar.breaks not counted). */
  schoolWeeks: number;
  staffTotal: number | null;
  rounding: ResolvedRounding;
  individual: TargetStats[];
  collective: {
    id: string | null;
    name: string;
    label: string;
    organization: string | null;
    met: boolean | null;
    conditions: { text: string; met: boolean }[];
  }[];
  groups: { id: string; title: string; heading: string; total: number | null; targets: TargetStats[] }[];
  phases: {
    number: number;
    name: string;
    from: string;
    to: string;
    days: number;
    weeks: number;
    firstWeek: number | null;
    lastWeek: number | null;
    range: string;
    activities: { month: number | null; year: number | null; text: string }[];
  }[];
  uncovered: { from: string; to: string; days: number }[];
  overlaps: { first: number; second: number; from: string; to: string; days: number }[];
  monthsOutsideYear: { month: number; year: number }[];
  anniversaries: { occasion: string; date: string; ordinal: number; confirmed: boolean }[];
  /** Parts that could not be computed because the plan still has errors there (`plan stats` on a broken file). */
  unavailable: string[];
}

/** The top-level fields each part of the stats is computed from. */
const PART_DATA: Record<string, readonly string[]> = {
  targets: ["targets"],
  calendar: ["schoolYear", "calendar"],
  weeks: ["calendar"],
  phases: ["phases", "calendar", "schoolYear"],
  timeline: ["timeline", "phases", "calendar", "schoolYear"],
  uncovered: ["phases", "calendar", "schoolYear"],
  overlaps: ["phases", "calendar", "schoolYear"],
  anniversaries: ["calendar", "schoolYear"],
};

const targetStats = (t: ComputedTarget): TargetStats => ({
  id: t.id ?? null,
  name: t.name,
  label: t.label,
  count: t.count,
  total: t.total ?? null,
  unit: t.unit,
  percent: t.percent ?? null,
  percentText: t.percentText ?? null,
  line: t.line,
});

/**
 * The plan's numbers. On a plan that still has errors each part is computed on its own: what can be
 * computed is, and the parts that cannot are named in `unavailable` rather than failing the whole.
 */
export function stats(plan: Plan, errors: readonly Diagnostic[] = []): Stats {
  const unavailable: string[] = [];
  const broken = new Set(errors.filter((d) => d.severity === "error").map((d) => String(d.path[0] ?? "")));
  const part = <T>(name: string, compute: () => T, fallback: T): T => {
    // A part whose data still has an error would print wrong numbers (NaN%, a phase on the wrong day).
    if (PART_DATA[name]!.some((root) => broken.has(root))) {
      unavailable.push(name);
      return fallback;
    }
    try {
      return compute();
    } catch {
      unavailable.push(name);
      return fallback;
    }
  };
  const targets = part("targets", () => computeTargets(plan), undefined);
  const phases = part("phases", () => resolvePhases(plan), []);
  const placed = part("timeline", () => placedActivities(plan, phases), []);
  const year = part("calendar", () => schoolYearOf(plan), undefined);
  return {
    school: String(plan.document?.issuingBody ?? ""),
    schoolYear: String(plan.schoolYear ?? ""),
    calendar: plan.calendar,
    schoolWeeks: part("weeks", () => schoolWeeks(plan).length, 0),
    staffTotal: typeof plan.targets?.staffTotal === "number" ? plan.targets.staffTotal : null,
    rounding: targets?.rounding ?? DEFAULT_ROUNDING,
    individual: targets?.individual.map(targetStats) ?? [],
    collective:
      targets?.collective.map((c) => ({
        id: c.id ?? null,
        name: c.name,
        label: c.label,
        organization: c.organization ?? null,
        met: c.met ?? null,
        conditions: c.conditions,
      })) ?? [],
    groups:
      targets?.groups.map((g) => ({
        id: g.id,
        title: g.title,
        heading: g.heading,
        total: g.total ?? null,
        targets: g.targets.map(targetStats),
      })) ?? [],
    phases: part(
      "phases",
      () =>
        phases.map((p) => ({
          number: p.number,
          name: p.name,
          from: isoDate(p.from),
          to: isoDate(p.to),
          days: p.days,
          weeks: Math.round((p.days / 7) * 10) / 10,
          firstWeek: weekOf(plan, p.from) ?? null,
          lastWeek: weekOf(plan, p.to) ?? null,
          range: p.range,
          activities: activitiesDuring(plan, p, placed).map((a) => ({
            month: a.month ?? null,
            year: a.year ?? null,
            text: a.text,
          })),
        })),
      [],
    ),
    uncovered: part(
      "uncovered",
      () =>
        uncovered(
          plan,
          phases.filter((p) => p.from <= p.to),
        ).map((g) => ({ from: isoDate(g.from), to: isoDate(g.to), days: g.days })),
      [],
    ),
    overlaps: part(
      "overlaps",
      () =>
        overlaps(phases).map((o) => ({
          first: o.first,
          second: o.second,
          from: isoDate(o.from),
          to: isoDate(o.to),
          days: o.days,
        })),
      [],
    ),
    monthsOutsideYear: part(
      "timeline",
      () =>
        plan.timeline.flatMap((m) => {
          if (m.month === undefined || !year) return [];
          const { first, last } = monthRange(m.month, year);
          return last < year.start || first > year.end
            ? [{ month: m.month, year: timelineMonthYear(m.month, year) }]
            : [];
        }),
      [],
    ),
    anniversaries: part(
      "anniversaries",
      () =>
        celebratedDays(plan).map((a) => ({
          occasion: a.occasion,
          date: isoDate(a.date),
          ordinal: a.ordinal,
          confirmed: a.confirmed,
        })),
      [],
    ),
    unavailable: [...new Set(unavailable)],
  };
}
