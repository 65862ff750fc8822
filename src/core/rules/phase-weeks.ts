// A phase bound "tuần N" must name a school week the calendar has (TT 29/2023 counts titles per school year).
import { isWeekBound } from "../compute/calendar.js";
import { schoolWeeks } from "../compute/weeks.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const phaseWeeks: Rule = {
  meta: {
    id: "phase-weeks",
    codes: {
      "phases/week-outside-year": {
        severity: "error",
        summary: {
          vi: "`{ week: N }` vượt số tuần học của năm học",
          en: "`{ week: N }` beyond the school year's weeks",
        },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "A week bound names a school week the plan's calendar has." },
  },
  check({ plan, report }) {
    // Most plans give dates, not weeks: no need to count the year's weeks for them.
    if (!plan.phases.some((p) => isWeekBound(p.from) || isWeekBound(p.to))) return;
    const weeks = schoolWeeks(plan);
    const last = weeks[weeks.length - 1];
    plan.phases.forEach((phase, i) => {
      for (const role of ["from", "to"] as const) {
        const bound = phase[role];
        if (isWeekBound(bound) && bound.week > weeks.length)
          report({
            code: "phases/week-outside-year",
            path: ["phases", i, role, "week"],
            args: {
              week: bound.week,
              weeks: weeks.length,
              lastWeek: last ? `${formatDateShort(last.monday)} - ${formatDateShort(last.sunday)}` : "",
            },
          });
      }
    });
  },
};
