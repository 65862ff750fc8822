import type { Plan } from "../plan.js";
import { formatPercent } from "../text/vn-format.js";
import { celebratedDays } from "./anniversaries.js";
import { isoDate, monthRange, schoolYearOf, timelineMonthYear } from "./calendar.js";
import { percentOf, type ResolvedRounding } from "./percent.js";
import { activitiesDuring, overlaps, placedActivities, resolvePhases, uncovered } from "./phases.js";
import { computeTargets } from "./targets.js";

/** The computed numbers of one plan: the documented shape of `plan stats --format json`. */
export interface Stats {
  school: string;
  schoolYear: string;
  calendar: Plan["calendar"];
  staffTotal: number;
  rounding: ResolvedRounding;
  individual: { id: string | null; name: string; label: string; count: number; total: number; percent: number; percentText: string }[];
  collective: { id: string | null; name: string; label: string; met: boolean | null; conditions: { text: string; met: boolean }[] }[];
  phases: { number: number; name: string; from: string; to: string; days: number; weeks: number; range: string; activities: { month: number; year: number; text: string }[] }[];
  uncovered: { from: string; to: string; days: number }[];
  overlaps: { first: number; second: number; from: string; to: string; days: number }[];
  monthsOutsideYear: { month: number; year: number }[];
  anniversaries: { occasion: string; date: string; ordinal: number; confirmed: boolean }[];
}

export function stats(plan: Plan): Stats {
  const targets = computeTargets(plan);
  const phases = resolvePhases(plan);
  const placed = placedActivities(plan, phases);
  const year = schoolYearOf(plan);
  return {
    school: plan.document.issuingBody,
    schoolYear: plan.schoolYear,
    calendar: plan.calendar,
    staffTotal: plan.targets.staffTotal,
    rounding: targets.rounding,
    individual: targets.individual.map((t) => ({ id: t.id ?? null, name: t.name, label: t.label, count: t.count, total: t.total, percent: t.percent, percentText: t.percentText })),
    collective: targets.collective.map((c) => ({ id: c.id ?? null, name: c.name, label: c.label, met: c.met ?? null, conditions: c.conditions })),
    phases: phases.map((p) => ({
      number: p.number,
      name: p.name,
      from: isoDate(p.from),
      to: isoDate(p.to),
      days: p.days,
      weeks: Math.round((p.days / 7) * 10) / 10,
      range: p.range,
      activities: activitiesDuring(plan, p, placed).map((a) => ({ month: a.month, year: a.year, text: a.text })),
    })),
    uncovered: uncovered(plan, phases.filter((p) => p.from <= p.to)).map((g) => ({ from: isoDate(g.from), to: isoDate(g.to), days: g.days })),
    overlaps: overlaps(phases).map((o) => ({ first: o.first, second: o.second, from: isoDate(o.from), to: isoDate(o.to), days: o.days })),
    monthsOutsideYear: plan.timeline
      .filter((m) => {
        const { first, last } = monthRange(m.month, year);
        return last < year.start || first > year.end;
      })
      .map((m) => ({ month: m.month, year: timelineMonthYear(m.month, year) })),
    anniversaries: celebratedDays(plan).map((a) => ({ occasion: a.occasion, date: isoDate(a.date), ordinal: a.ordinal, confirmed: a.confirmed })),
  };
}

export interface Totals {
  files: number;
  staffTotal: number;
  individual: { key: string; name: string; count: number; total: number; percentText: string }[];
  collective: { key: string; name: string; schools: number }[];
}

/** A district's view: targets summed over schools, percentages of the summed totals. */
export function totals(all: readonly Stats[], rounding: ResolvedRounding): Totals {
  const individual = new Map<string, { key: string; name: string; count: number; total: number }>();
  const collective = new Map<string, { key: string; name: string; schools: number }>();
  for (const s of all) {
    for (const t of s.individual) {
      const key = t.id ?? t.name;
      const row = individual.get(key) ?? { key, name: t.name, count: 0, total: 0 };
      row.count += t.count;
      row.total += t.total;
      individual.set(key, row);
    }
    for (const c of s.collective) {
      const key = c.id ?? c.name;
      const row = collective.get(key) ?? { key, name: c.name, schools: 0 };
      row.schools++;
      collective.set(key, row);
    }
  }
  return {
    files: all.length,
    staffTotal: all.reduce((n, s) => n + s.staffTotal, 0),
    individual: [...individual.values()].map((r) => ({ ...r, percentText: formatPercent(percentOf(r.count, r.total, rounding), rounding.decimals) })),
    collective: [...collective.values()],
  };
}
