// The phases as the plan holds them, once the calendar is fitted (phase-guess.ts): the clerk's wording kept
// as `text` unless the tool's own line prints it again (then the bounds, or the theme, say it all), and the
// month table's phase lines tied to the phase they print.
import { monthRange, schoolYearOf } from "../compute/calendar.js";
import { phaseLine, resolvePhases } from "../compute/phases.js";
import type { Activity, Phase, Plan } from "../plan.js";
import { readPhaseLine } from "../text/phrase-grammar.js";
import type { Fitted } from "./phase-guess.js";
import type { ReadPhase } from "./phase-lines.js";

const same = (a: string, b: string): boolean =>
  a.replace(/[\s.;]+$/u, "").replace(/\s+/gu, " ") === b.replace(/[\s.;]+$/u, "").replace(/\s+/gu, " ");

/** The phases with their bounds, each as the simplest form that prints the document's line again. */
export function planPhases(plan: Plan, read: readonly ReadPhase[], bounds: Fitted["bounds"]): Phase[] {
  const worded: Phase[] = read.map((r, i) => ({
    ...(r.name ? { name: r.name } : {}),
    ...(r.when ? { when: r.when } : {}),
    text: r.body,
    from: bounds[i]!.from,
    to: bounds[i]!.to,
  }));
  const line = (phases: Phase[], i: number): string | undefined => {
    const resolved = resolvePhases({ ...plan, phases }).find((p) => p.number === i + 1);
    return resolved && phaseLine(resolved);
  };
  return worded.map((phase, i) => {
    // A time before the colon is the school's own line: its words stay as they are.
    if (phase.when) return phase;
    const written = `${phase.name ?? `Đợt ${i + 1}`}: ${read[i]!.body}`;
    const { text: _, ...bare } = phase;
    // "Đợt 2: Từ tháng 12/2024 đến kết thúc học kỳ I (từ 01/12/2024 đến 15/01/2025)." is the tool's own line.
    const own = line(
      worded.map((p, j) => (j === i ? bare : p)),
      i,
    );
    if (own && same(own, written)) return bare;
    // "Đợt 1: <chủ đề>; thời gian: từ 29/8/2024 đến 20/11/2024." is the tool's line for a theme.
    const themed = /^(.+?);\s*thời gian\s*:/iu.exec(read[i]!.body);
    if (themed) {
      const withTheme: Phase = { ...bare, theme: themed[1]!.trim() };
      const printed = line(
        worded.map((p, j) => (j === i ? withTheme : p)),
        i,
      );
      if (printed && same(printed, written)) return withTheme;
    }
    return phase;
  });
}

/** A phase line in a month cell is that phase's row: linked to the phase when its month falls in it. */
export function linkPhases(plan: Plan): void {
  const phases = resolvePhases(plan);
  const year = schoolYearOf(plan);
  for (const row of plan.timeline) {
    row.activities = row.activities.map((a): Activity => {
      if (typeof a !== "string") return a;
      const n = readPhaseLine(a)?.number;
      const phase = n !== undefined ? phases.find((p) => p.number === n) : undefined;
      if (!phase || row.month === undefined) return a;
      const { first, last } = monthRange(row.month, year);
      if (first > phase.to || last < phase.from) return a;
      return a === phaseLine(phase) ? { phase: phase.number } : { phase: phase.number, text: a };
    });
  }
}
