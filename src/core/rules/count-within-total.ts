// Arithmetic: no title can go to more people than there are (the staff total, or the target's own total).
import { individualName } from "../compute/targets.js";
import type { Rule } from "./rule.js";

export const countWithinTotal: Rule = {
  codes: ["targets/count-exceeds-total"],
  severity: "error",
  check({ plan, report }) {
    plan.targets.individual.forEach((t, i) => {
      const total = t.of ?? plan.targets.staffTotal;
      if (t.count > total) report({ code: "targets/count-exceeds-total", path: ["targets", "individual", i, "count"], args: { title: t.label ?? individualName(t), count: t.count, total } });
    });
  },
};
