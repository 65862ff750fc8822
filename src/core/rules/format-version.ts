// The file says which format it is written in (README "Tệp kế hoạch"): a file marked 1 that uses fields of format 2
// cannot be read by an older plan, so the mark must say 2.
import type { Plan } from "../plan.js";
import type { Rule } from "./rule.js";

/** The first field of format 2 the plan uses, as a path a clerk can find, or undefined. */
export function formatTwoField(plan: Plan): string | undefined {
  const isWeek = (b: unknown): boolean => typeof b === "object" && b !== null;
  if (plan.calendar.week1 !== undefined) return "calendar.week1";
  if (plan.calendar.breaks !== undefined) return "calendar.breaks";
  const phase = plan.phases.findIndex(
    (p) => p.text !== undefined || p.when !== undefined || isWeek(p.from) || isWeek(p.to),
  );
  if (phase >= 0) return `phases[${phase}]`;
  const t = plan.targets;
  if (
    t.percent !== undefined ||
    t.unit !== undefined ||
    t.staffTitle !== undefined ||
    t.staffTotalUnit !== undefined ||
    t.lineEnd !== undefined
  )
    return "targets";
  if (t.groups !== undefined) return "targets.groups";
  if (t.staffTotal === undefined) return "targets.staffTotal";
  if (
    t.individual.some(
      (x) => x.unit !== undefined || x.percent !== undefined || x.including !== undefined || x.fraction !== undefined,
    )
  )
    return "targets.individual";
  const newTitles = ["cong-doan-vung-manh-xuat-sac", "doan-co-so-vung-manh"];
  if (
    (t.collective ?? []).some(
      (x) =>
        x.organization !== undefined ||
        x.members !== undefined ||
        x.ldtt !== undefined ||
        x.cstdcs !== undefined ||
        newTitles.includes(x.title ?? ""),
    )
  )
    return "targets.collective";
  if (
    plan.timeline.some(
      (r) =>
        r.label !== undefined ||
        r.month === undefined ||
        r.activities.some((a) => typeof a !== "string" && Array.isArray(a.phase)),
    )
  )
    return "timeline";
  if (plan.layout?.monthWithYear !== undefined) return "layout.monthWithYear";
  if (plan.layout?.monthLeadingZero !== undefined) return "layout.monthLeadingZero";
  if (plan.signer.post !== undefined) return "signer.post";
  if (plan.closing === undefined) return "closing";
  const sections = (list: Plan["sections"]): boolean =>
    list.some(
      (s) =>
        s.after !== undefined ||
        s.group !== undefined ||
        sections(s.sections ?? []) ||
        (s.body ?? []).some(
          (b) =>
            typeof b === "object" &&
            "insert" in b &&
            !["phases", "timeline", "targets", "targets.individual", "targets.collective"].includes(b.insert),
        ),
    );
  if (sections(plan.sections)) return "sections";
  return undefined;
}

export const formatVersion: Rule = {
  meta: {
    id: "format-version",
    codes: {
      "format/version": {
        severity: "warning",
        summary: {
          vi: "tệp ghi `formatVersion: 1` nhưng dùng trường của định dạng 2",
          en: "the file says `formatVersion: 1` but uses a field of format 2",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "consistency",
      notes: "README «Tệp kế hoạch»: an older plan cannot read a file marked 1 that uses fields of format 2.",
    },
  },
  check({ plan, report }) {
    if (plan.formatVersion !== 1) return;
    const field = formatTwoField(plan);
    if (field) report({ code: "format/version", path: ["formatVersion"], args: { field } });
  },
};
