// The office's view over many plans (issue 26): one model that every output of `plan stats` — the
// terminal, JSON, Markdown, CSV, XLSX — is a formatting of. What it guarantees, and the old totals did
// not: numbers are summed within one school year only; a school counts once a year however many files
// claim it; an education office's own plan is never counted as a school; a target's total is over the
// schools that set it, said as "n/N trường"; every file left out of the totals is in the summary with why.
import { sortDiagnostics, type Diagnostic } from "../diagnostic.js";
import type { Plan } from "../plan.js";
import { DEFAULT_ROUNDING, percentOf, type ResolvedRounding } from "./percent.js";
import { computeTargets, DEFAULT_STAFF_UNIT, type ComputedTarget } from "./targets.js";
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES } from "./titles.js";
import { formatPercent } from "../text/vn-format.js";

export type Level = NonNullable<Plan["level"]>;

/** How a level reads in a table cell. */
export const LEVEL_NAMES: Record<Level, string> = {
  "mam-non": "Mầm non",
  "tieu-hoc": "Tiểu học",
  thcs: "THCS",
  thpt: "THPT",
  khac: "Khác",
};

/**
 * The form two names of one body are compared in: NFC, Vietnamese lower case, one space between words.
 * "Trường  Mầm non NAM THANH" and "Trường Mầm non Nam Thanh" are one school.
 */
export function bodyKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/gu, " ").trim();
}

/**
 * Whether an issuing body is an education office rather than a school: a Phòng or Sở Giáo dục và Đào
 * tạo (also written "GD&ĐT", "GDĐT", "GD-ĐT"), or, since district offices closed on 01/7/2025, the
 * xã/phường's Phòng Văn hóa - Xã hội that took over their schools. The level cannot tell: the example
 * office's plan says `level: khac`, as a centre for continuing education would. A school's own plan
 * names its office as parentBody, never as issuingBody, so only issuingBody is read.
 */
export function isOfficeBody(issuingBody: string): boolean {
  const key = bodyKey(issuingBody).replace(/[–—]/gu, "-");
  return (
    /^(phòng|sở) (giáo dục (và|&) đào tạo|gd ?(&|và|-)? ?đt)\b/u.test(key) ||
    /^sở gd\b/u.test(key) ||
    /^phòng văn hóa ?- ?xã hội\b/u.test(key.replace("hoá", "hóa"))
  );
}

/** One target of one plan, as the summary compares it across schools. */
export interface PlanTarget {
  /**
   * The same target in every school's plan: a title's id (with its issuer, for a commendation), else its name's key.
   */
  key: string;
  /** "Lao động tiên tiến", "Giấy khen của Chủ tịch UBND phường", "Học sinh giỏi cấp tỉnh". */
  name: string;
  count: number;
  /** The denominator: the plan's own (`of`, the staff total, the group's total), or null for a plain count. */
  total: number | null;
  unit: string;
  /** count/total at the plan's rounding, as the plan's document prints it; null without a denominator. */
  percent: number | null;
  percentText: string | null;
}

/** The numbers of one valid plan a summary needs; the rest of `Stats` (phases, anniversaries) it does not. */
export interface PlanNumbers {
  file: string;
  /** The issuing body as written (NFC): the school's name. */
  body: string;
  /** bodyKey(body): two files with the same key and year are one school. */
  key: string;
  office: boolean;
  level: Level | null;
  schoolYear: string;
  /** The document's date (YYYY-MM-DD): of two files for one school and year, the later is counted. */
  date: string;
  staffTotal: number | null;
  rounding: ResolvedRounding;
  targets: PlanTarget[];
  collective: { key: string; name: string }[];
  /** An office's target groups, which it sets for its schools; empty for a school. */
  groups: { title: string; total: number | null; totalUnit: string; unit: string; targets: PlanTarget[] }[];
}

/** A file left out of the totals: it could not be read, is not a plan, or has errors. */
export interface Problem {
  file: string;
  /** The issuing body and school year, when the file says them (the clerk looks for the school). */
  body: string | null;
  schoolYear: string | null;
  /** The first error, by position. */
  code: string;
  line: number;
  column: number;
  message: string;
  /** How many errors the file has. */
  errors: number;
}

export type SummaryEntry = { kind: "plan"; numbers: PlanNumbers } | { kind: "problem"; problem: Problem };

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.normalize("NFC") : null);

