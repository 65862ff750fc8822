// Luật TĐKT 2022 Điều 28 khoản 1 (confirmed; TT 29/2023 Điều 6 for education): a TTLĐTT has at least
// 70 % of its members LĐTT and nobody disciplined from cảnh cáo up. The base is all the collective's members.
import { formatDecimal } from "../../text/vn-format.js";
import type { ResultsRule } from "../rule.js";
import { DISCIPLINE_NAMES } from "../types.js";

export const collectiveTtldtt: ResultsRule = {
  meta: {
    id: "collective-ttldtt",
    codes: {
      "results/ttldtt-share": {
        severity: "error",
        summary: {
          vi: "Tập thể lao động tiên tiến có dưới 70% thành viên đạt Lao động tiên tiến",
          en: "a TTLĐTT with under 70% of its members LĐTT",
        },
      },
      "results/ttldtt-discipline": {
        severity: "error",
        summary: {
          vi: "Tập thể lao động tiên tiến có thành viên bị kỷ luật từ cảnh cáo trở lên",
          en: "a TTLĐTT with a member disciplined from cảnh cáo up",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Luật Thi đua, khen thưởng 2022, Điều 28 khoản 1; Thông tư 29/2023/TT-BGDĐT, Điều 6",
      confidence: "confirmed",
      notes: "hoso-research.md (b) RES-TTLDTT",
    },
  },
  check({ model, report }) {
    const ldtt = model.holders("ldtt");
    for (const n of model.nominations()) {
      if (n.title !== "ttldtt") continue;
      const collective = model.collectiveById.get(n.candidate)?.collective;
      if (!collective) continue;
      const members = model.members(collective);
      const count = members.filter((m) => ldtt.has(m.id)).length;
      // count/n ≥ 70 % in integers: no rounding can lift 69,9 % over the line.
      if (members.length === 0 || count * 100 < 70 * members.length)
        report({
          code: "results/ttldtt-share",
          path: n.path,
          args: {
            name: collective.name,
            count,
            total: members.length,
            percent: formatDecimal(members.length ? (count * 100) / members.length : 0, 1),
          },
        });
      for (const m of members) {
        if (m.discipline && m.discipline.form !== "khien-trach")
          report({
            code: "results/ttldtt-discipline",
            path: n.path,
            args: { name: collective.name, member: m.name, form: DISCIPLINE_NAMES[m.discipline.form] },
          });
      }
    }
  },
};
