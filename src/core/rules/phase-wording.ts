// A phase written in the clerk's own words must say the same dates as its bounds, or the document contradicts itself.
import { isWeekBound } from "../compute/calendar.js";
import { PHASE_PLACEHOLDERS, resolvePhases } from "../compute/phases.js";
import { weekOf } from "../compute/weeks.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

/** "từ ngày 05/9", "Từ 05/9/2025", "đến hết ngày 19/12", "đến ngày 19/12/2025" */
const DATED = /(?<![\p{L}])(từ|đến(?:\s+hết)?|tới)\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?!\d|\/)/giu;
/** "từ tuần 19", "đến hết tuần 18"; in the time before the colon a leading "tuần 1" is the start. */
const WEEK = /(?<![\p{L}])(từ|đến(?:\s+hết)?|tới)\s+tuần\s+(?:thứ\s+)?(\d{1,2})(?!\d)/giu;
const LEADING_WEEK = /^(\s*)tuần\s+(?:thứ\s+)?(\d{1,2})(?!\d)/iu;
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
          en: 'the phase\'s wording or time ("từ tuần 19", "tuần 1 đến hết tuần 11") names another week than `from`/`to`',
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
        const role = (word: string): "from" | "to" => (word.toLowerCase() === "từ" ? "from" : "to");
        for (const m of text.matchAll(DATED)) {
          const which = role(m[1]!);
          const bound = phase[which];
          const [day, month, year] = [Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : undefined];
          if (
            bound.getDate() === day &&
            bound.getMonth() + 1 === month &&
            (year === undefined || bound.getFullYear() === year)
          )
            continue;
          const at = m.index! + m[0].indexOf(m[2]!);
          report({
            code: "phases/wording-date",
            path,
            range: within(path, at, m.index! + m[0].length),
            args: {
              phase: phase.name,
              written: m[0].slice(m[0].indexOf(m[2]!)),
              role: which,
              bound: formatDateShort(bound),
            },
          });
        }
        const weeks = [...text.matchAll(WEEK)].map((m) => ({
          which: role(m[1]!),
          written: Number(m[2]),
          at: m.index! + m[0].lastIndexOf(m[2]!),
        }));
        // "Đợt 1 (tuần 1 đến hết tuần 11)": before the colon the first week needs no "từ".
        const lead = field === "when" ? LEADING_WEEK.exec(text) : null;
        if (lead) weeks.unshift({ which: "from", written: Number(lead[2]), at: lead[0].length - lead[2]!.length });
        for (const w of weeks) {
          // The week the bound names, or the school week its date falls in ("to: 2026-11-22" is in week 11).
          const bound = source[w.which];
          const week = isWeekBound(bound) ? bound.week : weekOf(plan, phase[w.which]);
          if (week === undefined || week === w.written) continue;
          report({
            code: "phases/wording-week",
            path,
            range: within(path, w.at, w.at + String(w.written).length),
            args: { phase: phase.name, written: w.written, role: w.which, week },
          });
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