const TITLE_NAMES = Object.entries(INDIVIDUAL_TITLES).map(([id, t]) => ({ id, name: bodyKey(t.name) }));

/**
 * The key of a target written by name. A title's name is that title: "Lao động tiên tiến" in an office's
 * group is what a school writes `title: ldtt`, and "Giấy khen của Chủ tịch UBND huyện" is `title:
 * giay-khen` with that issuer. Any other name is its own target, matched by name alone.
 */
function nameKey(name: string): string {
  const key = bodyKey(name);
  for (const t of TITLE_NAMES) {
    if (key === t.name) return t.id;
    if (key.startsWith(`${t.name} của `)) return `${t.id}|${key.slice(t.name.length + " của ".length)}`;
  }
  return `~${key}`;
}

/** A commendation's issuer is part of what it is: a city's Giấy khen and a ward's are not summed. */
const titleKey = (id: string, issuer: string | undefined): string => (issuer ? `${id}|${bodyKey(issuer)}` : id);

function planTarget(
  t: ComputedTarget,
  key: string,
  name: string,
  total: number | null,
  unit: string,
  rounding: ResolvedRounding,
): PlanTarget {
  // A count-only target with a denominator still has a rate for the office: 44 of 48 staff is 91,7%
  // whether or not the school's text prints it, at the school's own rounding.
  return { key, name, count: t.count, total, unit, ...rate(t.count, total, rounding) };
}

/** Keys made unique within one list: two "Lớp tiên tiến" of one plan summed would count a denominator twice. */
function uniqueKeys(): (key: string) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  };
}

/**
 * The summary's view of one file, computed as soon as the file is read so that only this small record
 * is kept (1 500 plans' full stats took ~190 MB). `data` is the plan as read, `diagnostics` all that
 * was found; a file with an error is a problem, whatever could be computed from it.
 */
/**
 * `describe` turns the first error into the clerk's words: the CLI passes the messages module's, so the
 * core never imports the messages (it owns the codes; messages import it).
 */
export function summaryEntry(
  file: string,
  data: unknown,
  diagnostics: readonly Diagnostic[],
  describe: (d: Diagnostic) => string = (d) => d.code,
): SummaryEntry {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const record =
    data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (errors.length || !record) {
    const first = sortDiagnostics([...errors])[0];
    const document = record?.document as Record<string, unknown> | undefined;
    return {
      kind: "problem",
      problem: {
        file,
        body: str(document?.issuingBody),
        schoolYear: str(record?.schoolYear),
        code: first?.code ?? "plan/not-a-mapping",
        line: first?.range.start.line ?? 1,
        column: first?.range.start.column ?? 1,
        message: first ? describe(first) : "",
        errors: Math.max(errors.length, 1),
      },
    };
  }
  return { kind: "plan", numbers: detached(planNumbers(file, record as unknown as Plan)) };
}

/**
 * A copy that shares no string with the file's text. A name read from a plan is a slice of its whole
 * text, and V8 keeps the text alive for the slice: 1 500 records kept 1 500 texts of ~35 KB each
 * (RSS 167 MB against validate's 78 MB over the same files). JSON.parse makes new, flat strings.
 */
