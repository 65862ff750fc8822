// A timeline activity tied to "Đợt N" must name a phase the plan has.
import { activityPhases } from "../compute/phases.js";
import type { Rule } from "./rule.js";

export const phaseReference: Rule = {
  meta: {
    id: "phase-reference",
    codes: {
      "structure/phase-ref": {
        severity: "error",
        summary: { vi: "công việc gắn với đợt không có", en: "an activity tied to a phase the plan does not have" },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "An activity's \"Đợt N\" names one of the plan's phases." },
  },
  check({ plan, report }) {
    plan.timeline.forEach((month, i) =>
      month.activities.forEach((a, j) => {
        if (typeof a === "string") return;
        activityPhases(a).forEach((phase, k) => {
          if (phase > plan.phases.length)
            report({
              code: "structure/phase-ref",
              path: ["timeline", i, "activities", j, "phase", ...(Array.isArray(a.phase) ? [k] : [])],
              args: { phase, count: plan.phases.length },
            });
        });
      }),
    );
  },
};
