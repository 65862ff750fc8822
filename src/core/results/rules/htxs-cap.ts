// NĐ 233/2026/NĐ-CP Điều 12 khoản 6 (from 01/7/2026, OCR copy: likely): HTXS ≤ 20 % of those rated HTT in
// the unit (25 % if the unit is HTXS). The base is ambiguous (HTT only, or HTT and above), so it is a
// policy with its base stated; the count is floored ("không vượt quá"). A warning, never an error.
import type { ResultsRule } from "../rule.js";

export const htxsCap: ResultsRule = {
  meta: {
    id: "htxs-cap",
    codes: {
      "results/htxs-cap": {
        severity: "warning",
        summary: {
          vi: "số xếp loại Hoàn thành xuất sắc vượt tỉ lệ của Nghị định 233/2026/NĐ-CP (policy.htxsCap)",
          en: "more HTXS ratings than NĐ 233/2026's share (policy.htxsCap)",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Nghị định 233/2026/NĐ-CP, Điều 12 khoản 6, 7",
      confidence: "partial",
      notes: "hoso-research.md (b) RES-HTXS-CAP: base and rounding not stated by the text",
    },
  },
  check({ results, regime, report }) {
    const policy = results.policy?.htxsCap;
    // Without a policy the cap is applied only where NĐ 233 governs the ratings, at its 20 % of HTT.
    if (!policy && regime?.ratings !== "233/2026/NĐ-CP") return;
    const percent = policy?.percent ?? 20;
    const base = policy?.base ?? "htt-only";
    const htxs = results.staff.filter((s) => s.rating === "htxs").length;
    const baseCount = results.staff.filter(
      (s) => s.rating === "htt" || (base === "htt-and-above" && s.rating === "htxs"),
    ).length;
    const allowed = Math.floor((baseCount * percent) / 100);
    if (htxs > allowed)
      report({
        code: "results/htxs-cap",
        path: policy ? ["policy", "htxsCap"] : ["staff"],
        key: true,
        args: {
          htxs,
          allowed,
          percent,
          base: base === "htt-only" ? "số Hoàn thành tốt" : "số Hoàn thành tốt trở lên",
          baseCount,
        },
      });
  },
};
