// "Đăng ký tham gia thi đua" is a basis for awarding a title (Luật TĐKT, căn cứ xét tặng: article not
// re-read, so likely): a title put forward that was never registered is told, as a warning.
import { nameOf, type ResultsRule } from "../rule.js";
import { RESULT_TITLE_NAMES } from "../types.js";

export const registrations: ResultsRule = {
  meta: {
    id: "registrations",
    codes: {
      "results/not-registered": {
        severity: "warning",
        summary: { vi: "đề nghị danh hiệu chưa đăng ký đầu năm", en: "a title put forward that was not registered" },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Luật Thi đua, khen thưởng 2022 (căn cứ xét tặng: đăng ký tham gia thi đua)",
      confidence: "partial",
      notes: "hoso-research.md (b) RES-REGISTERED",
    },
  },
  check({ results, model, report }) {
    (results.proposals ?? []).forEach((p, i) =>
      (p.candidates ?? []).forEach((c, j) => {
        if (!p.title) return;
        const registered =
          model.staffById.get(c)?.member.registered ?? model.collectiveById.get(c)?.collective.registered;
        if (registered && !registered.includes(p.title))
          report({
            code: "results/not-registered",
            path: ["proposals", i, "candidates", j],
            args: { name: nameOf(model, c), title: RESULT_TITLE_NAMES[p.title] },
          });
      }),
    );
  },
};
