// NĐ 30/2020 Điều 15 and Phụ lục I §II.3: the number is Arabic numerals (a sub-number letter such as "50a" is common practice); blank until the văn thư assigns it.
import type { Rule } from "./rule.js";

export const documentNumber: Rule = {
  codes: ["document/number-format"],
  severity: "error",
  check({ plan, report }) {
    const n = plan.document.number;
    if (typeof n === "number" || n === "" || /^\d+[a-zA-Z]?$/.test(n)) return;
    report({ code: "document/number-format", path: ["document", "number"], args: { value: n } });
  },
};
