// Generated phases and how each line is written: bounds from a scheme (days, months, weeks, semesters) and
// one of the forms plans use — the tool's own line, "<chủ đề>; thời gian: từ … đến …", the clerk's words
// with the time at their head in any of the phrase table's spellings, the time in brackets before the colon,
// or a theme alone (whose sides import must guess as the generator says it does). Every phase here is the
// phase import must give back.
import { addDaysTo, isoDate, parseIsoDate, resolveBound } from "../../src/core/compute/calendar.js";
import { phaseLine, resolvePhases } from "../../src/core/compute/phases.js";
import { mondayOf } from "../../src/core/compute/weeks.js";
import type { Bound, CalendarPoint, Phase, Plan } from "../../src/core/plan.js";
import { formatDateShort } from "../../src/core/text/vn-format.js";
import { chance, pick, THEMES, type Rand } from "./pools.js";

type Pair = [Bound, Bound];
const ORDINALS = ["nhất", "hai", "ba", "tư"];

/** Contiguous bounds for n phases in one of the schemes plans use. */
function scheme(rand: Rand, n: number, y: number): { pairs: Pair[]; kind: string } {
  const m = (year: number, month: number): string => `${year}-${String(month).padStart(2, "0")}`;
  const kinds =
    n === 2 ? ["days", "months", "weeks", "semesters"] : n === 1 ? ["days", "semesters"] : ["days", "months", "weeks"];
  const kind = pick(rand, kinds);
  const first = (alt: Bound): Bound => (chance(rand, 0.5) ? "start" : alt);
  const last = (alt: Bound): Bound => (chance(rand, 0.5) ? "end" : alt);
  if (kind === "semesters")
    return {
      kind,
      pairs:
        n === 1
          ? [["start", "end"]]
          : [
              ["start", "semester1End"],
              ["semester2Start", "end"],
            ],
    };
  if (kind === "days") {
    const cuts: [string, string][] = (
      [
        [`${y}-11-20`, `${y}-11-21`],
        [`${y + 1}-01-15`, `${y + 1}-01-16`],
        [`${y + 1}-04-30`, `${y + 1}-05-01`],
      ] as [string, string][]
    ).slice(0, n - 1);
    if (n === 3 && chance(rand, 0.5)) cuts[1] = [`${y + 1}-03-26`, `${y + 1}-03-27`];
    const froms: Bound[] = [first(`${y}-09-05`), ...cuts.map((c) => c[1])];
    const tos: Bound[] = [...cuts.map((c) => c[0]), last(`${y + 1}-05-25`)];
    return { kind, pairs: froms.map((f, i) => [f, tos[i]!]) };
  }
  if (kind === "months") {
    const table: Record<number, Pair[]> = {
      2: [
        [first(m(y, 9)), m(y + 1, 1)],
        [m(y + 1, 2), last(m(y + 1, 5))],
      ],
      3: [
        [first(m(y, 9)), m(y, 11)],
        [m(y, 12), m(y + 1, 2)],
        [m(y + 1, 3), last(m(y + 1, 5))],
      ],
      4: [
        [m(y, 9), m(y, 11)],
        [m(y, 12), "semester1End"],
        ["semester2Start", m(y + 1, 3)],
        [m(y + 1, 4), "end"],
      ],
    };
    return { kind, pairs: table[n]! };
  }
  const cuts = n === 2 ? [18] : n === 3 ? [11, 22] : [9, 18, 27];
  const froms: Bound[] = [first({ week: 1 }), ...cuts.map((w) => ({ week: w + 1 }))];
  const tos: Bound[] = [...cuts.map((w) => ({ week: w })), last({ week: 35 })];
  return { kind, pairs: froms.map((f, i) => [f, tos[i]!]) };
}

/** The calendar a generated plan holds: the usual one, moved where a phase gives the year's first or last day. */
export function calendarFor(y: number, pairs: readonly Pair[]): Plan["calendar"] {
  const calendar: Plan["calendar"] = {
    start: `${y}-08-29`,
    semester1End: `${y + 1}-01-15`,
    semester2Start: `${y + 1}-01-16`,
    end: `${y + 1}-05-24`,
  };
  const [from] = pairs[0]!;
  const [, to] = pairs[pairs.length - 1]!;
  if (typeof from === "string" && /^\d{4}-\d{2}-\d{2}$/.test(from)) calendar.start = from;
  if (typeof from === "string" && /^\d{4}-\d{2}$/.test(from)) calendar.start = `${from}-01`;
  if (typeof to === "string" && /^\d{4}-\d{2}-\d{2}$/.test(to)) calendar.end = to;
  if (typeof to === "object")
    calendar.end = isoDate(addDaysTo(mondayOf(parseIsoDate(calendar.start)!), 7 * to.week - 1));
  return calendar;
}

/** A side as the clerk writes it after "Từ" or "đến": the phrase table's forms, chosen at random. */
function sidePhrase(rand: Rand, b: Bound, role: "from" | "to", plan: Plan): string {
  if (typeof b === "object")
    return role === "from"
      ? pick(rand, [`tuần ${b.week}`, `tuần học thứ ${b.week}`, `tuần thứ ${b.week}`])
      : pick(rand, [`hết tuần ${b.week}`, `tuần ${b.week}`]);
  const points: Record<CalendarPoint, string[]> = {
    start: ["ngày khai giảng", "đầu năm học", "khai giảng năm học"],
    semester1End: ["kết thúc học kỳ I", "hết học kỳ I", "cuối học kỳ I", "hết HK I"],
    semester2Start: ["đầu học kỳ II", "học kỳ II", "đầu HK II"],
    end: ["kết thúc năm học", "cuối năm học", "hết năm học", "kết thúc học kỳ II"],
  };
  if (b in points) return pick(rand, points[b as CalendarPoint]);
  const date = resolveBound(b, role, plan)!;
  if (/^\d{4}-\d{2}$/.test(b)) {
    const month = `tháng ${date.getMonth() + 1}${chance(rand, 0.6) ? `/${date.getFullYear()}` : ""}`;
    return role === "to" && chance(rand, 0.6) ? `hết ${month}` : month;
  }
  const day = chance(rand, 0.7) ? formatDateShort(date) : `${date.getDate()}/${date.getMonth() + 1}`;
  return `${role === "to" && chance(rand, 0.5) ? "hết " : ""}${chance(rand, 0.7) ? "ngày " : ""}${day}`;
}

