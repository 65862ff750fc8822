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
  /**
   * The target as the document writes it: "Lao động tiên tiến: 30/31 đạt 96,8%", "Học sinh giỏi: 30 giải, trong đó ít
   * nhất 4 giải Nhất."
   */
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
  /** The label as the document's list prints it, ending as every target line of the plan does. */
  line: string;
  organization?: string;
  /** undefined for titles whose conditions the tool does not know, or cannot check (`unchecked` says why). */
  met?: boolean;
  conditions: { text: string; met: boolean }[];
  /** Whose numbers the conditions were checked against. */
  scope: CollectiveScope;
}

/**
 * "school": the staff's; "own": the collective's own members (a tổ's 12, not the school's 64);
 * "unchecked": a tổ or khối that gave no numbers of its own, or a plan without a staff total.
 */
export type CollectiveScope = "school" | "own" | "unchecked";

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

const sameUnit = (a: string, b: string): boolean =>
  a.normalize("NFC").trim().toLocaleLowerCase("vi") === b.normalize("NFC").trim().toLocaleLowerCase("vi");

/**
 * The denominator of a group's target: its own; else the group's total in the unit the target counts
 * in ("Lớp tiên tiến: 18/27 lớp." in a group of 1.085 học sinh and 27 lớp); else the group's total.
 */
export function groupTargetTotal(group: TargetGroup, target: GroupTarget): number | undefined {
  if (target.of !== undefined) return target.of;
  const unit = target.unit ?? group.unit;
  const other = unit === undefined ? undefined : (group.otherTotals ?? []).find((o) => sameUnit(o.unit, unit));
  return other?.total ?? group.total;
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
  const parts = including.map((s) => `${s.atLeast ? "ít nhất " : ""}${formatInteger(s.count)} ${s.name}`);
  return `, trong đó ${parts.join(", ")}`;
}

/** What a target line is computed from: the computed target's own fields, and whether to print a rate. */
type TargetInput = Pick<
  ComputedTarget,
  "index" | "id" | "name" | "label" | "count" | "total" | "unit" | "including"
> & {
  /** The unit the clerk named on the target or its group: printed in the rate form too. */
  namedUnit?: string;
  percent: boolean;
  /** Without a rate: "18/27 lớp." */
  fraction: boolean;
};

function computeTarget(t: TargetInput, rounding: ResolvedRounding): ComputedTarget {
  const extra = includingText(t.including);
  const base = {
    index: t.index,
    id: t.id,
    name: t.name,
    label: t.label,
    count: t.count,
    total: t.total,
    unit: t.unit,
    including: t.including,
  };
  if (t.percent && t.total !== undefined) {
    const percent = percentOf(t.count, t.total, rounding);
    const percentText = formatPercent(percent, rounding.decimals);
    const unit = t.namedUnit ? ` ${t.namedUnit}` : "";
    // The seed's form, kept without a final stop: "Lao động tiên tiến: 30/31 đạt 96,8%".
    return {
      ...base,
      percent,
      percentText,
      line: `${t.label}: ${formatInteger(t.count)}/${formatInteger(t.total)}${unit} đạt ${percentText}${extra}`,
    };
  }
  const unit = t.unit ? ` ${t.unit}` : "";
  if (t.fraction && t.total !== undefined)
    return { ...base, line: `${t.label}: ${formatInteger(t.count)}/${formatInteger(t.total)}${unit}${extra}.` };
  return { ...base, line: `${t.label}: ${formatInteger(t.count)}${unit}${extra}.` };
}

function groupTarget(group: TargetGroup, t: GroupTarget, index: number, rounding: ResolvedRounding): ComputedTarget {
  const namedUnit = t.unit ?? group.unit;
  return computeTarget(
    {
      index,
      name: t.name,
      label: groupTargetLabel(t),
      count: t.count,
      total: groupTargetTotal(group, t),
      unit: namedUnit ?? "",
      namedUnit,
      percent: t.percent ?? group.percent ?? false,
      fraction: t.fraction ?? group.fraction ?? false,
      including: t.including ?? [],
    },
    rounding,
  );
}

/** "(tổng số 1.085 học sinh, 27 lớp)": the totals a heading states, in their units. */
function totalsText(totals: { total: number; unit?: string }[]): string {
  if (totals.length === 0) return "";
  return ` (tổng số ${totals.map((t) => `${formatInteger(t.total)}${t.unit ? ` ${t.unit}` : ""}`).join(", ")})`;
}

export function groupHeading(group: TargetGroup): string {
  const main = group.total === undefined ? [] : [{ total: group.total, unit: group.totalUnit }];
  return `${group.title}${totalsText([...main, ...(group.otherTotals ?? [])])}`;
}

export const DEFAULT_STAFF_TITLE = "Cá nhân";

