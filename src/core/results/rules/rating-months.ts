// NĐ 233/2026/NĐ-CP Điều 14 (from 01/7/2026, read in an OCR copy: likely): a viên chức who worked under
// 06 months in the year is not rated, so cannot show the HTT that LĐTT needs.
import type { ResultsRule } from "../rule.js";

export const ratingMonths: ResultsRule = {
  meta: {
    id: "rating-months",
    codes: {
      "results/rated-under-6-months": {
        severity: "warning",
        summary: {
          vi: "xếp loại cho người làm việc chưa đủ 06 tháng trong năm (Nghị định 233/2026/NĐ-CP)",
          en: "rated though under 6 months worked in the year (NĐ 233/2026)",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Nghị định 233/2026/NĐ-CP, Điều 14 khoản 1",
      confidence: "partial",
      notes: "hoso-research.md (b) RES-RATING-6M (OCR copy)",
    },
  },
  check({ results, regime, report }) {
    if (regime?.ratings !== "233/2026/NĐ-CP") return;
    results.staff.forEach((s, i) => {
      if (s.monthsWorked !== undefined && s.monthsWorked < 6)
        report({
          code: "results/rated-under-6-months",
          path: ["staff", i, "rating"],
          args: { name: s.name, months: s.monthsWorked },
        });
    });
  },
};
