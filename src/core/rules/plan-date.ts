// A school-year plan is issued in its school year or just before it (up to 60 days: plans are drafted over the summer).
import { addDaysTo, parseIsoDate, schoolYearOf } from "../compute/calendar.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const PLAN_DATE_LEAD_DAYS = 60;

export const planDate: Rule = {
  meta: {
    id: "plan-date",
    codes: {
      "dates/plan-date-outside-year": {
        severity: "error",
        summary: {
          vi: `ngày ban hành trong năm học hoặc tối đa ${PLAN_DATE_LEAD_DAYS} ngày trước`,
          en: `the plan is dated in its school year or at most ${PLAN_DATE_LEAD_DAYS} days before`,
        },
      },
      "document/date-placeholder": {
        severity: "error",
        summary: {
          vi: "ngày ban hành còn để trống (sau `plan new`): điền khi ký",
          en: "the date is still blank (after `plan new`): filled in at signing",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes: "A school-year plan is drafted over the summer and signed by the start of its year.",
    },
  },
  check({ plan, report }) {
    const year = schoolYearOf(plan);
    const date = parseIsoDate(plan.document.date);
    // `plan new` leaves the date empty: the clerk fills it in when the plan is signed.
    if (!date) return report({ code: "document/date-placeholder", path: ["document", "date"] });
    if (date >= addDaysTo(year.start, -PLAN_DATE_LEAD_DAYS) && date <= year.end) return;
    report({
      code: "dates/plan-date-outside-year",
      path: ["document", "date"],
      args: {
        date: formatDateShort(date),
        schoolYear: plan.schoolYear,
        yearStart: formatDateShort(year.start),
        yearEnd: formatDateShort(year.end),
      },
    });
  },
};
