// Local policy only (tdkt-rules.md §2d): no national quota for non-leaders among commendations; applies when the plan sets one.
import { percentOf, resolveRounding } from "../compute/percent.js";
import { individualName } from "../compute/targets.js";
import { COMMENDATIONS } from "../compute/titles.js";
import { formatPercent } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const localNonLeader: Rule = {
  codes: ["targets/local-non-leader"],
  severity: "warning",
  check({ plan, report }) {
    const min = plan.policy?.minNonLeaderPercent;
    if (min === undefined) return;
    const rounding = resolveRounding(plan.targets.rounding);
    plan.targets.individual.forEach((t, i) => {
      if (!t.title || !COMMENDATIONS.includes(t.title) || t.nonLeaders === undefined || t.count === 0) return;
      const pct = percentOf(t.nonLeaders, t.count, rounding);
      if (pct >= min) return;
      report({
        code: "targets/local-non-leader",
        path: ["targets", "individual", i, "nonLeaders"],
        args: { title: t.label ?? individualName(t), percent: formatPercent(pct, rounding.decimals), min, source: plan.policy?.source ?? "policy" },
      });
    });
  },
};