function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The numbers of a valid plan. */
export function planNumbers(file: string, plan: Plan): PlanNumbers {
  const computed = computeTargets(plan);
  const rounding = computed.rounding;
  const body = plan.document.issuingBody.normalize("NFC");
  const office = isOfficeBody(body);
  const staffUnit = plan.targets.unit ?? DEFAULT_STAFF_UNIT;
  const ownKey = uniqueKeys();
  // A school's groups are summed with its staff targets (a target may be written either way); an
  // office's groups are what it asks of its schools, kept apart from its own staff's targets.
  const groupKey = office ? uniqueKeys() : ownKey;
  const individual = computed.individual.map((t, i) => {
    const source = plan.targets.individual[i]!;
    const issuer = source.issuer?.normalize("NFC");
    // A denominator of its own (`of: 620` students) is not staff: the staff unit does not apply.
    const unit = source.unit ?? (source.of === undefined ? staffUnit : "");
    if (t.id)
      return planTarget(
        t,
        ownKey(titleKey(t.id, issuer)),
        issuer ? `${t.name} của ${issuer}` : t.name,
        t.total ?? null,
        unit,
        rounding,
      );
    return planTarget(t, ownKey(nameKey(t.name)), t.name.normalize("NFC"), t.total ?? null, unit, rounding);
  });
  const groups = computed.groups.map((g, i) => {
    const source = plan.targets.groups![i]!;
    const targets = g.targets.map((t, j) => {
      const own = source.targets[j]!;
      // "Học sinh giỏi cấp tỉnh: 12 giải" in a group of 540 students is no rate of them: a target counted
      // in a unit of its own keeps the group's total only when the plan prints it as a rate.
      const sameUnit = own.unit === undefined || own.unit === source.unit;
      const total = t.percent !== undefined || sameUnit ? (t.total ?? null) : null;
      return planTarget(t, groupKey(nameKey(t.name)), t.name.normalize("NFC"), total, t.unit, rounding);
    });
    return {
      title: g.title,
      total: g.total ?? null,
      totalUnit: source.totalUnit ?? "",
      unit: source.unit ?? "",
      targets,
    };
  });
  return {
    file,
    body,
    key: bodyKey(body),
    office,
    level: plan.level ?? null,
    schoolYear: plan.schoolYear,
    date: plan.document.date,
    staffTotal: plan.targets.staffTotal ?? null,
    rounding,
    targets: office ? individual : [...individual, ...groups.flatMap((g) => g.targets)],
    collective: computed.collective.map((c) => ({ key: c.id ?? `~${bodyKey(c.name)}`, name: c.name.normalize("NFC") })),
    groups: office ? groups : [],
  };
}

/** A sum over the schools of one year that set something, beside how many schools there are. */
export interface Tally {
  /** Schools that set it (n in "n/N trường"). */
  schools: number;
  /** Schools counted in the year (N). */
  of: number;
}

export interface TargetTotal extends Tally {
  key: string;
  name: string;
  /** The unit when every school writes the same one. */
  unit: string;
  count: number;
  /** Sum of the denominators; null when any school that set the target gave it none (a rate would mix). */
  total: number | null;
  percent: number | null;
  percentText: string | null;
}

/** A count, its denominator and the rate: one side of a comparison. */
export interface Amount {
  count: number;
  total: number | null;
  percent: number | null;
  percentText: string | null;
}

/** What an office set for its schools, against what the schools' plans add up to. */
export interface Comparison {
  /**
   * "total": the group's own total (52 trường, 1.460 người) against the schools counted or their staff;
   * "target": one of its targets against the same target summed over the schools' plans; "schools": a
   * number of schools with a collective title against how many of the schools' plans set that title.
   */
  kind: "total" | "target" | "schools";
  /** The office's group ("Đối với các nhà trường"). */
  group: string;
  /** The office's target, or "Tổng số trường" / "Tổng số người" for the group's total. */
  name: string;
  unit: string;
  /**
   * What it was compared under: a school target's key (a column of the schools' sheet), a collective title's,
   * "staffTotal" or "schools"; null when nothing matched.
   */
  key: string | null;
  office: Amount;
  /** The schools' plans: null when no school's plan has this target to compare. */
  schools: (Amount & Tally) | null;
}

export interface OfficePlan {
  file: string;
  body: string;
  level: Level | null;
  schoolYear: string;
  staffTotal: number | null;
  /** The office's own staff targets (its civil servants), reported, never summed with the schools'. */
  own: PlanTarget[];
  comparisons: Comparison[];
}

export interface Duplicate {
  body: string;
  schoolYear: string;
  /** The file counted: the latest document date; of equal dates, the first given. */
  counted: string;
  notCounted: string[];
  /** Whether the files' numbers differ (staff total or a target). */
  differ: boolean;
}

export interface YearSummary {
  schoolYear: string;
  /** Each school once, in the order the files were given. */
  schools: PlanNumbers[];
  staffTotal: { sum: number } & Tally;
  targets: TargetTotal[];
  /** Collective titles: how many schools' plans set each, and that share of the year's schools. */
  collective: ({ key: string; name: string; percent: number | null; percentText: string | null } & Tally)[];
  offices: OfficePlan[];
  duplicates: Duplicate[];
}

export interface Summary {
  /** Files given, and what became of each. */
  files: { given: number; schools: number; offices: number; duplicates: number; problems: number };
  /** Ascending by school year. */
  years: YearSummary[];
  /** Every target of every school, in order of first appearance: the columns of the schools' sheet. */
  columns: { key: string; name: string; unit: string }[];
  problems: Problem[];
  /** How the summed rates are rounded. */
  rounding: ResolvedRounding;
}

