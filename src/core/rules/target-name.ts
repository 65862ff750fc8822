// format-notes.md "Known things by id, odd things by name": each target is one or the other.
import type { Rule } from "./rule.js";

export const targetName: Rule = {
  meta: {
    id: "target-name",
    codes: {
      "structure/target-name": {
        severity: "error",
        summary: {
          vi: "mỗi chỉ tiêu có đúng một trong `title`/`name`",
          en: "each target has exactly one of `title`/`name`",
        },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "format-notes.md «Known things by id, odd things by name»." },
  },
  check({ plan, report }) {
    const lists = [
      ["individual", plan.targets.individual],
      ["collective", plan.targets.collective ?? []],
    ] as const;
    for (const [key, list] of lists) {
      list.forEach((t, i) => {
        if (Boolean(t.title) === Boolean(t.name)) report({ code: "structure/target-name", path: ["targets", key, i] });
      });
    }
  },
};
