// Nghị định 30/2020/NĐ-CP Phụ lục I §II.6đ: a plan is laid out in mục, khoản, điểm (I., 1., a)).
import type { PathSegment } from "../diagnostic.js";
import type { Section } from "../plan.js";
import type { Rule } from "./rule.js";

export const MAX_SECTION_DEPTH = 4;

export const sectionStructure: Rule = {
  codes: ["structure/section-heading", "structure/section-depth"],
  severity: "error",
  check({ plan, report }) {
    const walk = (sections: Section[], path: PathSegment[], depth: number): void => {
      sections.forEach((s, i) => {
        const here = [...path, i];
        if (!s.title && !s.text && !s.group) report({ code: "structure/section-heading", path: here });
        if (depth > MAX_SECTION_DEPTH) report({ code: "structure/section-depth", path: here, args: { limit: MAX_SECTION_DEPTH } });
        else if (s.sections) walk(s.sections, [...here, "sections"], depth + 1);
      });
    };
    walk(plan.sections, ["sections"], 1);
  },
};
