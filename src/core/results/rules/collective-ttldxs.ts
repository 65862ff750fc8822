// Luật TĐKT 2022 Điều 27 khoản 1 (confirmed): a TTLĐXS is rated HTXS, 100 % of its members at least HT,
// at least 70 % LĐTT, and one CSTĐCS at least. The 2022 text has no discipline clause, so none is checked.
import { atLeast } from "../model.js";
import type { ResultsRule } from "../rule.js";

export const collectiveTtldxs: ResultsRule = {
  meta: {
    id: "collective-ttldxs",
    codes: {
      "results/ttldxs-criteria": {
        severity: "error",
        summary: {
          vi: "Tập thể lao động xuất sắc thiếu một tiêu chuẩn (HTXS; 100% hoàn thành; 70% LĐTT; có CSTĐCS)",
          en: "a TTLĐXS short of a criterion (HTXS; 100% at least HT; 70% LĐTT; a CSTĐCS)",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Luật Thi đua, khen thưởng 2022, Điều 27 khoản 1",
      confidence: "confirmed",
      notes: "hoso-research.md (b) RES-TTLDXS",
    },
  },
  check({ model, report }) {
    const ldtt = model.holders("ldtt");
    const cstdcs = model.holders("cstdcs");
    for (const n of model.nominations()) {
      if (n.title !== "ttldxs") continue;
      const collective = model.collectiveById.get(n.candidate)?.collective;
      if (!collective) continue;
      const members = model.members(collective);
      const missing: string[] = [];
      if (collective.rating !== "htxs") missing.push("tập thể chưa được xếp loại Hoàn thành xuất sắc nhiệm vụ");
      const below = members.filter((m) => !atLeast(m.rating, "ht"));
      if (below.length)
        missing.push(`${below.length} thành viên chưa hoàn thành nhiệm vụ (${below.map((m) => m.name).join(", ")})`);
      const count = members.filter((m) => ldtt.has(m.id)).length;
      if (members.length === 0 || count * 100 < 70 * members.length)
        missing.push(`chỉ ${count}/${members.length} thành viên đạt Lao động tiên tiến (cần ít nhất 70%)`);
      if (!members.some((m) => cstdcs.has(m.id))) missing.push("không có thành viên đạt Chiến sĩ thi đua cơ sở");
      for (const criterion of missing)
        report({ code: "results/ttldxs-criteria", path: n.path, args: { name: collective.name, criterion } });
    }
  },
};
