// The hồ sơ's steps follow each other: rating ≤ tổ meeting ≤ council ≤ tờ trình ≤ decision (a tờ trình
// cannot cite a meeting not yet held: certain by construction). Registration after the plan's deadline is
// late, not unlawful: a warning.
import { formatDateShort } from "../../text/vn-format.js";
import { parseIsoDate } from "../../compute/calendar.js";
import { monthRange, schoolYearOf } from "../../compute/calendar.js";
import { isoDate } from "../../compute/dates.js";
import type { Plan } from "../../plan.js";
import type { ResultsRule } from "../rule.js";

const show = (iso: string): string => formatDateShort(parseIsoDate(iso)!);

/** The plan's registration deadline: the end of the timeline month whose work includes "đăng ký". */
export function planRegistrationDeadline(plan: Plan): string | undefined {
  const year = schoolYearOf(plan);
  for (const row of plan.timeline) {
    if (row.month === undefined) continue;
    const texts = row.activities.map((a) => (typeof a === "string" ? a : (a.text ?? "")));
    if (texts.some((t) => /đăng ký/iu.test(t))) {
      const last = monthRange(row.month, year).last;
      return isoDate(last);
    }
  }
  return undefined;
}

export const dateOrder: ResultsRule = {
  meta: {
    id: "date-order",
    codes: {
      "results/date-order": {
        severity: "error",
        summary: {
          vi: "ngày các bước không theo thứ tự (xếp loại ≤ họp tổ ≤ họp Hội đồng ≤ tờ trình ≤ quyết định)",
          en: "steps out of order (rating ≤ tổ meeting ≤ council ≤ tờ trình ≤ decision)",
        },
      },
      "results/registration-late": {
        severity: "warning",
        summary: {
          vi: "tổng hợp đăng ký sau hạn của kế hoạch",
          en: "registrations gathered after the plan's deadline",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes: "hoso-research.md (b) RES-DATES: the order is the file's own logic; the deadline is the plan's",
    },
  },
  check({ results, plan, report }) {
    const steps: { date: string; path: (string | number)[]; what: string }[] = [];
    if (results.ratingDate) steps.push({ date: results.ratingDate, path: ["ratingDate"], what: "xếp loại viên chức" });
    (results.collectives ?? []).forEach(
      (c, i) =>
        c.meeting &&
        steps.push({ date: c.meeting, path: ["collectives", i, "meeting"], what: `họp bình xét của ${c.name}` }),
    );
    if (results.meeting)
      steps.push({ date: results.meeting.date, path: ["meeting", "date"], what: "họp Hội đồng Thi đua - Khen thưởng" });
    (results.proposals ?? []).forEach((p, i) =>
      steps.push({ date: p.date, path: ["proposals", i, "date"], what: `tờ trình ${p.number ?? i + 1}` }),
    );
    (results.decisions ?? []).forEach((d, i) =>
      steps.push({ date: d.date, path: ["decisions", i, "date"], what: `quyết định ${d.number ?? i + 1}` }),
    );
    const rank = (p: (string | number)[]): number =>
      ["ratingDate", "collectives", "meeting", "proposals", "decisions"].indexOf(String(p[0]));
    for (const later of steps)
      for (const earlier of steps)
        if (rank(earlier.path) < rank(later.path) && later.date < earlier.date) {
          report({
            code: "results/date-order",
            path: later.path,
            args: { what: later.what, date: show(later.date), before: earlier.what, beforeDate: show(earlier.date) },
          });
          break;
        }
    const reg = results.registration;
    const deadline = reg?.deadline ?? (plan ? planRegistrationDeadline(plan) : undefined);
    if (reg && deadline && reg.date > deadline)
      report({
        code: "results/registration-late",
        path: ["registration", "date"],
        args: { date: show(reg.date), deadline: show(deadline) },
      });
  },
};
