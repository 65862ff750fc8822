// In "98/2023/NĐ-CP" the middle group is the year of issue, so the date must be in 2023. NĐ 30's Điều 15 and
// Phụ lục III, once cited here, number administrative documents ("Số: 50/KH-…", nd30-layout.md §4.3), not the
// year group of a cited law's number: the rule rests on the căn cứ agreeing with itself.
import { parseIsoDate } from "../compute/calendar.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const legalBasisNumberYear: Rule = {
  meta: {
    id: "legal-basis-number-year",
    codes: {
      "legal/number-year": {
        severity: "error",
        summary: {
          vi: 'số hiệu "98/2023/NĐ-CP" phải có ngày trong năm 2023',
          en: 'a number "98/2023/NĐ-CP" needs a date in 2023',
        },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes: "The căn cứ contradicts itself: the year in its number and its date disagree, so one of them is mistyped.",
    },
  },
  check({ plan, report }) {
    plan.legalBases.forEach((basis, i) => {
      if (typeof basis === "string" || !basis.number || !basis.date) return;
      const m = /^\s*\d+[a-zA-Z]?\s*\/\s*((?:19|20)\d{2})\s*\//.exec(basis.number);
      if (!m) return;
      const date = parseIsoDate(basis.date)!;
      if (date.getFullYear() !== Number(m[1]))
        report({
          code: "legal/number-year",
          path: ["legalBases", i, "date"],
          args: { number: basis.number, numberYear: Number(m[1]), date: formatDateShort(date) },
        });
    });
  },
};
