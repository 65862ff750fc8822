// Luật Thi đua, khen thưởng 2022 Điều 28(1)(c); TT 29/2023/TT-BGDĐT Điều 6: Tập thể lao động tiên tiến needs ≥ 70% members LĐTT (tdkt-rules.md §2b, [C]).
import { percentOf, resolveRounding } from "../compute/percent.js";
import { collectiveConditions } from "../compute/targets.js";
import { formatPercent } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const collectiveTtldtt: Rule = {
  meta: {
    id: "collective-ttldtt",
    codes: {
      "targets/ttldtt-threshold": { severity: "error", summary: { vi: "Tập thể LĐTT cần ≥ 70% thành viên đạt LĐTT", en: "a Tập thể LĐTT needs ≥ 70% of its members LĐTT" } },
    },
    fixable: false,
    basis: { kind: "law", cites: "Luật Thi đua, khen thưởng 2022 Điều 28 khoản 1 điểm c; Thông tư 29/2023/TT-BGDĐT Điều 6", confidence: "confirmed", notes: "tdkt-rules.md §1b, §2b [C]." },
  },
  check({ plan, report }) {
    const index = (plan.targets.collective ?? []).findIndex((t) => t.title === "ttldtt");
    // Without a staff total (an office's plan counting schools) the share cannot be known.
    if (index === -1 || plan.targets.staffTotal === undefined) return;
    const { ldtt, needed } = collectiveConditions(plan, "ttldtt");
    if (ldtt >= needed) return;
    const rounding = resolveRounding(plan.targets.rounding);
    const total = plan.targets.staffTotal!;
    report({
      code: "targets/ttldtt-threshold",
      path: ["targets", "collective", index, "title"],
      args: { ldtt, total, needed, percent: formatPercent(percentOf(ldtt, total, rounding), rounding.decimals) },
    });
  },
};
