// Luật TĐKT 2022 Điều 23 (confirmed until 01/10/2026): CSTĐCS needs LĐTT, and HTXS or a sáng kiến
// recognised at cơ sở or an accepted đề tài. Art 84(1) (likely) wants the recognition in the hồ sơ. The
// amended law (from 01/10/2026, draft wording only: unconfirmed) would need HTXS and a sáng kiến.
import type { ResultsRule } from "../rule.js";

export const cstdcsBase: ResultsRule = {
  meta: {
    id: "cstdcs-base",
    codes: {
      "results/cstdcs-not-ldtt": {
        severity: "error",
        summary: {
          vi: "Chiến sĩ thi đua cơ sở không có trong danh sách Lao động tiên tiến",
          en: "a CSTĐCS who is not LĐTT",
        },
      },
      "results/cstdcs-no-merit": {
        severity: "error",
        summary: {
          vi: "Chiến sĩ thi đua cơ sở không Hoàn thành xuất sắc và không có sáng kiến, đề tài",
          en: "a CSTĐCS with neither HTXS nor an initiative or research",
        },
      },
      "results/cstdcs-evidence": {
        severity: "warning",
        summary: {
          vi: "sáng kiến, đề tài chưa ghi văn bản công nhận, nghiệm thu",
          en: "an initiative without its recognition named",
        },
      },
      "results/cstdcs-amended": {
        severity: "warning",
        summary: {
          vi: "từ 01/10/2026 Chiến sĩ thi đua cơ sở có thể cần cả HTXS và sáng kiến (chưa xác nhận)",
          en: "from 01/10/2026 CSTĐCS may need both HTXS and an initiative (unconfirmed)",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Luật Thi đua, khen thưởng 2022, Điều 23 và Điều 84 khoản 1",
      confidence: "confirmed",
      notes:
        "hoso-research.md (b) RES-CSTDCS-BASE (confirmed: errors), RES-CSTDCS-EVIDENCE (likely) and " +
        "RES-CSTDCS-2026 (unconfirmed): warnings",
    },
  },
  check({ model, report, regime }) {
    const ldtt = model.holders("ldtt");
    for (const n of model.nominations()) {
      if (n.title !== "cstdcs") continue;
      const member = model.staffById.get(n.candidate)?.member;
      if (!member) continue;
      if (!ldtt.has(n.candidate))
        report({ code: "results/cstdcs-not-ldtt", path: n.path, args: { name: member.name } });
      const initiatives = member.initiatives ?? [];
      if (member.rating !== "htxs" && initiatives.length === 0)
        report({ code: "results/cstdcs-no-merit", path: n.path, args: { name: member.name } });
      if (member.rating !== "htxs") {
        const index = model.staffById.get(n.candidate)!.index;
        initiatives.forEach(
          (it, i) =>
            !it.recognized &&
            report({
              code: "results/cstdcs-evidence",
              path: ["staff", index, "initiatives", i],
              args: { name: member.name, initiative: it.title },
            }),
        );
      }
      if (regime?.amendedLaw && !(member.rating === "htxs" && initiatives.length > 0))
        report({ code: "results/cstdcs-amended", path: n.path, args: { name: member.name } });
    }
  },
};
