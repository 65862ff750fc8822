// NĐ 30/2020 Phụ lục I §II.6a: a căn cứ cites its document in full (type, number, issuer, date); without a date nothing
// can be checked.
import { basisName } from "./legal-basis.js";
import type { Rule } from "./rule.js";

export const legalBasisMissingDate: Rule = {
  meta: {
    id: "legal-basis-missing-date",
    codes: {
      "legal/missing-date": {
        severity: "warning",
        summary: {
          vi: "căn cứ viết theo trường nhưng thiếu ngày ban hành",
          en: "a căn cứ written in fields without its date of issue",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Nghị định 30/2020/NĐ-CP Phụ lục I Mục II.6a",
      confidence: "partial",
      notes:
        "nd30-layout.md §4.6 paraphrases, without quoting, citing a document in full (type, number, issuer, " +
        "date); without a date the other legal checks cannot run.",
    },
  },
  check({ plan, report }) {
    plan.legalBases.forEach((basis, i) => {
      if (typeof basis === "string" || basis.date) return;
      report({ code: "legal/missing-date", path: ["legalBases", i, "kind"], args: { basis: basisName(basis) } });
    });
  },
};
