// The secret ballot of the council (its counts: ballot-count.ts). The percentage is on ALL
// the council's voting members, absent members giving written opinions (NĐ 91/2017 Art 45(8), NHNN 2024:
// the convention is confirmed in two regimes, that it holds at a school likely). No national threshold
// exists at cơ sở level: it comes from policy.voteThreshold (the school's or the province's quy chế).
import { formatDecimal } from "../../text/vn-format.js";
import { nameOf, type ResultsRule } from "../rule.js";
import { RESULT_TITLE_NAMES } from "../types.js";

export const ballots: ResultsRule = {
  meta: {
    id: "ballots",
    codes: {
      "results/vote-base": {
        severity: "warning",
        summary: {
          vi: "tỉ lệ phiếu không tính trên tổng số thành viên Hội đồng",
          en: "a vote percentage not computed on all council members",
        },
      },
      "results/vote-threshold": {
        severity: "warning",
        summary: {
          vi: "tỉ lệ phiếu đồng ý dưới mức của quy chế (policy.voteThreshold)",
          en: "yes votes below the quy chế's threshold (policy.voteThreshold)",
        },
      },
      "results/vote-missing": {
        severity: "warning",
        summary: {
          vi: "người được đề nghị không có kết quả bỏ phiếu của Hội đồng",
          en: "a candidate put forward without a council vote",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites:
        "Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8 (cách tính, đã hết hiệu lực); quy chế của trường hoặc của tỉnh " +
        "(ngưỡng)",
      confidence: "partial",
      notes: "hoso-research.md (b) RES-VOTE-BASE (likely), RES-VOTE-THRESHOLD (unconfirmed: policy)",
    },
  },
  check({ results, model, report }) {
    const meeting = results.meeting;
    if (!meeting) return;
    const voters = model.voters();
    const present = new Set(meeting.present ?? []);
    const presentVoters = voters.filter((v) => present.has(v)).length;
    (meeting.tallies ?? []).forEach((t, i) => {
      const path = ["meeting", "tallies", i];
      if (voters.length === 0) return;
      const exact = (t.yes * 100) / voters.length;
      if (t.percent !== undefined && Math.abs(t.percent - exact) >= 0.05) {
        const onPresent = presentVoters > 0 && Math.abs(t.percent - (t.yes * 100) / presentVoters) < 0.05;
        report({
          code: "results/vote-base",
          path: [...path, "percent"],
          args: {
            written: formatDecimal(t.percent, 1),
            correct: formatDecimal(exact, 1),
            yes: t.yes,
            members: voters.length,
            present: onPresent ? presentVoters : 0,
          },
        });
      }
      const threshold = results.policy?.voteThreshold?.[t.title];
      if (threshold !== undefined && t.yes * 100 < threshold * voters.length)
        report({
          code: "results/vote-threshold",
          path: [...path, "yes"],
          args: {
            name: nameOf(model, t.candidate),
            title: RESULT_TITLE_NAMES[t.title],
            percent: formatDecimal(exact, 1),
            threshold,
            source: results.policy?.source ?? "policy.voteThreshold",
          },
        });
    });
    // Only once the council has voted on anything: a file still at the registration stage has no tallies.
    if (!meeting.tallies?.length) return;
    const voted = new Set(meeting.tallies.map((t) => `${t.candidate}|${t.title}`));
    (results.proposals ?? []).forEach((p, i) =>
      (p.candidates ?? []).forEach(
        (c, j) =>
          p.title &&
          !voted.has(`${c}|${p.title}`) &&
          report({
            code: "results/vote-missing",
            path: ["proposals", i, "candidates", j],
            args: { name: nameOf(model, c), title: RESULT_TITLE_NAMES[p.title] },
          }),
      ),
    );
  },
};
