// tdkt-rules.md §0 [C]: known replacements (src/data/replacements.json), e.g. NĐ 91/2017 → NĐ 98/2023 from 01/01/2024,
// NĐ 98/2023 → NĐ 152/2025 from 01/07/2025.
import replacementData from "../../data/replacements.json" with { type: "json" };
import { parseIsoDate } from "../compute/calendar.js";
import type { LegalBasis } from "../plan.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

interface Replacement {
  number?: string;
  lawTitle?: string;
  lawYear?: number;
  name: string;
  replacement: string;
  since: string;
  /** "likely": read only in a secondary source (hoso-research.md §0), so a warning naming the probable successor. */
  confidence?: string;
}

/** "NĐ- CP" and "nđ-cp" are the same number; spacing and case vary in real plans. */
const canonical = (n: string): string => n.replace(/\s+/g, "").toUpperCase();
/** With each number in its canonical form once, not once per căn cứ of every plan checked. */
const REPLACED: readonly (Replacement & { canonicalNumber?: string })[] = replacementData.replaced.map(
  (r: Replacement) => ({ ...r, canonicalNumber: r.number && canonical(r.number) }),
);

export function replacementFor(basis: LegalBasis): Replacement | undefined {
  if (typeof basis === "string") {
    const text = canonical(basis);
    return REPLACED.find((r) => r.canonicalNumber && text.includes(r.canonicalNumber));
  }
  return REPLACED.find((r) => {
    if (r.canonicalNumber) return basis.number !== undefined && canonical(basis.number) === r.canonicalNumber;
    return (
      basis.kind === "Luật" &&
      basis.title.toLowerCase().includes(r.lawTitle ?? "\u0000") &&
      basis.date?.startsWith(String(r.lawYear))
    );
  });
}

/** "Nghị định 91/2017/NĐ-CP → Nghị định 98/2023/NĐ-CP từ 01/01/2024; …": the README says what the data says. */
function replacedList(since: string, likely = false): string {
  const lines = (replacementData.replaced as Replacement[])
    .filter((r) => (r.confidence === "likely") === likely)
    .map((r: Replacement) => `${r.name} → ${r.replacement} ${since} ${formatDateShort(parseIsoDate(r.since)!)}`);
  // The 2003 law is found by number and by title: one replacement, said once.
  return [...new Set(lines)].join("; ");
}

export const legalBasisRepealed: Rule = {
  meta: {
    id: "legal-basis-repealed",
    codes: {
      "legal/repealed": {
        severity: "error",
        summary: {
          vi: `căn cứ đã bị thay thế trước ngày kế hoạch (${replacedList("từ")})`,
          en: `a căn cứ replaced before the plan's date (${replacedList("from")})`,
        },
      },
      "legal/replaced-likely": {
        severity: "warning",
        summary: {
          vi: `căn cứ có thể đã được thay thế (nguồn chưa đọc toàn văn: ${replacedList("từ", true)})`,
          en: `a căn cứ probably replaced (source not read in full: ${replacedList("from", true)})`,
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites:
        "Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP; Nghị định 152/2025/NĐ-CP; Thông tư " +
        "01/2024/TT-BNV; Thông tư 29/2023/TT-BGDĐT",
      confidence: "confirmed",
      notes:
        "tdkt-rules.md §0 [C], src/data/replacements.json. The notes do not state that TT 29/2023 replaced TT " +
        "21/2020/TT-BGDĐT (only that TT 29/2023 is in force from 15/02/2024): that entry is marked likely, " +
        "so a plan citing TT 21/2020 gets the warning naming the probable successor, not this error.",
    },
  },
  check({ plan, report }) {
    // An unsigned plan (roll-over) is judged at the start of its school year.
    const signed = parseIsoDate(plan.document.date);
    const planDate = signed ?? parseIsoDate(plan.calendar.start)!;
    plan.legalBases.forEach((basis, i) => {
      const r = replacementFor(basis);
      if (!r) return;
      const since = parseIsoDate(r.since)!;
      if (planDate < since) return;
      // A replacement read only in a secondary source is told as probable, never as an error.
      report({
        code: r.confidence === "likely" ? "legal/replaced-likely" : "legal/repealed",
        path: typeof basis === "string" ? ["legalBases", i] : ["legalBases", i, basis.number ? "number" : "title"],
        args: {
          basis: r.name,
          replacement: r.replacement,
          since: formatDateShort(since),
          planDate: formatDateShort(planDate),
          signed: signed ? 1 : 0,
        },
      });
    });
  },
};
