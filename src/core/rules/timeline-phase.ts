// An activity tied to "Đợt N" must fall in that phase's dates, or the plan says one thing in two places.
import { monthRange, schoolYearOf, timelineMonthYear } from "../compute/calendar.js";
import { resolvePhases } from "../compute/phases.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const timelinePhase: Rule = {
  codes: ["timeline/phase-mismatch"],
  severity: "error",
  check({ plan, report }) {
    const year = schoolYearOf(plan);
    const phases = resolvePhases(plan);
    plan.timeline.forEach((entry, i) => {
      const { first, last } = monthRange(entry.month, year);
      entry.activities.forEach((a, j) => {
        if (typeof a === "string") return;
        const phase = phases.find((p) => p.number === a.phase);
        if (!phase || (first <= phase.to && last >= phase.from)) return;
        report({
          code: "timeline/phase-mismatch",
          path: ["timeline", i, "activities", j, "phase"],
          args: { phase: phase.name, from: formatDateShort(phase.from), to: formatDateShort(phase.to), month: entry.month, year: timelineMonthYear(entry.month, year) },
        });
      });
    });
  },
};
