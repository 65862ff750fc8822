// Arithmetic in prose: "N/M đạt P%" is recomputed with the plan's rounding (the seed's "11/31 đạt 35,4 %" is 35,5%).
import { parseWrittenNumber, resolveRounding, writtenPercentAgrees } from "../compute/percent.js";
import { proseStrings } from "../compute/prose.js";
import {
  PROSE_COUNT_RATE as COUNT,
  PROSE_PERCENT as PERCENT,
  PROSE_RATIO_RATE as RATIO,
  TITLE_PHRASE as TITLE_WORDS,
} from "../text/phrase-grammar.js";
import { formatDecimal, formatPercent } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

// The forms ("30/31 đạt 97 %", "11/31 (35,5%)", "34 … Lao động tiên tiến, tỉ lệ 54,6%") and the titles in their
// every spelling ("Chiến sỹ thi đua cơ sở", "CSTĐ cơ sở", GK): the phrase table import reads with (text/phrases.ts).

export const prosePercentages: Rule = {
  meta: {
    id: "prose-percentages",
    codes: {
      "prose/percent-mismatch": {
        severity: "error",
        summary: {
          vi:
            '"N/M … P%" hoặc "N … (danh hiệu) … tỉ lệ P%" trong lời văn được tính lại theo cách làm tròn của kế ' +
            "hoạch",
          en: '"N/M … P%" or "N … (title) … tỉ lệ P%" in the prose, recomputed with the plan\'s rounding',
        },
      },
      "prose/percent-over-100": {
        severity: "error",
        summary: { vi: "tỉ lệ lớn hơn 100%", en: "a percentage above 100%" },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "Arithmetic in prose." },
  },
  check({ plan, report, within }) {
    const rounding = resolveRounding(plan.targets.rounding);
    for (const prose of proseStrings(plan)) {
      const text = prose.text;
      // Every pattern here ends in "%": most sentences have none, and the regexes are the cost.
      if (!text.includes("%")) continue;
      const path = prose.path;
      const checked = new Set<number>();
      const verify = (count: number, total: number, written: string, at: number, length: number): void => {
        checked.add(at);
        if (total === 0 || count > total) return;
        const { ok, correct } = writtenPercentAgrees(written, count, total, rounding);
        if (ok) return;
        report({
          code: "prose/percent-mismatch",
          path,
          range: within(path, at, at + length),
          args: {
            ratio: `${count}/${total}`,
            correct: formatPercent(correct, rounding.decimals),
            written: `${written}%`,
          },
        });
      };
      for (const m of text.matchAll(RATIO)) {
        // "tháng 12/2024 đạt 50%" names a month, not a ratio.
        if (Number(m[1]) <= 12 && Number(m[2]) >= 1900 && Number(m[2]) <= 2100) continue;
        const percentAt = m.index! + m[0].lastIndexOf(m[4]!);
        verify(Number(m[1]), Number(m[2]), m[4]!, percentAt, m[0].length - m[0].lastIndexOf(m[4]!));
      }
      for (const m of text.matchAll(COUNT)) {
        const percentAt = m.index! + m[0].lastIndexOf(m[3]!);
        const staffTotal = plan.targets.staffTotal;
        if (staffTotal === undefined || checked.has(percentAt) || !TITLE_WORDS.test(m[2]!)) continue;
        verify(Number(m[1]), staffTotal, m[3]!, percentAt, m[0].length - m[0].lastIndexOf(m[3]!));
      }
      for (const m of text.matchAll(PERCENT)) {
        const { value, decimals } = parseWrittenNumber(m[1]!);
        if (value <= 100) continue;
        report({
          code: "prose/percent-over-100",
          path,
          range: within(path, m.index!, m.index! + m[0].length),
          args: { written: `${formatDecimal(value, decimals)}%` },
        });
      }
    }
  },
};
