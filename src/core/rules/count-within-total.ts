// Arithmetic: no title can go to more people than there are (the staff total, or the target's own total),
// and a part ("trong đó 4 giải Nhất") is never more than its whole.
import { groupTargetLabel, groupTargetTotal, individualLabel, individualTotal } from "../compute/targets.js";
import type { PathSegment } from "../diagnostic.js";
import type { SubCount } from "../plan.js";
import type { Rule } from "./rule.js";

export const countWithinTotal: Rule = {
  meta: {
    id: "count-within-total",
    codes: {
      "targets/count-exceeds-total": {
        severity: "error",
        summary: { vi: "số lượng vượt tổng số", en: "a count above its total" },
      },
      "targets/subcount-exceeds": {
        severity: "error",
        summary: {
          vi: 'các phần "trong đó" cộng lại vượt chỉ tiêu',
          en: 'the "trong đó" parts add up to more than the target',
        },
      },
      "targets/unit-without-total": {
        severity: "warning",
        summary: {
          vi:
            "tiêu đề có đơn vị tổng số (`staffTotalUnit`, `totalUnit`) nhưng không có tổng số: tiêu đề in không có " +
            '"(tổng số …)"',
          en:
            "a heading names its total's unit (`staffTotalUnit`, `totalUnit`) but there is no total: the heading " +
            'prints no "(tổng số …)"',
        },
      },
      "targets/percent-without-total": {
        severity: "error",
        summary: {
          vi: "muốn in tỉ lệ % (hay dạng N/M) nhưng không có tổng số",
          en: "a percentage (or an N/M) asked for with no total",
        },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "Arithmetic." },
  },
  check({ plan, report }) {
    // The numbers only: computeTargets would also write every target's line, which validation never shows.
    const check = (
      t: { label: string; count: number; total?: number },
      path: PathSegment[],
      including: readonly SubCount[] | undefined,
      wants: "percent" | "fraction" | undefined,
    ): void => {
      if (t.total !== undefined && t.count > t.total)
        report({
          code: "targets/count-exceeds-total",
          path: [...path, "count"],
          args: { title: t.label, count: t.count, total: t.total },
        });
      if (wants && t.total === undefined)
        report({
          code: "targets/percent-without-total",
          path: [...path, "count"],
          args: { title: t.label, ...(wants === "fraction" ? { fraction: 1 } : {}) },
        });
      const parts = (including ?? []).reduce((sum, s) => sum + s.count, 0);
      if (parts > t.count)
        report({
          code: "targets/subcount-exceeds",
          path: [...path, "including"],
          args: {
            title: t.label,
            parts,
            count: t.count,
            list: (including ?? []).map((s) => `${s.count} ${s.name}`).join(", "),
          },
        });
    };
    // "Cá nhân (tổng số 64 CB, GV, NV)" computes 64: a unit with nothing to count is a total forgotten.
    if (plan.targets.staffTotalUnit !== undefined && plan.targets.staffTotal === undefined)
      report({
        code: "targets/unit-without-total",
        path: ["targets", "staffTotalUnit"],
        args: { unit: plan.targets.staffTotalUnit, total: "staffTotal" },
      });
    (plan.targets.groups ?? []).forEach((g, gi) => {
      if (g.totalUnit !== undefined && g.total === undefined)
        report({
          code: "targets/unit-without-total",
          path: ["targets", "groups", gi, "totalUnit"],
          args: { unit: g.totalUnit, total: "total" },
        });
    });
    plan.targets.individual.forEach((t, i) => {
      check(
        { label: individualLabel(t), count: t.count, total: individualTotal(plan, t) },
        ["targets", "individual", i],
        t.including,
        (t.percent ?? plan.targets.percent ?? true) ? "percent" : t.fraction ? "fraction" : undefined,
      );
    });
    (plan.targets.groups ?? []).forEach((group, gi) => {
      group.targets.forEach((t, i) =>
        check(
          { label: groupTargetLabel(t), count: t.count, total: groupTargetTotal(group, t) },
          ["targets", "groups", gi, "targets", i],
          t.including,
          (t.percent ?? group.percent ?? false) ? "percent" : (t.fraction ?? group.fraction) ? "fraction" : undefined,
        ),
      );
    });
  },
};
