// The ballot's own arithmetic: no more returned than issued, no more valid than returned, no more yes and
// no than valid ballots. Certain by construction, so an error.
import type { ResultsRule } from "../rule.js";

export const ballotCount: ResultsRule = {
  meta: {
    id: "ballot-count",
    codes: {
      "results/ballot-count": {
        severity: "error",
        summary: {
          vi: "số phiếu không khớp (thu về > phát ra, hợp lệ > thu về, đồng ý + không đồng ý > hợp lệ)",
          en: "ballot counts disagree (returned > issued, valid > returned, yes + no > valid)",
        },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "hoso-research.md (a) row 7: phiếu phát ra / thu về / hợp lệ" },
  },
  check({ results, report }) {
    const b = results.meeting?.ballots;
    if (!b) return;
    if (b.returned > b.issued)
      report({
        code: "results/ballot-count",
        path: ["meeting", "ballots", "returned"],
        args: { what: "thu về", count: b.returned, than: "phát ra", limit: b.issued },
      });
    if (b.valid > b.returned)
      report({
        code: "results/ballot-count",
        path: ["meeting", "ballots", "valid"],
        args: { what: "hợp lệ", count: b.valid, than: "thu về", limit: b.returned },
      });
    (results.meeting?.tallies ?? []).forEach((t, i) => {
      if (t.yes + (t.no ?? 0) > b.valid)
        report({
          code: "results/ballot-count",
          path: ["meeting", "tallies", i, "yes"],
          args: { what: "đồng ý + không đồng ý", count: t.yes + (t.no ?? 0), than: "hợp lệ", limit: b.valid },
        });
    });
  },
};
