// An activity tied to "Đợt N" must fall in that phase's dates, or the plan says one thing in two places.
import { monthRange, schoolYearOf, timelineMonthYear } from "../compute/calendar.js";
import { activityPhases, resolvePhases } from "../compute/phases.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const timelinePhase: Rule = {
  meta: {
    id: "timeline-phase",
    codes: {
      "timeline/phase-mismatch": {
        severity: "error",
        summary: {
          vi: "công việc gắn với một đợt nhưng xếp vào tháng ngoài đợt",
          en: "an activity tied to a phase, in a month outside that phase",
        },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "The plan would say one thing in two places." },
  },
  check({ plan, report }) {
    const year = schoolYearOf(plan);
    const phases = resolvePhases(plan);
    plan.timeline.forEach((entry, i) => {
      // A row of the plan's own ("Cả năm", "Tuần 1-4") has no month to check against.
      if (entry.month === undefined) return;
      const { first, last } = monthRange(entry.month, year);
      entry.activities.forEach((a, j) => {
        if (typeof a === "string") return;
        activityPhases(a).forEach((n, k) => {
          const phase = phases.find((p) => p.number === n);
          // A reversed phase is already reported once (phases/reversed); its months prove nothing more.
          if (!phase || phase.from > phase.to || (first <= phase.to && last >= phase.from)) return;
          report({
            code: "timeline/phase-mismatch",
            path: ["timeline", i, "activities", j, "phase", ...(Array.isArray(a.phase) ? [k] : [])],
            args: {
              phase: phase.name,
              from: formatDateShort(phase.from),
              to: formatDateShort(phase.to),
              month: entry.month!,
              year: timelineMonthYear(entry.month!, year),
            },
          });
        });
      });
    });
  },
};
