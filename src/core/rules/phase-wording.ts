// A phase written in the clerk's own words must say the same dates as its bounds, or the document contradicts itself.
import { isWeekBound } from "../compute/calendar.js";
import { PHASE_PLACEHOLDERS, resolvePhases } from "../compute/phases.js";
import { weekOf } from "../compute/weeks.js";
import { phaseTime, type TimeSide } from "../text/phrase-grammar.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

const PLACEHOLDER = /\{([^{}\s]*)\}/gu;
const placeholderList = PHASE_PLACEHOLDERS.map((p) => `\`{${p}}\``).join(", ");

export const phaseWording: Rule = {
  meta: {
    id: "phase-wording",
    codes: {
      "phases/wording-date": {
        severity: "error",
        summary: {
          vi: 'lời văn hay thời gian của đợt ("đến hết ngày 19/12") khác ngày `from`/`to`',
          en: 'the phase\'s wording or time ("đến hết ngày 19/12") names another date than `from`/`to`',
        },
      },
      "phases/wording-week": {
        severity: "error",
        summary: {
          vi: 'lời văn hay thời gian của đợt ("từ tuần 19", "tuần 1 đến hết tuần 11") khác tuần của `from`/`to`',
          en:
            'the phase\'s wording or time ("từ tuần 19", "tuần 1 đến hết tuần 11") names another week than ' +
            "`from`/`to`",
        },
      },
      "phases/unknown-placeholder": {
        severity: "error",
        summary: {
          vi: `chỗ điền trong lời văn không phải ${placeholderList}`,
          en: `a placeholder in the wording other than ${placeholderList}`,
        },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "The document would say one phase's dates twice, differently." },
  },
  check({ plan, report, within }) {
    for (const phase of resolvePhases(plan)) {
      const source = plan.phases[phase.number - 1]!;
      // Only the clerk's wording of the phase's time: a theme may name other dates ("hội giảng từ 18/11 đến 20/11").
      for (const field of ["when", "text"] as const) {
        const text = source[field];
        if (!text) continue;
        const path = ["phases", phase.number - 1, field];
        // The phase's time as the phrase grammar finds it, the same phrase import reads the bounds from:
        // "Từ ngày khai giảng đến hết ngày 20/11/2024", "Từ tuần học thứ 27", "tuần 1 đến hết tuần 11" (the
        // time before the colon), the days "(từ 01/12/2024 đến 15/01/2025)" the tool prints beside points.
        const time = phaseTime(text);
        const sides: [TimeSide | undefined, "from" | "to"][] = [
          [time?.from, "from"],
          [time?.to, "to"],
          [time?.days?.from, "from"],
          [time?.days?.to, "to"],
        ];
        for (const [side, which] of sides) {
          if (!side) continue;
          const digits = side.at + side.text.search(/\d/u);
          if (side.side.kind === "day") {
            const bound = phase[which];
            const { day, month, year } = side.side;
            if (
              bound.getDate() === day &&
              bound.getMonth() + 1 === month &&
              (year === undefined || bound.getFullYear() === year)
            )
              continue;
            report({
              code: "phases/wording-date",
              path,
              range: within(path, digits, side.at + side.text.length),
              args: {
                phase: phase.name,
                written: side.text.slice(side.text.search(/\d/u)),
                role: which,
                bound: formatDateShort(bound),
              },
            });
          } else if (side.side.kind === "week") {
            // The week the bound names, or the school week its date falls in ("to: 2026-11-22" is in week 11).
            const bound = source[which];
            const week = isWeekBound(bound) ? bound.week : weekOf(plan, phase[which]);
            if (week === undefined || week === side.side.week) continue;
            report({
              code: "phases/wording-week",
              path,
              range: within(path, digits, digits + String(side.side.week).length),
              args: { phase: phase.name, written: side.side.week, role: which, week },
            });
          }
        }
        for (const m of text.matchAll(PLACEHOLDER)) {
          if ((PHASE_PLACEHOLDERS as readonly string[]).includes(m[1]!)) continue;
          report({
            code: "phases/unknown-placeholder",
            path,
            range: within(path, m.index!, m.index! + m[0].length),
            args: { written: m[0], known: PHASE_PLACEHOLDERS.map((p) => `{${p}}`).join(", ") },
          });
        }
      }
    }
  },
};
