import type { CollectiveTarget, GroupTarget, IndividualTarget, Plan, SubCount, TargetGroup } from "../plan.js";
import { formatInteger, formatPercent } from "../text/vn-format.js";
import { perPlan } from "./per-plan.js";
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
  /** The denominator, when there is one. */
  total?: number;
  unit: string;
  /** Set when the plan prints the target as a rate. */
  percent?: number;
  /** "96,8%" */
  percentText?: string;
  including: SubCount[];
  /** The target as the document writes it: "Lao động tiên tiến: 30/31 đạt 96,8%", "Học sinh giỏi: 30 giải, trong đó ít nhất 4 giải Nhất." */
  line: string;
}

export interface ComputedGroup {
  index: number;
  id: string;
  title: string;
  total?: number;
  /** "Đối với học sinh (tổng số 540 học sinh)" */
  heading: string;
  targets: ComputedTarget[];
}

export interface CollectiveCheck {
  index: number;
  id?: string;
  name: string;
  label: string;
  organization?: string;
  /** undefined for titles whose conditions the tool does not know. */
  met?: boolean;
  conditions: { text: string; met: boolean }[];
}

/** The staff counts in "Lao động tiên tiến: 35 đồng chí." */
export const DEFAULT_STAFF_UNIT = "đồng chí";

export function individualName(target: IndividualTarget): string {
  return target.title ? INDIVIDUAL_TITLES[target.title].name : (target.name ?? "");
}

/** "Giấy khen của Chủ tịch UBND phường": the issuer is part of the title as plans write it. */
export function individualLabel(target: IndividualTarget): string {
  if (target.label) return target.label;
  const name = individualName(target);
  return target.issuer ? `${name} của ${target.issuer}` : name;
}

/** The denominator of an individual target: its own, else the staff total. */
export function individualTotal(plan: Plan, target: IndividualTarget): number | undefined {
  return target.of ?? plan.targets.staffTotal;
}

/** The denominator of a group's target: its own, else the group's total. */
export function groupTargetTotal(group: TargetGroup, target: GroupTarget): number | undefined {
  return target.of ?? group.total;
}

export function groupTargetLabel(target: GroupTarget): string {
  return target.label ?? target.name;
}

export function countOf(plan: Plan, id: string): number | undefined {
  const found = plan.targets.individual.filter((t) => t.title === id);
  return found.length === 0 ? undefined : found.reduce((sum, t) => sum + t.count, 0);
}

/** ", trong đó ít nhất 4 giải Nhất, 10 giải Nhì" */
function includingText(including: readonly SubCount[]): string {
  if (including.length === 0) return "";
  return `, trong đó ${including.map((s) => `${s.atLeast ? "ít nhất " : ""}${formatInteger(s.count)} ${s.name}`).join(", ")}`;
}

/** What a target line is computed from: the computed target's own fields, and whether to print a rate. */
type TargetInput = Pick<ComputedTarget, "index" | "id" | "name" | "label" | "count" | "total" | "unit" | "including"> & {
  /** The unit the clerk named on the target or its group: printed in the rate form too. */
  namedUnit?: string;
  percent: boolean;
};

function computeTarget(t: TargetInput, rounding: ResolvedRounding): ComputedTarget {
  const extra = includingText(t.including);
  const base = { index: t.index, id: t.id, name: t.name, label: t.label, count: t.count, total: t.total, unit: t.unit, including: t.including };
  if (t.percent && t.total !== undefined) {
    const percent = percentOf(t.count, t.total, rounding);
    const percentText = formatPercent(percent, rounding.decimals);
    const unit = t.namedUnit ? ` ${t.namedUnit}` : "";
    // The seed's form, kept without a final stop: "Lao động tiên tiến: 30/31 đạt 96,8%".
    return { ...base, percent, percentText, line: `${t.label}: ${formatInteger(t.count)}/${formatInteger(t.total)}${unit} đạt ${percentText}${extra}` };
  }
  const unit = t.unit ? ` ${t.unit}` : "";
  return { ...base, line: `${t.label}: ${formatInteger(t.count)}${unit}${extra}.` };
}

function groupTarget(group: TargetGroup, t: GroupTarget, index: number, rounding: ResolvedRounding): ComputedTarget {
  const namedUnit = t.unit ?? group.unit;
  return computeTarget(
    { index, name: t.name, label: groupTargetLabel(t), count: t.count, total: groupTargetTotal(group, t), unit: namedUnit ?? "", namedUnit, percent: t.percent ?? group.percent ?? false, including: t.including ?? [] },
    rounding,
  );
}

