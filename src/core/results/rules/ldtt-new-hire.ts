// TT 01/2024/TT-BNV Điều 1 khoản 5 điểm d: no "Lao động tiên tiến" for someone recruited under 06 months.
// Confirmed for TT 01/2024; whether TT 15/2025/TT-BNV keeps it is not, so after it took over this is a warning.
import { monthsBetween } from "../model.js";
import { nameOf, type ResultsRule } from "../rule.js";

export const ldttNewHire: ResultsRule = {
  meta: {
    id: "ldtt-new-hire",
    codes: {
      "results/ldtt-new-hire": {
        severity: "warning",
        summary: {
          vi: "đề nghị Lao động tiên tiến cho người tuyển dụng chưa đủ 06 tháng (lỗi khi còn Thông tư 01/2024/TT-BNV)",
          en: "LĐTT for someone recruited under 6 months (an error while TT 01/2024/TT-BNV applied)",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Thông tư 01/2024/TT-BNV, Điều 1 khoản 5 điểm d",
      confidence: "partial",
      notes: "hoso-research.md (b) RES-LDTT-NEWHIRE: confirmed for TT 01/2024; TT 15/2025/TT-BNV unread",
    },
  },
  check({ model, report, regime, results }) {
    for (const n of model.nominations()) {
      if (n.title !== "ldtt" && n.title !== "cstdcs") continue;
      const member = model.staffById.get(n.candidate)?.member;
      if (!member) continue;
      const at = results.meeting?.date ?? n.date;
      const months = member.recruited ? monthsBetween(member.recruited, at) : member.monthsWorked;
      if (months === undefined || months >= 6) continue;
      const old = regime?.circular === "01/2024/TT-BNV";
      report({
        code: "results/ldtt-new-hire",
        path: n.path,
        severity: old ? "error" : "warning",
        args: { name: nameOf(model, n.candidate), months, circular: regime?.circular ?? "01/2024/TT-BNV" },
      });
    }
  },
};
