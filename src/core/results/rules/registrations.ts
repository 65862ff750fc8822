// "Đăng ký tham gia thi đua" is a basis for awarding a title (Luật TĐKT, căn cứ xét tặng: article not
// re-read, so likely): a title put forward that was never registered is told, as a warning. So is a
// registration of someone recruited after the registrations were gathered: the list of September cannot
// hold a teacher who came in January (a late registration is possible, so a warning).
import { parseIsoDate } from "../../compute/calendar.js";
import { formatDateShort } from "../../text/vn-format.js";
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
      "results/registered-before-recruited": {
        severity: "warning",
        summary: {
          vi: "có đăng ký thi đua nhưng được tuyển dụng sau ngày tổng hợp đăng ký",
          en: "registered, but recruited after the registrations were gathered",
        },
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
    const gathered = results.registration?.date;
    if (gathered)
      results.staff.forEach((s, i) => {
        if (!s.registered?.length || !s.recruited || s.recruited <= gathered) return;
        report({
          code: "results/registered-before-recruited",
          path: ["staff", i, "registered"],
          args: {
            name: s.name,
            recruited: formatDateShort(parseIsoDate(s.recruited)!),
            date: formatDateShort(parseIsoDate(gathered)!),
          },
        });
      });
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
