// A timeline activity tied to "Đợt N" must name a phase the plan has.
import { activityPhases } from "../compute/phases.js";
import type { Rule } from "./rule.js";

export const phaseReference: Rule = {
  codes: ["structure/phase-ref"],
  severity: "error",
  check({ plan, report }) {
    plan.timeline.forEach((month, i) =>
      month.activities.forEach((a, j) => {
        if (typeof a === "string") return;
        activityPhases(a).forEach((phase, k) => {
          if (phase > plan.phases.length)
            report({ code: "structure/phase-ref", path: ["timeline", i, "activities", j, "phase", ...(Array.isArray(a.phase) ? [k] : [])], args: { phase, count: plan.phases.length } });
        });
      }),
    );
  },
};
