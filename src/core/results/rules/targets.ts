// Each target of the plan the results do not reach is told (info: a target is an aim, not a rule).
import { formatDecimal } from "../../text/vn-format.js";
import type { ResultsRule } from "../rule.js";
import { targetResults } from "../targets.js";

export const targets: ResultsRule = {
  meta: {
    id: "targets",
    codes: {
      "results/target-unmet": {
        severity: "info",
        summary: { vi: "kết quả chưa đạt chỉ tiêu của kế hoạch", en: "a target of the plan not reached" },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "hoso-research.md (b) RES-TARGETS: the plan's own targets and rounding" },
  },
  check({ results, plan, report }) {
    if (!plan) return;
    for (const r of targetResults(plan, results)) {
      if (r.met) continue;
      report({
        code: "results/target-unmet",
        path: ["plan"],
        args: {
          label: r.label,
          achieved: r.achieved,
          target: r.target,
          percent: r.percent === undefined ? "" : formatDecimal(r.percent, r.decimals),
        },
      });
    }
  },
};
