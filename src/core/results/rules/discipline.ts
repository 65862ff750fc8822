// NĐ 98/2023 Điều 4 and NĐ 152/2025 Điều 4 (confirmed): no award while a disciplinary review, an
// investigation or a complaint is pending. Discipline from khiển trách in the year means KHTNV under
// NĐ 233/2026 (likely), hence no LĐTT: a warning.
import type { ResultsRule } from "../rule.js";
import { DISCIPLINE_NAMES } from "../types.js";

export const discipline: ResultsRule = {
  meta: {
    id: "discipline",
    codes: {
      "results/under-review": {
        severity: "error",
        summary: {
          vi: "đề nghị khen người đang bị xem xét kỷ luật, thanh tra, kiểm tra",
          en: "an award for someone under disciplinary review",
        },
      },
      "results/disciplined": {
        severity: "warning",
        summary: {
          vi: "đề nghị danh hiệu cá nhân cho người bị kỷ luật trong năm",
          en: "an individual title for someone disciplined in the year",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Nghị định 98/2023/NĐ-CP và Nghị định 152/2025/NĐ-CP, Điều 4; Nghị định 233/2026/NĐ-CP, Điều 12",
      confidence: "confirmed",
      notes: "hoso-research.md (b) RES-DISCIPLINE-IND: Art 4 confirmed (error); the NĐ 233 chain likely (warning)",
    },
  },
  check({ model, report, regime }) {
    for (const n of model.nominations()) {
      const member = model.staffById.get(n.candidate)?.member;
      if (!member) continue;
      if (member.underReview)
        report({
          code: "results/under-review",
          path: n.path,
          args: { name: member.name, decree: regime?.decree ?? "152/2025/NĐ-CP" },
        });
      else if (member.discipline && n.title !== "giay-khen")
        report({
          code: "results/disciplined",
          path: n.path,
          args: { name: member.name, form: DISCIPLINE_NAMES[member.discipline.form] },
        });
    }
  },
};