const rate = (
  count: number,
  total: number | null,
  rounding: ResolvedRounding,
): { percent: number | null; percentText: string | null } => {
  if (total === null || total <= 0) return { percent: null, percentText: null };
  const percent = percentOf(count, total, rounding);
  return { percent, percentText: formatPercent(percent, rounding.decimals) };
};

const sameNumbers = (a: PlanNumbers, b: PlanNumbers): boolean =>
  a.staffTotal === b.staffTotal &&
  a.targets.length === b.targets.length &&
  a.targets.every(
    (t, i) => t.key === b.targets[i]!.key && t.count === b.targets[i]!.count && t.total === b.targets[i]!.total,
  );

function totalsOf(
  schools: readonly PlanNumbers[],
  rounding: ResolvedRounding,
): Pick<YearSummary, "staffTotal" | "targets" | "collective"> {
  const of = schools.length;
  const targets = new Map<
    string,
    { key: string; name: string; units: Set<string>; schools: number; count: number; total: number | null }
  >();
  const collective = new Map<string, { key: string; name: string; schools: number }>();
  let staff = 0;
  let staffSchools = 0;
  for (const s of schools) {
    if (s.staffTotal !== null) {
      staff += s.staffTotal;
      staffSchools++;
    }
    for (const t of s.targets) {
      const row = targets.get(t.key) ?? {
        key: t.key,
        name: t.name,
        units: new Set<string>(),
        schools: 0,
        count: 0,
        total: 0,
      };
      row.schools++;
      row.count += t.count;
      row.total = row.total === null || t.total === null ? null : row.total + t.total;
      row.units.add(t.unit);
      targets.set(t.key, row);
    }
    for (const c of new Map(s.collective.map((c) => [c.key, c])).values()) {
      const row = collective.get(c.key) ?? { key: c.key, name: c.name, schools: 0 };
      row.schools++;
      collective.set(c.key, row);
    }
  }
  return {
    staffTotal: { sum: staff, schools: staffSchools, of },
    targets: [...targets.values()].map((r) => ({
      key: r.key,
      name: r.name,
      unit: r.units.size === 1 ? [...r.units][0]! : "",
      schools: r.schools,
      of,
      count: r.count,
      total: r.total,
      ...rate(r.count, r.total, rounding),
    })),
    collective: [...collective.values()].map((r) => ({ ...r, of, ...rate(r.schools, of, rounding) })),
  };
}

const COUNTS_SCHOOLS = /^trường$/u;
/** A collective title named inside an office's target: "Trường đạt danh hiệu Tập thể lao động xuất sắc". */
const COLLECTIVE_BY_NAME = Object.entries(COLLECTIVE_TITLES).map(([id, t]) => ({ id, name: bodyKey(t.name) }));

/** An office's targets for its schools, set against the sums of the schools' plans of the same year. */
function compare(
  office: PlanNumbers,
  year: Pick<YearSummary, "schools" | "staffTotal" | "targets" | "collective">,
  rounding: ResolvedRounding,
): Comparison[] {
  const of = year.schools.length;
  const out: Comparison[] = [];
  const byKey = new Map(year.targets.map((t) => [t.key, t]));
  const plain = (count: number): Amount => ({ count, total: null, percent: null, percentText: null });
  for (const g of office.groups) {
    const inSchools = COUNTS_SCHOOLS.test(bodyKey(g.totalUnit || g.unit));
    const ofStaff = g.targets.some((t) => t.key.split("|")[0]! in INDIVIDUAL_TITLES);
    if (g.total !== null && inSchools) {
      out.push({
        kind: "total",
        group: g.title,
        name: `Tổng số ${g.totalUnit || "trường"}`,
        unit: g.totalUnit || "trường",
        key: "schools",
        office: plain(g.total),
        schools: { ...plain(of), schools: of, of },
      });
    } else if (g.total !== null && ofStaff) {
      // A group of the schools' staff ("Lao động tiên tiến: 1.320/1.460"): its total is their staff total.
      out.push({
        kind: "total",
        group: g.title,
        name: `Tổng số ${g.totalUnit || "người"}`,
        unit: g.totalUnit,
        key: "staffTotal",
        office: plain(g.total),
        schools: { ...plain(year.staffTotal.sum), schools: year.staffTotal.schools, of },
      });
    }
    for (const t of g.targets) {
      const officeSide: Amount = { count: t.count, total: t.total, ...rate(t.count, t.total, office.rounding) };
      if (inSchools) {
        // "Trường đạt danh hiệu Tập thể lao động xuất sắc: 15/52" names a collective title: the schools'
        // side is how many of their plans set it, of the schools counted.
        const name = bodyKey(t.name);
        const id = COLLECTIVE_BY_NAME.filter((c) => name.includes(c.name)).sort(
          (a, b) => b.name.length - a.name.length,
        )[0]?.id;
        const found = id
          ? year.collective.find((c) => c.key === id)
          : year.collective.find((c) => c.key.startsWith("~") && name.includes(c.key.slice(1)));
        const key = id ?? found?.key ?? null;
        const count = found?.schools ?? 0;
        out.push({
          kind: "schools",
          group: g.title,
          name: t.name,
          unit: t.unit,
          key,
          office: officeSide,
          schools: key ? { count, total: of, ...rate(count, of, rounding), schools: of, of } : null,
        });
      } else {
        const found = byKey.get(t.key);
        out.push({
          kind: "target",
          group: g.title,
          name: t.name,
          unit: t.unit,
          key: found ? t.key : null,
          office: officeSide,
          schools: found
            ? {
                count: found.count,
                total: found.total,
                percent: found.percent,
                percentText: found.percentText,
                schools: found.schools,
                of,
              }
            : null,
        });
      }
    }
  }
  return out;
}

