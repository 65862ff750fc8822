// NĐ 30/2020 Phụ lục I §II.6a: a căn cứ cites its document in full (type, number, issuer, date); without a date nothing can be checked.
import { basisName } from "./legal-basis.js";
import type { Rule } from "./rule.js";

export const legalBasisMissingDate: Rule = {
  codes: ["legal/missing-date"],
  severity: "warning",
  check({ plan, report }) {
    plan.legalBases.forEach((basis, i) => {
      if (typeof basis === "string" || basis.date) return;
      report({ code: "legal/missing-date", path: ["legalBases", i, "kind"], args: { basis: basisName(basis) } });
    });
  },
};