export function groupHeading(group: TargetGroup): string {
  return group.total === undefined ? group.title : `${group.title} (tổng số ${formatInteger(group.total)}${group.totalUnit ? ` ${group.totalUnit}` : ""})`;
}

/** "Công đoàn cơ sở: vững mạnh", "Nhà trường: Tập thể lao động xuất sắc", "Liên đội mạnh cấp thành phố". */
export function collectiveLabel(t: CollectiveTarget): string {
  if (t.label) return t.label;
  const known = t.title ? COLLECTIVE_TITLES[t.title] : undefined;
  const name = known ? known.name : (t.name ?? "");
  if (!t.organization) return name;
  return `${t.organization}: ${known?.award ?? name}`;
}

/**
 * A list reads alike line by line: the seed's rates stand without a stop ("…: 30/31 đạt 96,8%"), counts
 * end with one ("…: 35 đồng chí."); a list that mixes the two ends every line with a stop.
 */
function endLines(list: ComputedTarget[]): ComputedTarget[] {
  if (!list.some((t) => t.line.endsWith("."))) return list;
  return list.map((t) => (t.line.endsWith(".") ? t : { ...t, line: `${t.line}.` }));
}

export interface ComputedTargets {
  rounding: ResolvedRounding;
  individual: ComputedTarget[];
  collective: CollectiveCheck[];
  groups: ComputedGroup[];
}

/** Every target with its numbers and its line in the document; computed once per plan. */
export const computeTargets = perPlan((plan: Plan): ComputedTargets => {
  const rounding = resolveRounding(plan.targets.rounding);
  const staffPercent = plan.targets.percent ?? true;
  const staffUnit = plan.targets.unit ?? DEFAULT_STAFF_UNIT;
  const individual = plan.targets.individual.map((t, index) =>
    computeTarget(
      {
        index,
        id: t.title,
        name: individualName(t),
        label: individualLabel(t),
        count: t.count,
        total: individualTotal(plan, t),
        unit: t.unit ?? staffUnit,
        namedUnit: t.unit,
        percent: t.percent ?? staffPercent,
        including: t.including ?? [],
      },
      rounding,
    ),
  );
  const collective = (plan.targets.collective ?? []).map((t, index) => {
    const name = t.title ? COLLECTIVE_TITLES[t.title].name : (t.name ?? "");
    return { index, id: t.title, name, label: collectiveLabel(t), organization: t.organization, ...collectiveConditions(plan, t.title) };
  });
  const groups = (plan.targets.groups ?? []).map((g, index) => ({
    index,
    id: g.id,
    title: g.title,
    total: g.total,
    heading: groupHeading(g),
    targets: g.targets.map((t, i) => groupTarget(g, t, i, rounding)),
  }));
  const out = { rounding, individual: endLines(individual), collective, groups: groups.map((g) => ({ ...g, targets: endLines(g.targets) })) };
  return out;
});

/** TTLĐTT: ≥ 70% LĐTT (Luật TĐKT 2022 Điều 28); TTLĐXS: also ≥ 1 CSTĐCS (Điều 27). Unknown without a staff total. */
export function collectiveConditions(plan: Plan, id: string | undefined): { met?: boolean; conditions: { text: string; met: boolean }[]; needed: number; ldtt: number; cstdcs: number } {
  const total = plan.targets.staffTotal;
  const ldtt = countOf(plan, "ldtt") ?? 0;
  const cstdcs = countOf(plan, "cstdcs") ?? 0;
  if (total === undefined) return { met: undefined, conditions: [], needed: 0, ldtt, cstdcs };
  const needed = Math.ceil((total * 70) / 100);
  const conditions: { text: string; met: boolean }[] = [];
  if (id === "ttldtt" || id === "ttldxs") conditions.push({ text: `≥ 70% thành viên đạt LĐTT (cần ${needed}/${total}, có ${ldtt})`, met: ldtt >= needed });
  if (id === "ttldxs") conditions.push({ text: `≥ 1 Chiến sĩ thi đua cơ sở (có ${cstdcs})`, met: cstdcs >= 1 });
  return { met: conditions.length ? conditions.every((c) => c.met) : undefined, conditions, needed, ldtt, cstdcs };
}