/**
 * The summary of all the files given, in the order given. Pure: the entries carry everything it reads.
 */
export function summarize(entries: readonly SummaryEntry[], rounding: ResolvedRounding = DEFAULT_ROUNDING): Summary {
  const problems: Problem[] = [];
  const byYear = new Map<string, { schools: Map<string, PlanNumbers[]>; offices: PlanNumbers[] }>();
  for (const e of entries) {
    if (e.kind === "problem") {
      problems.push(e.problem);
      continue;
    }
    const n = e.numbers;
    const year = byYear.get(n.schoolYear) ?? {
      schools: new Map<string, PlanNumbers[]>(),
      offices: [] as PlanNumbers[],
    };
    byYear.set(n.schoolYear, year);
    if (n.office) year.offices.push(n);
    else year.schools.set(n.key, [...(year.schools.get(n.key) ?? []), n]);
  }
  let duplicateFiles = 0;
  let schoolCount = 0;
  let officeCount = 0;
  const columns = new Map<string, { key: string; name: string; units: Set<string> }>();
  const years = [...byYear.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([schoolYear, y]): YearSummary => {
      const duplicates: Duplicate[] = [];
      const schools = [...y.schools.values()].map((claims) => {
        if (claims.length === 1) return claims[0]!;
        // The later document is the amended plan; ISO dates compare as text. Equal dates: the first given.
        const counted = claims.reduce((best, c) => (c.date > best.date ? c : best));
        const others = claims.filter((c) => c !== counted);
        duplicateFiles += others.length;
        duplicates.push({
          body: counted.body,
          schoolYear,
          counted: counted.file,
          notCounted: others.map((c) => c.file),
          differ: others.some((o) => !sameNumbers(o, counted)),
        });
        return counted;
      });
      schoolCount += schools.length;
      officeCount += y.offices.length;
      for (const s of schools)
        for (const t of s.targets) {
          const c = columns.get(t.key) ?? { key: t.key, name: t.name, units: new Set<string>() };
          c.units.add(t.unit);
          columns.set(t.key, c);
        }
      const totals = totalsOf(schools, rounding);
      const offices = y.offices.map(
        (o): OfficePlan => ({
          file: o.file,
          body: o.body,
          level: o.level,
          schoolYear,
          staffTotal: o.staffTotal,
          own: o.targets,
          comparisons: compare(o, { schools, ...totals }, rounding),
        }),
      );
      return { schoolYear, schools, ...totals, offices, duplicates };
    });
  return {
    files: {
      given: entries.length,
      schools: schoolCount,
      offices: officeCount,
      duplicates: duplicateFiles,
      problems: problems.length,
    },
    years,
    columns: [...columns.values()].map((c) => ({
      key: c.key,
      name: c.name,
      unit: c.units.size === 1 ? [...c.units][0]! : "",
    })),
    problems,
    rounding,
  };
}
