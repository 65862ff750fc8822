// Local policy only (tdkt-rules.md §2a): the 2022 law sets no CSTĐCS ratio; a district's cap applies only when the plan
// names it.
import { countOf } from "../compute/targets.js";
import type { Rule } from "./rule.js";

export const localCstdcsCap: Rule = {
  meta: {
    id: "local-cstdcs-cap",
    codes: {
      "targets/local-cstdcs-cap": {
        severity: "warning",
        summary: {
          vi: "trần CSTĐCS theo LĐTT, chỉ khi `policy.cstdcsMaxPercentOfLdtt` được đặt (luật không quy định tỉ lệ)",
          en:
            "a CSTĐCS cap as a share of LĐTT, only when `policy.cstdcsMaxPercentOfLdtt` is set (the law sets no " +
            "ratio)",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "local-policy",
      notes: "tdkt-rules.md §2a [C]: the 2022 law and its decrees set no CSTĐCS ratio; some districts cap it anyway.",
    },
  },
  check({ plan, report }) {
    const cap = plan.policy?.cstdcsMaxPercentOfLdtt;
    const cstdcs = countOf(plan, "cstdcs");
    if (cap === undefined || cstdcs === undefined) return;
    const max = Math.floor(((countOf(plan, "ldtt") ?? 0) * cap) / 100);
    if (cstdcs <= max) return;
    const index = plan.targets.individual.findIndex((t) => t.title === "cstdcs");
    report({
      code: "targets/local-cstdcs-cap",
      path: ["targets", "individual", index, "count"],
      args: { cap, max, cstdcs, source: plan.policy?.source ?? "policy" },
    });
  },
};
