// Luật Thi đua, khen thưởng 2022 Điều 27: Tập thể lao động xuất sắc needs ≥ 70% LĐTT and at least one CSTĐCS
// (tdkt-rules.md §2b, [C]).
// Of the collective's own members, as for Tập thể lao động tiên tiến.
import { collectiveConditions, collectiveLabel } from "../compute/targets.js";
import type { Rule } from "./rule.js";

export const collectiveTtldxs: Rule = {
  meta: {
    id: "collective-ttldxs",
    codes: {
      "targets/ttldxs-threshold": {
        severity: "error",
        summary: {
          vi: "Tập thể LĐXS cần ≥ 70% LĐTT và ≥ 1 CSTĐCS (thành viên của chính tập thể đó)",
          en: "a Tập thể LĐXS needs ≥ 70% LĐTT and at least one CSTĐCS among its own members",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Luật Thi đua, khen thưởng 2022 Điều 27",
      confidence: "confirmed",
      notes: "tdkt-rules.md §2b: the criteria [C]; the article's number is inferred [P] (§1b).",
    },
  },
  check({ plan, report }) {
    (plan.targets.collective ?? []).forEach((t, index) => {
      if (t.title !== "ttldxs") return;
      const c = collectiveConditions(plan, t);
      if (c.scope === "unchecked" || c.met !== false) return;
      report({
        code: "targets/ttldxs-threshold",
        path: ["targets", "collective", index, c.scope === "own" ? "ldtt" : "title"],
        args: {
          ldtt: c.ldtt,
          cstdcs: c.cstdcs,
          needed: c.needed,
          unit: c.scope === "own" ? (t.organization ?? collectiveLabel(t)) : "",
        },
      });
    });
  },
};
