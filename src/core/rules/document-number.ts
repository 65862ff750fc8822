// NĐ 30/2020 Điều 15 and Phụ lục I §II.3: the number is Arabic numerals (a sub-number letter such as "50a" is common
// practice); blank until the văn thư assigns it.
import type { Rule } from "./rule.js";

export const documentNumber: Rule = {
  meta: {
    id: "document-number",
    codes: {
      "document/number-format": {
        severity: "error",
        summary: {
          vi: "số văn bản chỉ gồm chữ số, có thể thêm một chữ cái (50, 50a); để trống đến khi văn thư cấp số",
          en: "the number is digits, optionally one letter (50, 50a); blank until the văn thư assigns it",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Nghị định 30/2020/NĐ-CP Điều 15; Phụ lục I Mục II.3",
      confidence: "confirmed",
      notes:
        "nd30-layout.md §4.3 [RULE]: Arabic numerals, assigned by the văn thư after signing; the sub-number " +
        "letter (50a) is practice, accepted, never required.",
    },
  },
  check({ plan, report }) {
    const n = plan.document.number;
    if (typeof n === "number" || n === "" || /^\d+[a-zA-Z]?$/.test(n)) return;
    report({ code: "document/number-format", path: ["document", "number"], args: { value: n } });
  },
};
