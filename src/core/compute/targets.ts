import type { IndividualTarget, Plan } from "../plan.js";
import { formatPercent } from "../text/vn-format.js";
import { percentOf, resolveRounding, type ResolvedRounding } from "./percent.js";
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES } from "./titles.js";

export interface ComputedTarget {
  index: number;
  id?: string;
  /** The title's full name ("Lao động tiên tiến") or the free name. */
  name: string;
  /** How the plan writes it ("CSTĐCS"), defaulting to the name. */
  label: string;
  count: number;
  total: number;
  percent: number;
  /** "96,8%" */
  percentText: string;
}

export interface CollectiveCheck {
  index: number;
  id?: string;
  name: string;
  label: string;
  /** undefined for titles whose conditions the tool does not know. */
  met?: boolean;
  conditions: { text: string; met: boolean }[];
}

export function individualName(target: IndividualTarget): string {
  return target.title ? INDIVIDUAL_TITLES[target.title].name : (target.name ?? "");
}

export function countOf(plan: Plan, id: string): number | undefined {
  const found = plan.targets.individual.filter((t) => t.title === id);
  return found.length === 0 ? undefined : found.reduce((sum, t) => sum + t.count, 0);
}

export function computeTargets(plan: Plan): { rounding: ResolvedRounding; individual: ComputedTarget[]; collective: CollectiveCheck[] } {
  const rounding = resolveRounding(plan.targets.rounding);
  const individual = plan.targets.individual.map((t, index) => {
    const total = t.of ?? plan.targets.staffTotal;
    const percent = percentOf(t.count, total, rounding);
    const name = individualName(t);
    return { index, id: t.title, name, label: t.label ?? name, count: t.count, total, percent, percentText: formatPercent(percent, rounding.decimals) };
  });
  const collective = (plan.targets.collective ?? []).map((t, index) => {
    const name = t.title ? COLLECTIVE_TITLES[t.title].name : (t.name ?? "");
    return { index, id: t.title, name, label: t.label ?? name, ...collectiveConditions(plan, t.title) };
  });
  return { rounding, individual, collective };
}

/** TTLĐTT: ≥ 70% LĐTT (Luật TĐKT 2022 Điều 28); TTLĐXS: also ≥ 1 CSTĐCS (Điều 27). */
export function collectiveConditions(plan: Plan, id: string | undefined): { met?: boolean; conditions: { text: string; met: boolean }[]; needed: number; ldtt: number; cstdcs: number } {
  const total = plan.targets.staffTotal;
  const ldtt = countOf(plan, "ldtt") ?? 0;
  const cstdcs = countOf(plan, "cstdcs") ?? 0;
  const needed = Math.ceil((total * 70) / 100);
  const conditions: { text: string; met: boolean }[] = [];
  if (id === "ttldtt" || id === "ttldxs") conditions.push({ text: `≥ 70% thành viên đạt LĐTT (cần ${needed}/${total}, có ${ldtt})`, met: ldtt >= needed });
  if (id === "ttldxs") conditions.push({ text: `≥ 1 Chiến sĩ thi đua cơ sở (có ${cstdcs})`, met: cstdcs >= 1 });
  return { met: conditions.length ? conditions.every((c) => c.met) : undefined, conditions, needed, ldtt, cstdcs };
}
