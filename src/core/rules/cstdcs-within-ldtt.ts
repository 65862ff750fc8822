// Luật Thi đua, khen thưởng 2022 Điều 23: a Chiến sĩ thi đua cơ sở must first meet the Lao động tiên tiến standard
// (tdkt-rules.md §1a, [C]).
import { countOf } from "../compute/targets.js";
import type { Rule } from "./rule.js";

export const cstdcsWithinLdtt: Rule = {
  meta: {
    id: "cstdcs-within-ldtt",
    codes: {
      "targets/cstdcs-exceeds-ldtt": {
        severity: "error",
        summary: {
          vi: "CSTĐCS nhiều hơn LĐTT (CSTĐCS phải đạt tiêu chuẩn LĐTT trước)",
          en: "more CSTĐCS than LĐTT (a CSTĐCS first meets the LĐTT standard)",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Luật Thi đua, khen thưởng 2022 Điều 23",
      confidence: "confirmed",
      notes: "tdkt-rules.md §1a [C].",
    },
  },
  check({ plan, report }) {
    const cstdcs = countOf(plan, "cstdcs");
    const ldtt = countOf(plan, "ldtt") ?? 0;
    if (cstdcs === undefined || cstdcs <= ldtt) return;
    const index = plan.targets.individual.findIndex((t) => t.title === "cstdcs");
    report({
      code: "targets/cstdcs-exceeds-ldtt",
      path: ["targets", "individual", index, "count"],
      args: { cstdcs, ldtt },
    });
  },
};
