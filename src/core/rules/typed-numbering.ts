// The tool numbers sections (I., 1., 1.1., a)); a number typed into a title is printed after the tool's
// own: "title: I. Mục đích, yêu cầu" prints "I. I. MỤC ĐÍCH, YÊU CẦU". Found and mended (the number dropped).
import type { PathSegment } from "../diagnostic.js";
import type { Section } from "../plan.js";
import { toRoman, upper, vietnameseLetter } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

/** "I.", "II/", "1.", "2.1.", "a)", "1/." — a section number as Word documents type it, then a space. */
const TYPED = /^((?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])\s*(?:\/\.|[.)/])\s+)(?=\S)/u;

/** The number the tool prints for a section at this place (as layout.ts numbers them). */
function printedNumber(path: number[]): string {
  if (path.length === 1) return `${toRoman(path[0]! + 1)}.`;
  if (path.length === 2) return `${path[1]! + 1}.`;
  if (path.length === 3) return `${path[1]! + 1}.${path[2]! + 1}.`;
  return `${vietnameseLetter(path[path.length - 1]!)})`;
}

export const typedNumbering: Rule = {
  meta: {
    id: "typed-numbering",
    codes: {
      "structure/typed-numbering": {
        severity: "error",
        summary: {
          vi: 'số mục gõ tay trong tiêu đề ("title: I. Mục đích") sẽ in hai lần ("I. I. MỤC ĐÍCH"): xóa số gõ tay',
          en:
            'a section number typed into a title ("title: I. Mục đích") prints twice ("I. I. MỤC ĐÍCH"): the typed ' +
            "one is dropped",
        },
      },
    },
    fixable: true,
    basis: { kind: "consistency", notes: "The tool numbers every section; a typed number is printed after its own." },
  },
  check({ plan, report }) {
    const walk = (sections: Section[], numbers: number[], path: PathSegment[]): void => {
      sections.forEach((s, i) => {
        const here = [...numbers, i];
        const at = [...path, i];
        const field = s.title !== undefined ? "title" : s.text !== undefined ? "text" : undefined;
        const value = field ? s[field] : undefined;
        const m = value ? TYPED.exec(value) : null;
        if (m && value) {
          const rest = value.slice(m[1]!.length);
          report({
            code: "structure/typed-numbering",
            path: [...at, field!],
            args: {
              value,
              number: m[1]!.trim(),
              printed: `${printedNumber(here)} ${here.length === 1 && field === "title" ? upper(value) : value}`,
              write: rest,
            },
          });
        }
        if (s.sections) walk(s.sections, here, [...at, "sections"]);
      });
    };
    walk(plan.sections, [], ["sections"]);
  },
};
