// A đợt thi đua runs forward in time and inside the school year it belongs to (TT 29/2023: titles are considered per
// school year).
import { schoolYearOf } from "../compute/calendar.js";
import { resolvePhases } from "../compute/phases.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const phaseBounds: Rule = {
  meta: {
    id: "phase-bounds",
    codes: {
      "phases/reversed": {
        severity: "error",
        summary: { vi: "đợt có ngày bắt đầu sau ngày kết thúc", en: "a phase starts after it ends" },
      },
      "phases/outside-year": {
        severity: "error",
        summary: { vi: "đợt nằm ngoài năm học", en: "a phase lies outside the school year" },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes:
        "A đợt runs forward in time, inside its school year (titles are considered per school year: TT 29/2023 " +
        "Điều 3, tdkt-rules.md §3 [C]).",
    },
  },
  check({ plan, report }) {
    const year = schoolYearOf(plan);
    for (const p of resolvePhases(plan)) {
      const args = { phase: p.name, from: formatDateShort(p.from), to: formatDateShort(p.to) };
      if (p.from > p.to) report({ code: "phases/reversed", path: ["phases", p.number - 1, "to"], args });
      else if (p.from < year.start || p.to > year.end)
        report({
          code: "phases/outside-year",
          path: ["phases", p.number - 1, p.from < year.start ? "from" : "to"],
          args: { ...args, yearStart: formatDateShort(year.start), yearEnd: formatDateShort(year.end) },
        });
    }
  },
};
