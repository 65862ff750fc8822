// format-notes.md "Known things by id, odd things by name": each target is one or the other.
import type { Rule } from "./rule.js";

export const targetName: Rule = {
  codes: ["structure/target-name"],
  severity: "error",
  check({ plan, report }) {
    const lists = [["individual", plan.targets.individual], ["collective", plan.targets.collective ?? []]] as const;
    for (const [key, list] of lists) {
      list.forEach((t, i) => {
        if (Boolean(t.title) === Boolean(t.name)) report({ code: "structure/target-name", path: ["targets", key, i] });
      });
    }
  },
};
