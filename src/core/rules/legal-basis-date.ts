// A plan cannot rest on a document issued after it (NĐ 30/2020 Phụ lục I §II.6a: căn cứ cite documents in force).
import { parseIsoDate } from "../compute/calendar.js";
import { formatDateShort } from "../text/vn-format.js";
import { basisDate, basisName } from "./legal-basis.js";
import type { Rule } from "./rule.js";

export const legalBasisDate: Rule = {
  codes: ["legal/after-plan"],
  severity: "error",
  check({ plan, report, within }) {
    const planDate = parseIsoDate(plan.document.date);
    if (!planDate) return; // not signed yet: nothing to compare with
    plan.legalBases.forEach((basis, i) => {
      const found = basisDate(basis);
      if (!found || found.date <= planDate) return;
      const args = { basis: basisName(basis), date: formatDateShort(found.date), planDate: formatDateShort(planDate) };
      if (typeof basis === "string") report({ code: "legal/after-plan", path: ["legalBases", i], range: within(["legalBases", i], found.from!, found.to!), args });
      else report({ code: "legal/after-plan", path: ["legalBases", i, "date"], args });
    });
  },
};
