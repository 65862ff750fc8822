// NĐ 30/2020 Phụ lục I §II.9: the last recipient is "Lưu: VT, …" (the văn thư's archive copy).
import type { Rule } from "./rule.js";

export const recipientsArchive: Rule = {
  meta: {
    id: "recipients-archive",
    codes: {
      "document/recipients-archive": {
        severity: "error",
        summary: {
          vi: 'dòng cuối nơi nhận là "Lưu: VT, …" (cảnh báo nếu có "Lưu:" mà thiếu VT)',
          en: 'the last recipient is "Lưu: VT, …" (a warning when "Lưu:" lacks VT)',
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Nghị định 30/2020/NĐ-CP Phụ lục I Mục II.9",
      confidence: "confirmed",
      notes: "nd30-layout.md §4.10 [RULE].",
    },
  },
  check({ plan, report }) {
    const index = plan.recipients.length - 1;
    const last = (plan.recipients[index] ?? "").trim();
    if (/^Lưu\s*:\s*VT\b/u.test(last)) return;
    // "Lưu:" without VT is a slip in form, not a missing archive copy.
    report({
      code: "document/recipients-archive",
      path: ["recipients", index],
      severity: /^Lưu\s*:/u.test(last) ? "warning" : "error",
      args: { value: last },
    });
  },
};
