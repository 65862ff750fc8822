// tdkt-rules.md §5: ordinal = year celebrated − base year; from the dates in parentheses, else from the catalogue
// (src/data/anniversaries.json).
import { findAnniversaries } from "../compute/anniversaries.js";
import { schoolYearOf } from "../compute/calendar.js";
import { proseStrings } from "../compute/prose.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const proseAnniversaries: Rule = {
  meta: {
    id: "prose-anniversaries",
    codes: {
      "prose/anniversary-mismatch": {
        severity: "error",
        summary: {
          vi: '"K năm … (dd/mm/yyyy - dd/mm/yyyy)": K phải bằng hiệu hai năm',
          en: '"K năm … (dd/mm/yyyy - dd/mm/yyyy)": K is the difference of the two years',
        },
      },
      "prose/anniversary-catalogue": {
        severity: "error",
        summary: {
          vi:
            '"K năm ngày Nhà giáo Việt Nam…" không kèm ngày: tính theo danh mục ' +
            "[`src/data/anniversaries.json`](src/data/anniversaries.json) và năm học",
          en:
            '"K năm ngày Nhà giáo Việt Nam…" without dates: from the catalogue ' +
            "[`src/data/anniversaries.json`](src/data/anniversaries.json) and the school year",
        },
      },
      "prose/anniversary-dates": {
        severity: "warning",
        summary: {
          vi: "hai mốc ngày kỷ niệm không cùng ngày, tháng",
          en: "the two dates of an anniversary are not the same day and month",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes: "tdkt-rules.md §5: ordinal = year celebrated − base year; only confirmed base years are reported.",
    },
  },
  check({ plan, report, within }) {
    const year = schoolYearOf(plan);
    for (const prose of proseStrings(plan)) {
      for (const m of findAnniversaries(prose.text, year)) {
        const path = prose.path;
        // Mapping an offset back through quotes and folds costs time: only for what is reported.
        const range = (): ReturnType<typeof within> => within(path, m.start, m.end);
        if (m.kind === "dated" && !m.sameDay) {
          report({
            code: "prose/anniversary-dates",
            path,
            range: range(),
            args: { from: formatDateShort(m.base), to: formatDateShort(m.date) },
          });
          continue;
        }
        // Catalogue entries whose base year is not confirmed are shown by stats, never reported.
        if (m.written === m.correct || !m.confirmed) continue;
        if (m.kind === "dated") {
          report({
            code: "prose/anniversary-mismatch",
            path,
            range: range(),
            args: {
              occasion: m.occasion,
              from: formatDateShort(m.base),
              to: formatDateShort(m.date),
              correct: m.correct,
              written: m.written,
            },
          });
        } else {
          report({
            code: "prose/anniversary-catalogue",
            path,
            range: range(),
            args: {
              occasion: m.occasion,
              year: m.date.getFullYear(),
              base: formatDateShort(m.base),
              correct: m.correct,
              written: m.written,
            },
          });
        }
      }
    }
  },
};
