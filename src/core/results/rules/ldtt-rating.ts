// Luật TĐKT 2022 Điều 24 khoản 1 điểm a: "Lao động tiên tiến" needs "Hoàn thành tốt nhiệm vụ trở lên".
import { atLeast } from "../model.js";
import { nameOf, type ResultsRule } from "../rule.js";
import { RATING_NAMES } from "../types.js";

export const ldttRating: ResultsRule = {
  meta: {
    id: "ldtt-rating",
    codes: {
      "results/ldtt-rating": {
        severity: "error",
        summary: {
          vi: "đề nghị Lao động tiên tiến cho người xếp loại dưới Hoàn thành tốt",
          en: "LĐTT put forward for someone rated below HTT",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm a",
      confidence: "confirmed",
      notes: "hoso-research.md (b) RES-LDTT-RATING",
    },
  },
  check({ model, report }) {
    for (const n of model.nominations()) {
      if (n.title !== "ldtt" && n.title !== "cstdcs") continue;
      const member = model.staffById.get(n.candidate)?.member;
      if (member && !atLeast(member.rating, "htt"))
        report({
          code: "results/ldtt-rating",
          path: n.path,
          args: { name: nameOf(model, n.candidate), rating: RATING_NAMES[member.rating], title: n.title },
        });
    }
  },
};
