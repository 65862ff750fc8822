// The school-year frame (QĐ 2045/QĐ-BGDĐT; the province's decision): start < end of HK I < start of HK II < end, inside
// "YYYY-YYYY+1".
import { CALENDAR_POINTS, parseIsoDate, POINT_TITLE } from "../compute/calendar.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

export const calendarOrder: Rule = {
  meta: {
    id: "calendar-order",
    codes: {
      "calendar/order": {
        severity: "error",
        summary: {
          vi: "bắt đầu năm học < kết thúc HK I < bắt đầu HK II < kết thúc năm học",
          en: "start of the year < end of semester I < start of semester II < end of the year",
        },
      },
      "calendar/school-year": {
        severity: "error",
        summary: {
          vi: 'năm học dạng "2024-2025" và các mốc thuộc năm học đó',
          en: 'the school year reads "2024-2025" and its dates fall in it',
        },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes:
        "The year's frame (QĐ 2045/QĐ-BGDĐT for 2024-2025, tdkt-rules.md §4a [C]; the province's decision) in its " +
        "own order and year.",
    },
  },
  check({ plan, report }) {
    const [startYear, endYear] = plan.schoolYear.split("-").map(Number) as [number, number];
    if (endYear !== startYear + 1) {
      report({
        code: "calendar/school-year",
        path: ["schoolYear"],
        args: { field: "Năm học", date: plan.schoolYear, schoolYear: `${startYear}-${startYear + 1}` },
      });
      return;
    }
    for (let i = 1; i < CALENDAR_POINTS.length; i++) {
      const earlier = CALENDAR_POINTS[i - 1]!;
      const later = CALENDAR_POINTS[i]!;
      const a = parseIsoDate(plan.calendar[earlier])!;
      const b = parseIsoDate(plan.calendar[later])!;
      if (b <= a)
        report({
          code: "calendar/order",
          path: ["calendar", later],
          args: {
            earlier: POINT_TITLE[earlier],
            later: POINT_TITLE[later],
            earlierDate: formatDateShort(a),
            laterDate: formatDateShort(b),
          },
        });
    }
    const first = new Date(startYear, 6, 1);
    const last = new Date(endYear, 7, 31);
    for (const point of CALENDAR_POINTS) {
      const date = parseIsoDate(plan.calendar[point])!;
      if (date < first || date > last)
        report({
          code: "calendar/school-year",
          path: ["calendar", point],
          args: { field: POINT_TITLE[point], date: formatDateShort(date), schoolYear: plan.schoolYear },
        });
    }
  },
};
