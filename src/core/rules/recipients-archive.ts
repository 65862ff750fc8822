// NĐ 30/2020 Phụ lục I §II.9: the last recipient is "Lưu: VT, …" (the văn thư's archive copy).
import type { Rule } from "./rule.js";

export const recipientsArchive: Rule = {
  codes: ["document/recipients-archive"],
  severity: "error",
  check({ plan, report }) {
    const index = plan.recipients.length - 1;
    const last = (plan.recipients[index] ?? "").trim();
    if (/^Lưu\s*:\s*VT\b/u.test(last)) return;
    // "Lưu:" without VT is a slip in form, not a missing archive copy.
    report({ code: "document/recipients-archive", path: ["recipients", index], severity: /^Lưu\s*:/u.test(last) ? "warning" : "error", args: { value: last } });
  },
};