export interface GeneratedPhases {
  phases: Phase[];
  /** Each phase's line as the document writes it, after "- ". */
  lines: string[];
  /** Calendar points whose day a line prints (the tool's own form): import reads them. */
  stated: Set<CalendarPoint>;
  calendar: Plan["calendar"];
}

/** The day after a bound and the day before one, as a bound of the same kind: import's guess for a theme-only phase. */
const after = (b: Bound): Bound =>
  typeof b === "object"
    ? { week: b.week + 1 }
    : b === "semester1End"
      ? "semester2Start"
      : /^\d{4}-\d{2}$/.test(b)
        ? nextMonth(b, 1)
        : isoDate(addDaysTo(parseIsoDate(b)!, 1));
const before = (b: Bound): Bound =>
  typeof b === "object"
    ? { week: b.week - 1 }
    : b === "semester2Start"
      ? "semester1End"
      : /^\d{4}-\d{2}$/.test(b)
        ? nextMonth(b, -1)
        : isoDate(addDaysTo(parseIsoDate(b)!, -1));
function nextMonth(b: string, by: number): string {
  const [y, m] = b.split("-").map(Number) as [number, number];
  const d = new Date(y, m - 1 + by, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}

export function generatePhases(
  rand: Rand,
  y: number,
  n: number,
  office: boolean,
  basePlan: Omit<Plan, "phases">,
): GeneratedPhases {
  const { pairs } = scheme(rand, n, y);
  const calendar = calendarFor(y, pairs);
  const plan = { ...basePlan, calendar, phases: [] } as Plan;
  const themes = pairs.map(() => pick(rand, THEMES));
  const year = (t: (typeof THEMES)[number]): number => (t.month >= 8 ? y : y + 1);
  const named = office || chance(rand, 0.2);
  // Forms: a theme alone never next to another (import shares such a stretch out; the generator does not guess).
  const forms = pairs.map(() => pick(rand, ["own", "themed", "text", "text", "bracket", "theme"] as const));
  forms.forEach((f, i) => {
    if (f === "theme" && forms[i - 1] === "theme") forms[i] = "text";
  });
  const phases: Phase[] = [];
  const label: string[] = [];
  const stated = new Set<CalendarPoint>();
  const resolved = (p: Phase[]): ReturnType<typeof resolvePhases> => resolvePhases({ ...plan, phases: p });
  pairs.forEach(([from, to], i) => {
    const name = named ? `Đợt thi đua thứ ${ORDINALS[i]}` : undefined;
    label.push(name ?? `Đợt ${i + 1}`);
    const theme = themes[i]!.text(year(themes[i]!));
    const form = forms[i]!;
    if (form === "themed") {
      // The tool's line for a theme prints days: the plan holds those days.
      const r = resolved([{ from, to }])[0]!;
      phases.push({ ...(name ? { name } : {}), theme, from: isoDate(r.from), to: isoDate(r.to) });
    } else if (form === "text") {
      const time =
        `${pick(rand, ["Từ", "Từ", "từ"])} ${sidePhrase(rand, from, "from", plan)} ` +
        `${pick(rand, ["đến", "đến", "tới"])} ${sidePhrase(rand, to, "to", plan)}`;
      const rest = chance(rand, 0.7) ? `, ${theme.charAt(0).toLowerCase()}${theme.slice(1)}` : "";
      phases.push({
        ...(name ? { name } : {}),
        text: `${time.charAt(0).toUpperCase()}${time.slice(1)}${rest}${chance(rand, 0.6) ? "." : ""}`,
        from,
        to,
      });
    } else if (form === "bracket") {
      const time = chance(rand, 0.5)
        ? `${sidePhrase(rand, from, "from", plan)} đến ${sidePhrase(rand, to, "to", plan)}`
        : `từ ${sidePhrase(rand, from, "from", plan)} đến ${sidePhrase(rand, to, "to", plan)}`;
      phases.push({ ...(name ? { name } : {}), when: time, text: `${theme}.`, from, to });
    } else if (form === "theme") phases.push({ ...(name ? { name } : {}), text: `${theme}.`, from, to });
    else phases.push({ ...(name ? { name } : {}), from, to });
  });
  // A theme alone: the sides import guesses — the year's start or end, else against the neighbour's side.
  phases.forEach((p, i) => {
    if (forms[i] !== "theme") return;
    p.from = i === 0 ? "start" : after(phases[i - 1]!.to);
    p.to = i === phases.length - 1 ? "end" : before(phases[i + 1]!.from);
  });
  const lines = phases.map((p, i) => {
    const r = resolved(phases).find((x) => x.number === i + 1)!;
    if (forms[i] === "own") {
      for (const b of [p.from, p.to]) if (typeof b === "string" && !/^\d/.test(b)) stated.add(b as CalendarPoint);
      return phaseLine(r);
    }
    if (forms[i] === "themed") return phaseLine(r);
    return `${p.name ?? `Đợt ${i + 1}`}${p.when ? ` (${p.when})` : ""}: ${p.text}`;
  });
  return { phases, lines, stated, calendar };
}
