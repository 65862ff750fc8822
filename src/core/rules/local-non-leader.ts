// Local policy only (tdkt-rules.md §2d): no national quota for non-leaders among commendations; applies when the plan
// sets one.
import { percentOf, resolveRounding } from "../compute/percent.js";
import { individualName } from "../compute/targets.js";
import { COMMENDATIONS } from "../compute/titles.js";
import { formatPercent } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const localNonLeader: Rule = {
  meta: {
    id: "local-non-leader",
    codes: {
      "targets/local-non-leader": {
        severity: "warning",
        summary: {
          vi:
            "tỉ lệ người không giữ chức vụ lãnh đạo trong số được khen, chỉ khi `policy.minNonLeaderPercent` được " +
            "đặt",
          en: "the share of non-leaders among those commended, only when `policy.minNonLeaderPercent` is set",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "local-policy",
      notes: "tdkt-rules.md §2d [U]: no national quota is known; some ministries and provinces set one.",
    },
  },
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
        args: {
          title: t.label ?? individualName(t),
          percent: formatPercent(pct, rounding.decimals),
          min,
          source: plan.policy?.source ?? "policy",
        },
      });
    });
  },
};
