// Results against every target of the plan: the count reached, its percentage with the plan's own
// rounding ("30/31 đạt 96,8%"), and whether the target is met. Used by stats, tong-ket and the rule.
import { percentOf, resolveRounding } from "../compute/percent.js";
import { individualLabel, individualTotal } from "../compute/targets.js";
import { COLLECTIVE_TITLES } from "../compute/titles.js";
import type { Plan } from "../plan.js";
import { ResultsModel } from "./model.js";
import type { ResultTitle, Results } from "./types.js";

export interface TargetResult {
  /** Where the target is in the plan: targets.individual[i] or targets.collective[i]. */
  kind: "individual" | "collective";
  index: number;
  label: string;
  target: number;
  /** Registered at the start of the year. */
  registered: number;
  achieved: number;
  /** The denominator (staff total or the target's own), for individual targets. */
  total?: number;
  /** achieved / total in percent, rounded as the plan rounds; undefined without a total. */
  percent?: number;
  decimals: number;
  met: boolean;
}

const INDIVIDUAL: readonly string[] = ["ldtt", "cstdcs", "giay-khen"];

export function targetResults(plan: Plan, results: Results): TargetResult[] {
  const model = new ResultsModel(results);
  const rounding = resolveRounding(plan.targets.rounding);
  const out: TargetResult[] = [];
  plan.targets.individual.forEach((t, index) => {
    if (!t.title || !INDIVIDUAL.includes(t.title)) return;
    const title = t.title as ResultTitle;
    const achieved = model.holders(title).size;
    const registered = results.staff.filter((s) => s.registered?.includes(title)).length;
    const total = individualTotal(plan, t) ?? results.staff.length;
    out.push({
      kind: "individual",
      index,
      label: individualLabel(t),
      target: t.count,
      registered,
      achieved,
      total,
      percent: total ? percentOf(achieved, total, rounding) : undefined,
      decimals: rounding.decimals,
      met: achieved >= t.count,
    });
  });
  (plan.targets.collective ?? []).forEach((t, index) => {
    if (t.title !== "ttldtt" && t.title !== "ttldxs") return;
    // A collective target names the title, not which collective: met when one holds it (the school or a tổ).
    const achieved = model.holders(t.title).size;
    const title = t.title;
    const registered = (results.collectives ?? []).filter((c) => c.registered?.includes(title)).length;
    out.push({
      kind: "collective",
      index,
      label: `${t.organization ? `${t.organization}: ` : ""}${COLLECTIVE_TITLES[t.title].name}`,
      target: 1,
      registered,
      achieved,
      decimals: rounding.decimals,
      met: achieved >= 1,
    });
  });
  return out;
}