/** "Cá nhân (tổng số 64 CB, GV, NV)": the staff list's heading carries the total when the plan names its unit. */
export function staffHeading(plan: Plan): string {
  const t = plan.targets;
  const title = t.staffTitle ?? DEFAULT_STAFF_TITLE;
  return t.staffTotalUnit && t.staffTotal !== undefined
    ? `${title}${totalsText([{ total: t.staffTotal, unit: t.staffTotalUnit }])}`
    : title;
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
 * The plan's target lists read alike line by line, staff, groups and collectives: the seed's rates and
 * collective titles stand without a stop ("…: 30/31 đạt 96,8%"), counts end with one ("…: 35 đồng chí.");
 * a plan that has both ends every line with a stop, unless it says how (`targets.lineEnd`).
 */
function stops(plan: Plan, lines: readonly string[]): boolean {
  if (plan.targets.lineEnd) return plan.targets.lineEnd === "stop";
  return lines.some((line) => line.endsWith("."));
}
const ending = (line: string, stop: boolean): string => {
  const bare = line.replace(/\.$/u, "");
  return stop ? `${bare}.` : bare;
};

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
        fraction: t.fraction ?? false,
        including: t.including ?? [],
      },
      rounding,
    ),
  );
  const groups = (plan.targets.groups ?? []).map((g, index) => ({
    index,
    id: g.id,
    title: g.title,
    total: g.total,
    heading: groupHeading(g),
    targets: g.targets.map((t, i) => groupTarget(g, t, i, rounding)),
  }));
  const stop = stops(
    plan,
    [...individual, ...groups.flatMap((g) => g.targets)].map((t) => t.line),
  );
  const end = (list: ComputedTarget[]): ComputedTarget[] => list.map((t) => ({ ...t, line: ending(t.line, stop) }));
  const collective = (plan.targets.collective ?? []).map((t, index): CollectiveCheck => {
    const name = t.title ? COLLECTIVE_TITLES[t.title].name : (t.name ?? "");
    const label = collectiveLabel(t);
    const { met, conditions, scope } = collectiveConditions(plan, t);
    return {
      index,
      id: t.title,
      name,
      label,
      line: ending(label, stop),
      organization: t.organization,
      met,
      conditions,
      scope,
    };
  });
  return {
    rounding,
    individual: end(individual),
    collective,
    groups: groups.map((g) => ({ ...g, targets: end(g.targets) })),
  };
});

/** A tổ or a khối: a part of the school, whose collective title the school's numbers say nothing about. */
export function isSubUnit(organization: string | undefined): boolean {
  return organization !== undefined && /^(tổ|khối)(\s|$)/iu.test(organization.normalize("NFC").trim());
}

export interface CollectiveConditions {
  met?: boolean;
  conditions: { text: string; met: boolean }[];
  scope: CollectiveScope;
  /** The members the shares are of, and the counts checked (unknown ones 0). */
  total?: number;
  needed: number;
  ldtt: number;
  cstdcs: number;
}

/**
 * TTLĐTT: ≥ 70% of its members LĐTT (Luật TĐKT 2022 Điều 28); TTLĐXS: also ≥ 1 CSTĐCS (Điều 27). Of whose
 * members: the collective's own when it gives them (`members`, `ldtt`, `cstdcs`); a tổ or khối that gives
 * none is not checked (the school's 64 say nothing of a tổ's 12); otherwise the school's staff.
 */
export function collectiveConditions(
  plan: Plan,
  t: Pick<CollectiveTarget, "title" | "organization" | "members" | "ldtt" | "cstdcs">,
): CollectiveConditions {
  const own = t.members !== undefined;
  const unchecked = (ldtt = 0, cstdcs = 0): CollectiveConditions => ({
    met: undefined,
    conditions: [],
    scope: "unchecked",
    needed: 0,
    ldtt,
    cstdcs,
  });
  if (!own && isSubUnit(t.organization)) return unchecked();
  const total = own ? t.members : plan.targets.staffTotal;
  const ldtt = own ? t.ldtt : (countOf(plan, "ldtt") ?? 0);
  const cstdcs = own ? (t.cstdcs ?? 0) : (countOf(plan, "cstdcs") ?? 0);
  if (total === undefined || ldtt === undefined) return unchecked(ldtt ?? 0, cstdcs);
  const needed = Math.ceil((total * 70) / 100);
  const conditions: { text: string; met: boolean }[] = [];
  if (t.title === "ttldtt" || t.title === "ttldxs")
    conditions.push({ text: `≥ 70% thành viên đạt LĐTT (cần ${needed}/${total}, có ${ldtt})`, met: ldtt >= needed });
  if (t.title === "ttldxs") conditions.push({ text: `≥ 1 Chiến sĩ thi đua cơ sở (có ${cstdcs})`, met: cstdcs >= 1 });
  return {
    met: conditions.length ? conditions.every((c) => c.met) : undefined,
    conditions,
    scope: own ? "own" : "school",
    total,
    needed,
    ldtt,
    cstdcs,
  };
}
