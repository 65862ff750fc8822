// The staff list against the plan's staffTotal: the plan's percentages were computed on it. A difference
// can be real (transfers in the year), so it is a warning that says both numbers.
import type { ResultsRule } from "../rule.js";

export const staffTotal: ResultsRule = {
  meta: {
    id: "staff-total",
    codes: {
      "results/staff-total": {
        severity: "warning",
        summary: {
          vi: "số người trong danh sách khác tổng số của kế hoạch (staffTotal)",
          en: "the staff list's size differs from the plan's staffTotal",
        },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "hoso-research.md (b) RES-TARGETS" },
  },
  check({ results, plan, report }) {
    const total = plan?.targets.staffTotal;
    if (total !== undefined && total !== results.staff.length)
      report({ code: "results/staff-total", path: ["staff"], key: true, args: { count: results.staff.length, total } });
  },
};
