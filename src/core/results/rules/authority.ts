// Who signs the decision, by the school's chủ quản and the date (Luật TĐKT Điều 80; NĐ 129/2025 from
// 01/7/2025, read in a news summary: likely): MN/TH/THCS → Chủ tịch UBND xã/phường (the district before);
// THPT → Giám đốc Sở; TTLĐXS → Chủ tịch UBND tỉnh. A warning: local delegations exist.
import type { ResultsRule } from "../rule.js";

export function expectedAuthority(
  level: string | undefined,
  title: string | undefined,
  twoLevel: boolean,
): { pattern: RegExp; words: string } | undefined {
  if (title === "ttldxs")
    return {
      pattern: /Chủ tịch (UBND|Ủy ban nhân dân) (tỉnh|thành phố)/iu,
      words: "Chủ tịch UBND tỉnh (thành phố trực thuộc trung ương)",
    };
  if (level === "thpt") return { pattern: /Giám đốc Sở/iu, words: "Giám đốc Sở Giáo dục và Đào tạo" };
  if (level === "mam-non" || level === "tieu-hoc" || level === "thcs")
    return twoLevel
      ? {
          pattern: /Chủ tịch (UBND|Ủy ban nhân dân) (xã|phường|đặc khu)/iu,
          words: "Chủ tịch UBND xã, phường (từ 01/7/2025)",
        }
      : {
          pattern: /Chủ tịch (UBND|Ủy ban nhân dân) (huyện|quận|thị xã|thành phố)/iu,
          words: "Chủ tịch UBND cấp huyện (trước 01/7/2025)",
        };
  return undefined;
}

export const authority: ResultsRule = {
  meta: {
    id: "authority",
    codes: {
      "results/authority": {
        severity: "warning",
        summary: {
          vi: "người ký quyết định (nơi nhận tờ trình) không đúng thẩm quyền theo chủ quản và ngày",
          en: "the decision's signer (the tờ trình's addressee) is not the authority for the school and date",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Luật Thi đua, khen thưởng 2022, Điều 80; Nghị định 129/2025/NĐ-CP",
      confidence: "partial",
      notes: "hoso-research.md (b) RES-AUTHORITY: Art 80(1) confirmed, NĐ 129 and the TTLĐXS issuer likely",
    },
  },
  check({ results, plan, report }) {
    if (!plan) return;
    for (const [key, field] of [
      ["proposals", "to"],
      ["decisions", "issuer"],
    ] as const)
      (results[key] ?? []).forEach((d, i) => {
        const who = d[field];
        if (!who || d.title === "giay-khen" || d.title === "giay-khen-tap-the") return;
        const expected = expectedAuthority(plan.level, d.title, d.date >= "2025-07-01");
        if (expected && !expected.pattern.test(who))
          report({ code: "results/authority", path: [key, i, field], args: { who, expected: expected.words } });
      });
  },
};
