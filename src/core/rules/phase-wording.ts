// A phase written in the clerk's own words must say the same dates as its bounds, or the document contradicts itself.
import { isWeekBound } from "../compute/calendar.js";
import { PHASE_PLACEHOLDERS, resolvePhases } from "../compute/phases.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

/** "từ ngày 05/9", "Từ 05/9/2025", "đến hết ngày 19/12", "đến ngày 19/12/2025" */
const DATED = /(?<![\p{L}])(từ|đến(?:\s+hết)?|tới)\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?!\d|\/)/giu;
/** "từ tuần 19", "đến hết tuần 18" */
const WEEK = /(?<![\p{L}])(từ|đến(?:\s+hết)?|tới)\s+tuần\s+(?:thứ\s+)?(\d{1,2})(?!\d)/giu;
const PLACEHOLDER = /\{([^{}\s]*)\}/gu;
const placeholderList = PHASE_PLACEHOLDERS.map((p) => `\`{${p}}\``).join(", ");

export const phaseWording: Rule = {
  meta: {
    id: "phase-wording",
    codes: {
      "phases/wording-date": { severity: "error", summary: { vi: 'lời văn của đợt ("đến hết ngày 19/12") khác ngày `from`/`to`', en: 'the phase\'s wording ("đến hết ngày 19/12") names another date than `from`/`to`' } },
      "phases/wording-week": { severity: "error", summary: { vi: 'lời văn của đợt ("từ tuần 19") khác tuần `from`/`to`', en: 'the phase\'s wording ("từ tuần 19") names another week than `from`/`to`' } },
      "phases/unknown-placeholder": {
        severity: "error",
        summary: { vi: `chỗ điền trong lời văn không phải ${placeholderList}`, en: `a placeholder in the wording other than ${placeholderList}` },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "The document would say one phase's dates twice, differently." },
  },
  check({ plan, report, within }) {
    for (const phase of resolvePhases(plan)) {
      const source = plan.phases[phase.number - 1]!;
      // Only the clerk's wording of the phase's time: a theme may name other dates ("hội giảng từ 18/11 đến 20/11").
      for (const field of ["text"] as const) {
        const text = source[field];
        if (!text) continue;
        const path = ["phases", phase.number - 1, field];
        const role = (word: string): "from" | "to" => (word.toLowerCase() === "từ" ? "from" : "to");
        for (const m of text.matchAll(DATED)) {
          const which = role(m[1]!);
          const bound = phase[which];
          const [day, month, year] = [Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : undefined];
          if (bound.getDate() === day && bound.getMonth() + 1 === month && (year === undefined || bound.getFullYear() === year)) continue;
          const at = m.index! + m[0].indexOf(m[2]!);
          report({ code: "phases/wording-date", path, range: within(path, at, m.index! + m[0].length), args: { phase: phase.name, written: m[0].slice(m[0].indexOf(m[2]!)), role: which, bound: formatDateShort(bound) } });
        }
        for (const m of text.matchAll(WEEK)) {
          const which = role(m[1]!);
          const bound = source[which];
          if (!isWeekBound(bound) || bound.week === Number(m[2])) continue;
          const at = m.index! + m[0].lastIndexOf(m[2]!);
          report({ code: "phases/wording-week", path, range: within(path, at, at + m[2]!.length), args: { phase: phase.name, written: Number(m[2]), role: which, week: bound.week } });
        }
        for (const m of text.matchAll(PLACEHOLDER)) {
          if ((PHASE_PLACEHOLDERS as readonly string[]).includes(m[1]!)) continue;
          report({ code: "phases/unknown-placeholder", path, range: within(path, m.index!, m.index! + m[0].length), args: { written: m[0], known: PHASE_PLACEHOLDERS.map((p) => `{${p}}`).join(", ") } });
        }
      }
    }
  },
};
