// NĐ 30/2020 Điều 15 and Phụ lục III: in "98/2023/NĐ-CP" the middle group is the year of issue, so the date must be in 2023.
import { parseIsoDate } from "../compute/calendar.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const legalBasisNumberYear: Rule = {
  codes: ["legal/number-year"],
  severity: "error",
  check({ plan, report }) {
    plan.legalBases.forEach((basis, i) => {
      if (typeof basis === "string" || !basis.number || !basis.date) return;
      const m = /^\s*\d+[a-zA-Z]?\s*\/\s*((?:19|20)\d{2})\s*\//.exec(basis.number);
      if (!m) return;
      const date = parseIsoDate(basis.date)!;
      if (date.getFullYear() !== Number(m[1])) report({ code: "legal/number-year", path: ["legalBases", i, "date"], args: { number: basis.number, numberYear: Number(m[1]), date: formatDateShort(date) } });
    });
  },
};
