// The month-by-month table follows the school year (Tháng 8 … Tháng 5) and stays inside it.
import { monthRange, schoolYearOf, timelineMonthYear } from "../compute/calendar.js";
import { formatDateShort } from "../text/vn-format.js";
import type { Rule } from "./rule.js";

/** "Tháng 01/2027", "tháng 9": a month written as a row's own label. */
const MONTH_LABEL = /^\s*tháng\s+(\d{1,2})(?:\s*\/\s*(\d{4}))?\s*$/iu;

/** Position of a month in a school year that begins in August. */
const order = (month: number): number => (month >= 8 ? month - 8 : month + 4);

/** Indexes outside one longest run in school-year order: the months a clerk put in the wrong place. */
function misplaced(orders: number[]): Set<number> {
  const best = orders.map(() => 1);
  const prev = orders.map(() => -1);
  for (let i = 0; i < orders.length; i++)
    for (let j = 0; j < i; j++)
      if (orders[j]! < orders[i]! && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        prev[i] = j;
      }
  const keep = new Set<number>();
  for (let i = best.indexOf(Math.max(0, ...best)); i !== -1; i = prev[i]!) keep.add(i);
  return new Set(orders.map((_, i) => i).filter((i) => !keep.has(i)));
}

export const timelineMonths: Rule = {
  meta: {
    id: "timeline-months",
    codes: {
      "timeline/order": {
        severity: "error",
        summary: {
          vi: "các tháng theo thứ tự của năm học (tháng 8 … tháng 5)",
          en: "months in school-year order (August … May)",
        },
      },
      "timeline/duplicate-month": {
        severity: "error",
        summary: { vi: "mỗi tháng chỉ một hàng", en: "each month has one row" },
      },
      "timeline/outside-year": {
        severity: "error",
        summary: { vi: "tháng nằm ngoài năm học", en: "a month outside the school year" },
      },
      "timeline/month-label": {
        severity: "warning",
        summary: {
          vi:
            'dòng tự đặt là một tháng (`label: "Tháng 01/2027"`): viết `month:` (và `layout.monthLeadingZero`) để ' +
            "dòng giữ nghĩa một tháng",
          en:
            'a row of the plan\'s own that is a month (`label: "Tháng 01/2027"`): write `month:` (and ' +
            "`layout.monthLeadingZero`) so the row keeps its month",
        },
      },
    },
    fixable: false,
    basis: { kind: "consistency", notes: "The month-by-month table follows the school year and stays inside it." },
  },
  check({ plan, report }) {
    const year = schoolYearOf(plan);
    // "Tháng 01/2027" typed as a label prints the zero but loses the month: no order, no calendar event.
    plan.timeline.forEach((row, i) => {
      const m = row.month === undefined && row.label ? MONTH_LABEL.exec(row.label.normalize("NFC")) : null;
      if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) return;
      const zero = m[1]!.length === 2 && Number(m[1]) < 10 ? (Number(m[1]) <= 2 ? "jan-feb" : "all") : undefined;
      report({
        code: "timeline/month-label",
        path: ["timeline", i, "label"],
        args: { label: row.label!, month: Number(m[1]), year: m[2] ? 1 : "", zero: zero ?? "" },
      });
    });
    const seen = new Set<number>();
    // Rows of the plan's own ("Cả năm", "Thường xuyên") stand where the clerk put them.
    const months = plan.timeline
      .map((e, i) => ({ e, i }))
      .flatMap(({ e, i }) => (e.month === undefined ? [] : [{ e: { month: e.month }, i }]));
    const firsts = months.filter(({ e }, k, all) => all.findIndex((x) => x.e.month === e.month) === k);
    const wrong = misplaced(firsts.map(({ e }) => order(e.month)));
    const out = new Set(firsts.filter((_, k) => wrong.has(k)).map(({ i }) => i));
    months.forEach(({ e: entry, i }, k) => {
      const path = ["timeline", i, "month"];
      if (seen.has(entry.month)) report({ code: "timeline/duplicate-month", path, args: { month: entry.month } });
      else if (out.has(i))
        report({ code: "timeline/order", path, args: { month: entry.month, previous: months[k - 1]?.e.month ?? "" } });
      seen.add(entry.month);
      const { first, last } = monthRange(entry.month, year);
      if (last < year.start || first > year.end)
        report({
          code: "timeline/outside-year",
          path,
          args: {
            month: entry.month,
            year: timelineMonthYear(entry.month, year),
            yearStart: formatDateShort(year.start),
            yearEnd: formatDateShort(year.end),
          },
        });
    });
  },
};
