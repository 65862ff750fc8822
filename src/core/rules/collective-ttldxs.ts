// Luật Thi đua, khen thưởng 2022 Điều 27: Tập thể lao động xuất sắc needs ≥ 70% LĐTT and at least one CSTĐCS (tdkt-rules.md §2b, [C]).
import { collectiveConditions } from "../compute/targets.js";
import type { Rule } from "./rule.js";

export const collectiveTtldxs: Rule = {
  meta: {
    id: "collective-ttldxs",
    codes: {
      "targets/ttldxs-threshold": { severity: "error", summary: { vi: "Tập thể LĐXS cần ≥ 70% LĐTT và ≥ 1 CSTĐCS", en: "a Tập thể LĐXS needs ≥ 70% LĐTT and at least one CSTĐCS" } },
    },
    fixable: false,
    basis: { kind: "law", cites: "Luật Thi đua, khen thưởng 2022 Điều 27", confidence: "confirmed", notes: "tdkt-rules.md §2b: the criteria [C]; the article's number is inferred [P] (§1b)." },
  },
  check({ plan, report }) {
    const index = (plan.targets.collective ?? []).findIndex((t) => t.title === "ttldxs");
    if (index === -1 || plan.targets.staffTotal === undefined) return;
    const { met, ldtt, cstdcs, needed } = collectiveConditions(plan, "ttldxs");
    if (met) return;
    report({ code: "targets/ttldxs-threshold", path: ["targets", "collective", index, "title"], args: { ldtt, cstdcs, needed } });
  },
};
