// Luật Thi đua, khen thưởng 2022 Điều 28(1)(c); TT 29/2023/TT-BGDĐT Điều 6: Tập thể lao động tiên tiến needs ≥ 70%
// members LĐTT (tdkt-rules.md §2b, [C]).
// The members are the collective's own: a tổ's title is checked against the tổ's numbers, never the school's.
import { percentOf, resolveRounding } from "../compute/percent.js";
import { collectiveConditions, collectiveLabel } from "../compute/targets.js";
import { formatPercent } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const collectiveTtldtt: Rule = {
  meta: {
    id: "collective-ttldtt",
    codes: {
      "targets/ttldtt-threshold": {
        severity: "error",
        summary: {
          vi: "Tập thể LĐTT cần ≥ 70% thành viên đạt LĐTT (thành viên của chính tập thể đó)",
          en: "a Tập thể LĐTT needs ≥ 70% of its own members LĐTT",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Luật Thi đua, khen thưởng 2022 Điều 28 khoản 1 điểm c; Thông tư 29/2023/TT-BGDĐT Điều 6",
      confidence: "confirmed",
      notes: "tdkt-rules.md §1b, §2b [C].",
    },
  },
  check({ plan, report }) {
    const rounding = resolveRounding(plan.targets.rounding);
    (plan.targets.collective ?? []).forEach((t, index) => {
      if (t.title !== "ttldtt") return;
      // Without the members' numbers (an office counting schools, a tổ that gives none) the share cannot be known.
      const c = collectiveConditions(plan, t);
      if (c.scope === "unchecked" || c.total === undefined || c.ldtt >= c.needed) return;
      report({
        code: "targets/ttldtt-threshold",
        path: ["targets", "collective", index, c.scope === "own" ? "ldtt" : "title"],
        args: {
          ldtt: c.ldtt,
          total: c.total,
          needed: c.needed,
          percent: formatPercent(percentOf(c.ldtt, c.total, rounding), rounding.decimals),
          unit: c.scope === "own" ? (t.organization ?? collectiveLabel(t)) : "",
        },
      });
    });
  },
};
