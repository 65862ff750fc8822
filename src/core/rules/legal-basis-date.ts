// A plan cannot rest on a document issued after it (NĐ 30/2020 Phụ lục I §II.6a: căn cứ cite documents in force).
import { parseIsoDate } from "../compute/calendar.js";
import { formatDateShort } from "../text/vn-format.js";
import { basisDate, basisName } from "./legal-basis.js";
import type { Rule } from "./rule.js";

export const legalBasisDate: Rule = {
  meta: {
    id: "legal-basis-date",
    codes: {
      "legal/after-plan": {
        severity: "error",
        summary: { vi: "văn bản căn cứ ban hành sau kế hoạch", en: "a căn cứ issued after the plan" },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes:
        "A plan cannot rest on a document not yet issued; căn cứ cite documents in force (NĐ 30/2020 Phụ lục I " +
        "§II.6a, nd30-layout.md §4.6).",
    },
  },
  check({ plan, report, within }) {
    const planDate = parseIsoDate(plan.document.date);
    if (!planDate) return; // not signed yet: nothing to compare with
    plan.legalBases.forEach((basis, i) => {
      const found = basisDate(basis);
      if (!found || found.date <= planDate) return;
      const args = { basis: basisName(basis), date: formatDateShort(found.date), planDate: formatDateShort(planDate) };
      if (typeof basis === "string")
        report({
          code: "legal/after-plan",
          path: ["legalBases", i],
          range: within(["legalBases", i], found.from!, found.to!),
          args,
        });
      else report({ code: "legal/after-plan", path: ["legalBases", i, "date"], args });
    });
  },
};
