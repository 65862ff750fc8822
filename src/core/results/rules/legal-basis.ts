// The căn cứ of a tờ trình or a decision must be in force on its date: a tờ trình citing NĐ 98/2023 a
// month after NĐ 152/2025 replaced it is an error; a replacement the reference only found in a secondary
// source (TT 15/2025, TT 07/2026, NĐ 233/2026) is a warning naming the probable successor.
import { parseIsoDate } from "../../compute/calendar.js";
import { replacementFor } from "../../rules/legal-basis-repealed.js";
import { formatDateShort } from "../../text/vn-format.js";
import type { ResultsRule } from "../rule.js";

export const legalBasis: ResultsRule = {
  meta: {
    id: "legal-basis",
    codes: {
      "results/legal-basis": {
        severity: "error",
        summary: {
          vi: "tờ trình, quyết định dẫn căn cứ đã bị thay thế trước ngày của văn bản",
          en: "a tờ trình or decision citing a text replaced before its date",
        },
      },
      "results/legal-basis-likely": {
        severity: "warning",
        summary: {
          vi: "tờ trình, quyết định dẫn căn cứ có thể đã được thay thế",
          en: "a tờ trình or decision citing a text probably replaced",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025); src/data/replacements.json",
      confidence: "confirmed",
      notes: "hoso-research.md (b) RES-LEGAL-BASIS: 98→152 confirmed (error); the others likely (warning)",
    },
  },
  check({ results, report }) {
    for (const key of ["proposals", "decisions"] as const)
      (results[key] ?? []).forEach((doc, i) =>
        (doc.legalBases ?? []).forEach((basis, j) => {
          const r = replacementFor(basis);
          if (!r || doc.date < r.since) return;
          const likely = (r as { confidence?: string }).confidence === "likely";
          report({
            code: likely ? "results/legal-basis-likely" : "results/legal-basis",
            path: [key, i, "legalBases", j],
            args: {
              basis: r.name,
              replacement: r.replacement,
              since: formatDateShort(parseIsoDate(r.since)!),
              date: formatDateShort(parseIsoDate(doc.date)!),
            },
          });
        }),
      );
  },
};
