// Days of the school year in no đợt thi đua are often an oversight (the seed leaves 21/11–30/11/2024 uncovered); a
// warning, not an error.
import { resolvePhases, uncovered } from "../compute/phases.js";
import { addDaysTo } from "../compute/calendar.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const phaseGaps: Rule = {
  meta: {
    id: "phase-gaps",
    codes: {
      "phases/gap": {
        severity: "warning",
        summary: {
          vi: "khoảng thời gian không thuộc đợt nào (cuối tuần và tuần nghỉ giữa hai đợt không tính)",
          en: "days in no phase (weekends and breaks between two phases aside)",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes: "Usually an oversight (the seed leaves 21/11–30/11/2024 uncovered), sometimes meant.",
    },
  },
  check({ plan, report }) {
    const resolved = resolvePhases(plan);
    // A phase already reported (a week beyond the year, reversed dates) leaves a hole that is not the clerk's second
    // slip.
    if (resolved.length < plan.phases.length || resolved.some((p) => p.from > p.to)) return;
    const phases = resolved;
    for (const gap of uncovered(plan, phases)) {
      // Point at the phase that ends just before the gap (or the first phase, for a gap at the start).
      const before = phases.find((p) => addDaysTo(p.to, 1).getTime() === gap.from.getTime());
      const path = before ? ["phases", before.number - 1, "to"] : ["phases", (phases[0]?.number ?? 1) - 1, "from"];
      report({
        code: "phases/gap",
        path,
        args: { from: formatDateShort(gap.from), to: formatDateShort(gap.to), days: gap.days },
      });
    }
  },
};
