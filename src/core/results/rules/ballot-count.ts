// The ballot's own arithmetic: no more ballots issued than voting members present, no more returned than
// issued, no more valid than returned, and no more yes and no for a candidate than the valid ballots and
// the written opinions of absent voting members together. Certain by construction, so an error.
import type { ResultsRule } from "../rule.js";

export const ballotCount: ResultsRule = {
  meta: {
    id: "ballot-count",
    codes: {
      "results/ballot-count": {
        severity: "error",
        summary: {
          vi:
            "số phiếu không khớp (phát ra > thành viên biểu quyết có mặt, thu về > phát ra, hợp lệ > thu về, " +
            "đồng ý + không đồng ý > hợp lệ và ý kiến bằng văn bản)",
          en:
            "ballot counts disagree (issued > voting members present, returned > issued, valid > returned, " +
            "yes + no > valid plus written opinions)",
        },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "hoso-research.md (a) row 7: phiếu phát ra / thu về / hợp lệ" },
  },
  check({ results, report }) {
    const meeting = results.meeting;
    const b = meeting?.ballots;
    if (!meeting || !b) return;
    const voters = new Set((results.council?.members ?? []).filter((m) => m.votes !== false).map((m) => m.staff));
    const present = (meeting.present ?? []).filter((id) => voters.has(id)).length;
    const written = (meeting.writtenOpinions ?? []).filter((id) => voters.has(id)).length;
    // Ballots go to the voting members in the room; one who is away gives a written opinion instead.
    if (voters.size > 0 && meeting.present && b.issued > present)
      report({
        code: "results/ballot-count",
        path: ["meeting", "ballots", "issued"],
        args: { what: "issued", count: b.issued, than: "voters-present", limit: present },
      });
    if (b.returned > b.issued)
      report({
        code: "results/ballot-count",
        path: ["meeting", "ballots", "returned"],
        args: { what: "returned", count: b.returned, than: "issued", limit: b.issued },
      });
    if (b.valid > b.returned)
      report({
        code: "results/ballot-count",
        path: ["meeting", "ballots", "valid"],
        args: { what: "valid", count: b.valid, than: "returned", limit: b.returned },
      });
    (meeting.tallies ?? []).forEach((t, i) => {
      if (t.yes + (t.no ?? 0) > b.valid + written)
        report({
          code: "results/ballot-count",
          path: ["meeting", "tallies", i, "yes"],
          args: {
            what: "yes-no",
            count: t.yes + (t.no ?? 0),
            than: written ? "valid-written" : "valid",
            limit: b.valid + written,
          },
        });
    });
  },
};
