// Nghị định 30/2020/NĐ-CP Phụ lục I §II.6đ: a plan is laid out in mục, khoản, điểm (I., 1., a)).
import type { PathSegment } from "../diagnostic.js";
import type { Section } from "../plan.js";
import type { Rule } from "./rule.js";

export const MAX_SECTION_DEPTH = 4;

export const sectionStructure: Rule = {
  meta: {
    id: "section-structure",
    codes: {
      "structure/section-heading": {
        severity: "error",
        summary: { vi: "mục cần tiêu đề hoặc đoạn có đánh số", en: "a section needs a title or a numbered paragraph" },
      },
      "structure/section-depth": {
        severity: "error",
        summary: {
          vi: `tối đa ${MAX_SECTION_DEPTH} cấp (I., 1., 1.1., a))`,
          en: `at most ${MAX_SECTION_DEPTH} levels (I., 1., 1.1., a))`,
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Nghị định 30/2020/NĐ-CP Phụ lục I Mục II.6đ",
      confidence: "confirmed",
      notes:
        "nd30-layout.md §4.8 [RULE]: mục, khoản, điểm; the 1.1. level between khoản and điểm is practice, so four " +
        "levels are the most a plan numbers.",
    },
  },
  check({ plan, report }) {
    const walk = (sections: Section[], path: PathSegment[], depth: number): void => {
      sections.forEach((s, i) => {
        const here = [...path, i];
        if (!s.title && !s.text && !s.group) report({ code: "structure/section-heading", path: here });
        if (depth > MAX_SECTION_DEPTH)
          report({ code: "structure/section-depth", path: here, args: { limit: MAX_SECTION_DEPTH } });
        else if (s.sections) walk(s.sections, [...here, "sections"], depth + 1);
      });
    };
    walk(plan.sections, ["sections"], 1);
  },
};
