// Arithmetic: no title can go to more people than there are (the staff total, or the target's own total),
// and a part ("trong đó 4 giải Nhất") is never more than its whole.
import { computeTargets } from "../compute/targets.js";
import type { PathSegment } from "../diagnostic.js";
import type { SubCount } from "../plan.js";
import type { Rule } from "./rule.js";

export const countWithinTotal: Rule = {
  codes: ["targets/count-exceeds-total", "targets/subcount-exceeds", "targets/percent-without-total"],
  severity: "error",
  check({ plan, report }) {
    const { individual, groups } = computeTargets(plan);
    const check = (t: { label: string; count: number; total?: number }, path: PathSegment[], including: readonly SubCount[] | undefined, wantsPercent: boolean): void => {
      if (t.total !== undefined && t.count > t.total) report({ code: "targets/count-exceeds-total", path: [...path, "count"], args: { title: t.label, count: t.count, total: t.total } });
      if (wantsPercent && t.total === undefined) report({ code: "targets/percent-without-total", path: [...path, "count"], args: { title: t.label } });
      const parts = (including ?? []).reduce((sum, s) => sum + s.count, 0);
      if (parts > t.count)
        report({ code: "targets/subcount-exceeds", path: [...path, "including"], args: { title: t.label, parts, count: t.count, list: (including ?? []).map((s) => `${s.count} ${s.name}`).join(", ") } });
    };
    individual.forEach((t, i) => {
      const source = plan.targets.individual[i]!;
      check(t, ["targets", "individual", i], source.including, source.percent ?? plan.targets.percent ?? true);
    });
    groups.forEach((g, gi) => {
      const group = plan.targets.groups![gi]!;
      g.targets.forEach((t, i) => check(t, ["targets", "groups", gi, "targets", i], group.targets[i]!.including, group.targets[i]!.percent ?? group.percent ?? false));
    });
  },
};
