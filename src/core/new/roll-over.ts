// `plan new --from last-year.yaml --year 2025-2026`: last year's plan moved on. The new file is the old
// one with only the changed characters replaced (calendar, phases, school years, dates and anniversary
// ordinals in prose), so the clerk's comments, their alignment, quoting and blank lines stay as they
// were. Dates move with their meaning (calendar-move.ts, phase-move.ts, anniversary-roll.ts): a weekday
// stays a weekday, Tết follows the lunar calendar, an anniversary agrees with itself in every paragraph.
// Every change is reported with its line, and so is every date the tool did not dare to move.
// Căn cứ are never rewritten: a repealed one is flagged by validate (legal/repealed), not silently replaced.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Scalar } from "yaml";
import { daysBetween, isoDate, parseIsoDate, type SchoolYear } from "../compute/calendar.js";
import { Positions } from "../load/positions.js";
import type { Bound, Plan } from "../plan.js";
import { knownAnniversaries, rollAnniversaries, type KnownAnniversary } from "./anniversary-roll.js";
import {
  dayEn,
  dayVi,
  isWeekend,
  moveBreak,
  moveCalendar,
  POINT_EN,
  POINT_VI,
  sameDate,
  WEEKDAY,
  type OldCalendar,
  type Said,
} from "./calendar-move.js";
import { movePhases, type CalendarOnly } from "./phase-move.js";

export interface RollOverNote {
  line: number;
  text: string;
  /** The same in English, for `--lang en`; absent where the text reads the same in both. */
  en?: string;
}

export interface RollOver {
  text: string;
  /**
   * What the clerk must still decide: dates left in prose, căn cứ to check, last year's figures, the date to fill in.
   */
  notes: RollOverNote[];
  /** What the tool changed in the clerk's words, line by line. */
  changes: RollOverNote[];
}

const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** "2024-11-20" or "2024-12" moved on by `years`, keeping its form; calendar points unchanged. */
export function shiftIsoDate(value: string, years: number): string {
  const m = /^(\d{4})-(\d{2})(-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const year = Number(m[1]) + years;
  if (!m[3]) return `${year}-${m[2]}`;
  // 29 February has no twin in a common year.
  const day = m[2] === "02" && m[4] === "29" && !isLeap(year) ? "28" : m[4];
  return `${year}-${m[2]}-${day}`;
}

interface Years {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  years: number;
  /** First and last day of the old school year as the calendar knows it (August to July). */
  spanFrom: Date;
  spanTo: Date;
}

const inSpan = (date: Date, y: Years): boolean => date >= y.spanFrom && date <= y.spanTo;
/** Recent enough to be about this plan rather than a document of years ago. */
const recent = (date: Date, y: Years): boolean => date >= new Date(y.oldStart - 1, 0, 1);

/** "(20/11/1982 - 20/11/2024)": anniversary spans, moved by their own rule. */
const ANNIVERSARY_SPAN = /\(\s*\d{1,2}\/\d{1,2}\/\d{4}\s*[-–—]\s*\d{1,2}\/\d{1,2}\/\d{4}\s*\)/gu;
const FULL_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu;
const LONG_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/gu;
const MONTH_YEAR = /(?<![\d/])(\d{1,2})\/(\d{4})(?![\d/])/gu;
const YEAR_RANGE = /(?<![\d/])(\d{4})(\s*[-–]\s*)(\d{4})(?![\d/])/gu;
const LAST_YEAR_WORDS = /năm học trước|năm trước|năm học vừa qua/iu;
const FIGURE = /\d+\s*\/\s*\d+|\d+(?:,\d+)?\s*%|\d+\s+(?:đồng chí|đ\/c|người|giải|em|học sinh|lớp)/iu;

/** Old dates of the calendar and the phases, with where they moved: the same day in prose moves with them. */
type Anchors = Map<string, { to: Date; what: Said }>;

/** "22/11/2025" written again as the clerk writes days: "05/9" keeps its padded day, "5/9" does not. */
function writtenLike(whole: string, date: Date): string {
  const [d, m] = whole.split("/") as [string, string];
  const day = d.length === 2 ? String(date.getDate()).padStart(2, "0") : String(date.getDate());
  const month = m.length === 2 ? String(date.getMonth() + 1).padStart(2, "0") : String(date.getMonth() + 1);
  return `${day}/${month}/${date.getFullYear()}`;
}

/** Said the same in both languages: a move written as figures ("2024 - 2025 → 2025 - 2026"). */
const both = (text: string): Said => ({ vi: text, en: text });

/** One piece of prose moved on: the new text, what changed and what is left for the clerk. */
function rollProse(
  text: string,
  y: Years,
  newSchool: SchoolYear,
  known: Map<string, KnownAnniversary>,
  anchors: Anchors,
): { text: string; changed: Said[]; review: Said[] } {
  const changed: Said[] = [];
  const review: Said[] = [];
  const protectedSpans = [...text.matchAll(ANNIVERSARY_SPAN)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const isProtected = (at: number): boolean => protectedSpans.some(([a, b]) => at >= a && at < b);
  const written = (d: number, m: number, yr: number): string => `${d}/${m}/${yr}`;
  const outside = `năm học ${y.oldStart}-${y.oldEnd}`;
  const outsideEn = `school year ${y.oldStart}-${y.oldEnd}`;
  // A day a year on keeps its date (a deadline, a holiday) but not its weekday: a weekend is said.
  const weekend = (date: Date): string => (isWeekend(date) ? ` (${WEEKDAY[date.getDay()]})` : "");
  const weekendEn = (date: Date): string =>
    isWeekend(date) ? ` (${date.getDay() === 0 ? "Sunday" : "Saturday"})` : "";

  // Dates first, while positions are those of the text as written.
  let out = text.replace(FULL_DATE, (whole, d: string, m: string, yr: string, at: number) => {
    const date = new Date(Number(yr), Number(m) - 1, Number(d));
    if (isProtected(at)) return whole;
    const anchor = anchors.get(isoDate(date));
    if (anchor) {
      // The day a phase ends or the year starts, named again in prose: it moves as that bound moved.
      const moved = writtenLike(whole, anchor.to);
      changed.push({
        vi: `${whole} → ${moved}${weekend(anchor.to)}, như ${anchor.what.vi}`,
        en: `${whole} → ${moved}${weekendEn(anchor.to)}, as the ${anchor.what.en}`,
      });
      return moved;
    }
    if (inSpan(date, y)) {
      const day = Number(m) === 2 && Number(d) === 29 && !isLeap(Number(yr) + y.years) ? "28" : d;
      const moved = `${day}/${m}/${Number(yr) + y.years}`;
      const now = new Date(Number(yr) + y.years, Number(m) - 1, Number(day));
      changed.push({ vi: `${whole} → ${moved}${weekend(now)}`, en: `${whole} → ${moved}${weekendEn(now)}` });
      return moved;
    }
    if (recent(date, y))
      review.push({
        vi: `ngày ${written(Number(d), Number(m), Number(yr))} không thuộc ${outside}: kiểm tra`,
        en: `${written(Number(d), Number(m), Number(yr))} is not in ${outsideEn}: check`,
      });
    return whole;
  });
  out = out.replace(LONG_DATE, (whole, d: string, m: string, yr: string) => {
    const date = new Date(Number(yr), Number(m) - 1, Number(d));
    const anchor = anchors.get(isoDate(date));
    if (anchor) {
      const to = anchor.to;
      const moved =
        `ngày ${d.length === 2 ? String(to.getDate()).padStart(2, "0") : to.getDate()} tháng ` +
        `${m.length === 2 ? String(to.getMonth() + 1).padStart(2, "0") : to.getMonth() + 1} năm ` +
        `${to.getFullYear()}`;
      changed.push({
        vi: `${whole} → ${moved}${weekend(to)}, như ${anchor.what.vi}`,
        en: `${whole} → ${moved}${weekendEn(to)}, as the ${anchor.what.en}`,
      });
      return moved;
    }
    if (!inSpan(date, y)) {
      if (recent(date, y))
        review.push({
          vi: `“${whole}” không thuộc ${outside}: kiểm tra`,
          en: `“${whole}” is not in ${outsideEn}: check`,
        });
      return whole;
    }
    const moved = whole.replace(/\d{4}$/u, String(Number(yr) + y.years));
    const now = sameDate(date, y.years);
    changed.push({ vi: `${whole} → ${moved}${weekend(now)}`, en: `${whole} → ${moved}${weekendEn(now)}` });
    return moved;
  });
  out = out.replace(MONTH_YEAR, (whole, m: string, yr: string) => {
    const month = Number(m);
    if (month < 1 || month > 12) return whole;
    const first = new Date(Number(yr), month - 1, 1);
    if (!inSpan(first, y)) {
      if (recent(first, y))
        review.push({
          vi: `tháng ${month}/${yr} không thuộc ${outside}: kiểm tra`,
          en: `month ${month}/${yr} is not in ${outsideEn}: check`,
        });
      return whole;
    }
    const moved = `${m}/${Number(yr) + y.years}`;
    changed.push(both(`${whole} → ${moved}`));
    return moved;
  });
  // School years: this one and the one before it are plainly relative to the plan ("kết quả năm học trước").
  out = out.replace(YEAR_RANGE, (whole, a: string, sep: string, b: string) => {
    const [from, to] = [Number(a), Number(b)];
    if (to !== from + 1) return whole;
    if (from === y.oldStart || from === y.oldStart - 1) {
      const moved = `${from + y.years}${sep}${to + y.years}`;
      changed.push(both(`${whole} → ${moved}`));
      return moved;
    }
    if (Math.abs(from - y.oldStart) <= 3)
      review.push({ vi: `còn nhắc năm học ${whole}: kiểm tra`, en: `still names school year ${whole}: check` });
    return whole;
  });
  const anniversaries = rollAnniversaries(out, y.years, [y.oldStart, y.oldEnd], newSchool, known);
  out = anniversaries.text;
  changed.push(...anniversaries.changed);
  review.push(...anniversaries.review);
  // A year standing alone ("xuân 2025", "Khối thi đua năm 2024") may need the clerk: both years of the old
  // school year, the one it shares with the new year too ("xuân 2026" in 2025-2026 is "xuân 2027" in 2026-2027).
  const blanked = text
    .replace(LONG_DATE, (m) => " ".repeat(m.length))
    .replace(/\d{4}\s*[-–]\s*\d{4}/gu, (m) => " ".repeat(m.length))
    .replace(/\d{1,2}\/\d{1,2}(\/\d{4})?|\d{1,2}\/\d{4}/gu, (m) => " ".repeat(m.length));
  const lonely = new RegExp(`(?<![\\d/])(${y.oldStart}|${y.oldEnd})(?![\\d])`, "u").exec(blanked);
  if (lonely) {
    const quote = text.slice(Math.max(0, lonely.index - 30), lonely.index + 4).trim();
    review.push({
      vi: `còn nhắc năm ${lonely[1]}: “…${quote}…”`,
      en: `still names the year ${lonely[1]}: “…${quote}…”`,
    });
  }
  const lastYear = new RegExp(`(?<!\\d)${y.oldStart - 1}\\s*[-–]\\s*${y.oldStart}(?!\\d)`, "u");
  if ((LAST_YEAR_WORDS.test(text) || lastYear.test(text)) && FIGURE.test(text))
    review.push({
      vi: "số liệu của năm học trước: cập nhật bằng kết quả năm học vừa kết thúc",
      en: "last year's figures: update them with the results of the year just ended",
    });
  return { text: out, changed, review };
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function rollOver(source: string, newYear: string): RollOver {
  const doc = parseDocument(source, { keepSourceTokens: false });
  if (doc.errors.length) throw new Error(doc.errors[0]!.message);
  const old = String(doc.get("schoolYear") ?? "");
  const [oldStart, oldEnd] = old.split("-").map(Number) as [number, number];
  const [newStart, newEnd] = newYear.split("-").map(Number) as [number, number];
  const y: Years = {
    oldStart,
    oldEnd,
    newStart,
    newEnd,
    years: newStart - oldStart,
    spanFrom: new Date(oldStart, 7, 1),
    spanTo: new Date(oldEnd, 6, 31),
  };
  const edits: Edit[] = [];
  const notes: RollOverNote[] = [];
  const changes: RollOverNote[] = [];
  const positions = new Positions(doc, source);
  const lineOf = (node: Node | undefined): number => (node?.range ? positions.position(node.range[0]).line : 1);
  const scalar = (path: (string | number)[]): Scalar | undefined => {
    const node = doc.getIn(path, true);
    return isScalar(node) && node.range ? node : undefined;
  };
  /** Replaces the scalar's value inside its source token, keeping its quotes and anything around it. */
  const replaceValue = (node: Scalar | undefined, next: string): void => {
    if (!node?.range || typeof node.value !== "string" || node.value === next) return;
    const raw = source.slice(node.range[0], node.range[1]);
    const at = raw.indexOf(node.value);
    edits.push(
      at >= 0
        ? { start: node.range[0] + at, end: node.range[0] + at + node.value.length, text: next }
        : { start: node.range[0], end: node.range[1], text: JSON.stringify(next) },
    );
    valueEnds.push(node.range[1]);
  };
  /**
   * Where a changed value ends: a comment after it on its line describes it ("# Từ tháng 12/2024") and moves with it.
   */
  const valueEnds: number[] = [];
  const anchors: Anchors = new Map();
  const anchor = (from: Date, to: Date, what: Said): void => {
    // Only a day that did not simply keep its date needs prose to follow it.
    if (isoDate(to) !== isoDate(sameDate(from, y.years)) && !anchors.has(isoDate(from)))
      anchors.set(isoDate(from), { to, what });
  };
  const blank = (node: Scalar | undefined): void => {
    if (node?.range && node.value !== "") edits.push({ start: node.range[0], end: node.range[1], text: '""' });
  };

  replaceValue(scalar(["schoolYear"]), newYear);
  const note = (line: number, said: Said): void => void notes.push({ line, text: said.vi, en: said.en });
  const change = (line: number, said: Said): void => void changes.push({ line, text: said.vi, en: said.en });

  // The calendar: points by weekday (or their fixed day), week 1 by its Monday, breaks by Tết or weekday.
  const POINTS = ["start", "semester1End", "semester2Start", "end"] as const;
  const str = (path: (string | number)[]): string | undefined => {
    const v = scalar(path)?.value;
    return typeof v === "string" ? v : undefined;
  };
  const oldDates = Object.fromEntries(POINTS.map((p) => [p, parseIsoDate(str(["calendar", p]) ?? "")])) as Record<
    (typeof POINTS)[number],
    Date | undefined
  >;
  const oldWeek1 = str(["calendar", "week1"]);
  const newCalendar: Record<string, string> = {};
  const oldCalendar: Record<string, string> = {};
  if (POINTS.every((p) => oldDates[p])) {
    const frame: OldCalendar = {
      start: oldDates.start!,
      semester1End: oldDates.semester1End!,
      semester2Start: oldDates.semester2Start!,
      end: oldDates.end!,
      week1: oldWeek1 ? parseIsoDate(oldWeek1) : undefined,
    };
    for (const move of moveCalendar(frame, y.years)) {
      const node = scalar(["calendar", move.point]);
      replaceValue(node, isoDate(move.to));
      oldCalendar[move.point] = isoDate(move.from);
      newCalendar[move.point] = isoDate(move.to);
      anchor(move.from, move.to, { vi: POINT_VI[move.point], en: POINT_EN[move.point] });
      const line = lineOf(node);
      change(line, {
        vi: `${POINT_VI[move.point]}: ${dayVi(move.from)} → ${dayVi(move.to)}, ${move.why.vi}`,
        en: `${POINT_EN[move.point]}: ${dayEn(move.from)} → ${dayEn(move.to)}, ${move.why.en}`,
      });
      // A school day on a weekend is possible (khai giảng on 05/9, a Saturday's closing), never silent.
      if (isWeekend(move.to))
        note(line, {
          vi: `${POINT_VI[move.point]} ${dayVi(move.to)} là ngày cuối tuần: kiểm tra theo quyết định của UBND tỉnh`,
          en: `${POINT_EN[move.point]} ${dayEn(move.to)} is on a weekend: check it against the province's decision`,
        });
    }
  } else {
    // A calendar that does not read as dates is validate's to report; here it only moves by year.
    for (const point of [...POINTS, "week1"]) {
      const s = scalar(["calendar", point]);
      if (s && typeof s.value === "string") replaceValue(s, shiftIsoDate(s.value, y.years));
    }
    note(lineOf(doc.getIn(["calendar"], true) as Node), {
      vi: "lịch năm học có ngày không đọc được nên chỉ dời năm: kiểm tra",
      en: "the calendar has dates that do not read, so only their year moved: check",
    });
  }
  const breaks = doc.getIn(["calendar", "breaks"], true);
  const oldBreaks: { name?: string; from: string; to: string }[] = [];
  const newBreaks: { name?: string; from: string; to: string }[] = [];
  const breakLines: number[] = [];
  if (isSeq(breaks)) {
    breaks.items.forEach((item, i) => {
      const [from, to] = [
        parseIsoDate(str(["calendar", "breaks", i, "from"]) ?? ""),
        parseIsoDate(str(["calendar", "breaks", i, "to"]) ?? ""),
      ];
      const name = str(["calendar", "breaks", i, "name"]);
      const line = lineOf(item as Node);
      if (!from || !to) {
        note(line, {
          vi: "ngày nghỉ không đọc được: sửa theo lịch nghỉ năm học mới",
          en: "a break whose dates do not read: set it from the new calendar",
        });
        return;
      }
      const moved = moveBreak({ name, from, to }, y.years, y.oldEnd);
      replaceValue(scalar(["calendar", "breaks", i, "from"]), isoDate(moved.from));
      replaceValue(scalar(["calendar", "breaks", i, "to"]), isoDate(moved.to));
      if (moved.name !== undefined && moved.name !== name)
        replaceValue(scalar(["calendar", "breaks", i, "name"]), moved.name);
      oldBreaks.push({ name, from: isoDate(from), to: isoDate(to) });
      newBreaks.push({ name: moved.name, from: isoDate(moved.from), to: isoDate(moved.to) });
      breakLines.push(line);
      change(line, moved.said);
      if (moved.check) note(line, moved.check);
      const what = name ?? "kỳ nghỉ";
      anchor(from, moved.from, { vi: `ngày đầu “${what}”`, en: `first day of “${what}”` });
      anchor(to, moved.to, { vi: `ngày cuối “${what}”`, en: `last day of “${what}”` });
    });
  }
  const oldCal: CalendarOnly = {
    schoolYear: old,
    calendar: { ...(oldCalendar as Plan["calendar"]), breaks: oldBreaks },
  };
  const newCal: CalendarOnly = {
    schoolYear: newYear,
    calendar: { ...(newCalendar as Plan["calendar"]), breaks: newBreaks },
  };
  if (Object.keys(newCalendar).length) breakMeaning(oldCal, newCal, (i) => breakLines[i]!, note);

  const phases = doc.get("phases", true);
  if (isSeq(phases) && Object.keys(newCalendar).length) {
    const words = (i: number): string => ["name", "theme", "text"].map((k) => str(["phases", i, k]) ?? "").join(" ");
    const bound = (i: number, role: string): Bound => {
      const node = doc.getIn(["phases", i, role], true);
      if (isScalar(node)) return String(node.value);
      return isMap(node) && typeof node.get("week") === "number" ? { week: node.get("week") as number } : "";
    };
    const list = phases.items.map((_, i) => ({
      from: bound(i, "from"),
      to: bound(i, "to"),
      words: words(i),
      name: str(["phases", i, "name"]) ?? `Đợt ${i + 1}`,
    }));
    for (const out of movePhases(list, oldCal, newCal, y.years)) {
      const node = doc.getIn(["phases", out.phase, out.role], true) as Node | undefined;
      if (out.value !== undefined) replaceValue(scalar(["phases", out.phase, out.role]), out.value);
      const [was, now] = [parseIsoDate(String(list[out.phase]![out.role])), parseIsoDate(out.value ?? "")];
      const phaseName = list[out.phase]!.name;
      if (was && now)
        anchor(
          was,
          now,
          out.role === "from"
            ? { vi: `ngày đầu ${phaseName}`, en: `first day of ${phaseName}` }
            : { vi: `ngày cuối ${phaseName}`, en: `last day of ${phaseName}` },
        );
      if (out.moved) change(lineOf(node), out.moved);
      if (out.check) note(lineOf(node), out.check);
    }
  } else if (isSeq(phases)) {
    // Without a calendar to resolve them against, bounds only move by year.
    phases.items.forEach((_, i) => {
      for (const role of ["from", "to"]) {
        const s = scalar(["phases", i, role]);
        if (s && typeof s.value === "string") replaceValue(s, shiftIsoDate(s.value, y.years));
      }
    });
  }
  // The văn thư assigns a new number; the date is set when the plan is signed (validate reminds).
  blank(scalar(["document", "number"]));
  const date = scalar(["document", "date"]);
  blank(date);

  const realStart = parseIsoDate(newCalendar.start ?? "") ?? new Date(newStart, 7, 1);
  const newSchool: SchoolYear = {
    startYear: realStart.getFullYear(),
    endYear: realStart.getFullYear() + 1,
    start: realStart,
    end: realStart,
  };
  // Prose everywhere but the căn cứ and the fields handled above.
  const SKIP = new Set([
    "legalBases",
    "calendar",
    "schoolYear",
    "from",
    "to",
    "number",
    "date",
    "code",
    "formatVersion",
    "level",
  ]);
  const prose: Scalar[] = [];
  const collect = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) if (!(isScalar(pair.key) && SKIP.has(String(pair.key.value)))) collect(pair.value);
    } else if (isSeq(node)) node.items.forEach(collect);
    else if (isScalar(node) && typeof node.value === "string" && node.range) prose.push(node);
  };
  collect(doc.contents);
  // Anniversaries the plan dates somewhere: their undated mentions elsewhere move with them.
  const known = knownAnniversaries(
    prose.map((n) => String(n.value)),
    [oldStart, oldEnd],
  );
  const visit = (): void => {
    for (const node of prose) {
      const rolled = rollProse(String(node.value), y, newSchool, known, anchors);
      replaceValue(node, rolled.text);
      const line = lineOf(node);
      if (rolled.changed.length)
        changes.push({
          line,
          text: rolled.changed.map((c) => c.vi).join("; "),
          en: rolled.changed.map((c) => c.en).join("; "),
        });
      for (const said of rolled.review) note(line, said);
    }
  };
  visit();
  legalBasisNotes(doc, y, newYear, lineOf, note);
  note(lineOf(date), { vi: "điền ngày ban hành khi ký (date)", en: "fill in the date of issue when signing (date)" });
  notes.sort((a, b) => a.line - b.line);
  changes.sort((a, b) => a.line - b.line);
  for (const end of valueEnds) {
    const rest = /^([ \t]+#)([^\r\n]*)/u.exec(source.slice(end));
    if (!rest) continue;
    const comment = rest[2]!;
    const moved = rollProse(comment, y, newSchool, new Map(), anchors).text;
    const at = end + rest[1]!.length;
    if (moved !== comment) edits.push({ start: at, end: at + comment.length, text: moved });
  }
  // A comment line that names the school year ("# KẾ HOẠCH … NĂM HỌC 2024 - 2025") is the file's title for the clerk:
  // it moves too.
  const yearInComment = new RegExp(`(năm học\\s+)${oldStart}(\\s*[-–]\\s*)${oldEnd}(?!\\d)`, "giu");
  let lineStart = 0;
  source.split("\n").forEach((line, i) => {
    if (/^\s*#/u.test(line))
      for (const m of line.matchAll(yearInComment)) {
        const at = lineStart + m.index! + m[1]!.length;
        const moved = `${newStart}${m[2]}${newEnd}`;
        edits.push({ start: at, end: at + m[0].length - m[1]!.length, text: moved });
        changes.push({
          line: i + 1,
          text: `ghi chú: ${m[0]} → ${m[1]}${moved}`,
          en: `comment: ${m[0]} → ${m[1]}${moved}`,
        });
      }
    lineStart += line.length + 1;
  });
  changes.sort((a, b) => a.line - b.line);
  let text = source;
  for (const e of edits.sort((a, b) => b.start - a.start))
    text = `${text.slice(0, e.start)}${e.text}${text.slice(e.end)}`;
  return { text, notes, changes };
}

/** A break that changed sides of a calendar point (Tết before HK I ends, now after) means another year's shape. */
function breakMeaning(
  oldCal: CalendarOnly,
  newCal: CalendarOnly,
  lineOfBreak: (i: number) => number,
  note: (line: number, said: Said) => void,
): void {
  const points = ["start", "semester1End", "semester2Start", "end"] as const;
  const side = (c: CalendarOnly, i: number, p: (typeof points)[number]): number => {
    const b = c.calendar.breaks![i]!;
    const at = parseIsoDate(c.calendar[p])!;
    return parseIsoDate(b.to)! < at ? -1 : parseIsoDate(b.from)! > at ? 1 : 0;
  };
  const words = (n: number, p: (typeof points)[number]): Said =>
    n < 0
      ? { vi: `trước ${POINT_VI[p]}`, en: `before the ${POINT_EN[p]}` }
      : n > 0
        ? { vi: `sau ${POINT_VI[p]}`, en: `after the ${POINT_EN[p]}` }
        : { vi: `trùm ${POINT_VI[p]}`, en: `over the ${POINT_EN[p]}` };
  // A break over a whole Monday-to-Friday takes that week out of the count ("tuần 19" comes a week later).
  const wholeWeeks = (c: CalendarOnly, i: number): number => {
    const b = c.calendar.breaks![i]!;
    const [from, to] = [parseIsoDate(b.from)!, parseIsoDate(b.to)!];
    let n = 0;
    for (let d = from; d <= to; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1))
      if (d.getDay() === 1 && daysBetween(d, to) >= 4) n++;
    return n;
  };
  (oldCal.calendar.breaks ?? []).forEach((b, i) => {
    const [was, now] = [wholeWeeks(oldCal, i), wholeWeeks(newCal, i)];
    if (was !== now) {
      const name = b.name ?? `kỳ nghỉ ${i + 1}`;
      note(lineOfBreak(i), {
        vi:
          `“${name}” năm trước trùm ${was} tuần học trọn (thứ Hai đến thứ Sáu), nay ${now}: các tuần sau kỳ nghỉ ` +
          `đánh số khác, kiểm tra các mốc “tuần N”`,
        en:
          `“${name}” covered ${was} whole school week(s) (Monday to Friday) last year, now ${now}: the weeks after ` +
          `it are numbered differently, check the “week N” bounds`,
      });
    }
    for (const p of points) {
      const [was, now] = [side(oldCal, i, p), side(newCal, i, p)];
      if (was === now) continue;
      const name = b.name ?? `kỳ nghỉ ${i + 1}`;
      note(lineOfBreak(i), {
        vi:
          `“${name}” năm trước ${words(was, p).vi}, nay ${words(now, p).vi} (${formatDays(newCal, i)}): kiểm tra ` +
          `lịch học kỳ`,
        en:
          `“${name}” was ${words(was, p).en}, now ${words(now, p).en} (${formatDays(newCal, i)}): check the ` +
          `semesters`,
      });
    }
  });
}

const formatDays = (c: CalendarOnly, i: number): string => {
  const b = c.calendar.breaks![i]!;
  return `${dayVi(parseIsoDate(b.from)!)} - ${dayVi(parseIsoDate(b.to)!)}`;
};

/** Căn cứ of last year (the province's calendar decision, the Sở's guidance, last year's results) have new editions. */
function legalBasisNotes(
  doc: Document,
  y: Years,
  newYear: string,
  lineOf: (n: Node | undefined) => number,
  note: (line: number, said: Said) => void,
): void {
  const bases = doc.get("legalBases", true);
  if (!isSeq(bases)) return;
  const previous = new RegExp(`(?<!\\d)${y.oldStart - 1}\\s*[-–]\\s*${y.oldStart}(?!\\d)`, "u");
  const current = new RegExp(`(?<!\\d)(${y.oldStart}|${y.oldEnd})(?!\\d)`, "u");
  bases.items.forEach((item, i) => {
    // The title says what year a document is for; its number and date only say when it was issued.
    const title = (isMap(item) ? String(item.get("title") ?? "") : isScalar(item) ? String(item.value) : "").replace(
      /\d{1,2}\/\d{1,2}\/\d{4}/g,
      "",
    );
    const line = lineOf(item as Node);
    if (previous.test(title))
      note(line, {
        vi:
          `căn cứ thứ ${i + 1} nói về năm học ${y.oldStart - 1}-${y.oldStart}: thay bằng văn bản của năm học vừa ` +
          `kết thúc ${y.oldStart}-${y.oldEnd}`,
        en:
          `legal basis ${i + 1} is about school year ${y.oldStart - 1}-${y.oldStart}: replace it with the document ` +
          `of the year just ended, ${y.oldStart}-${y.oldEnd}`,
      });
    else if (current.test(title))
      note(line, {
        vi: `căn cứ thứ ${i + 1} là văn bản của năm học cũ: thay bằng văn bản năm học ${newYear} nếu đã có`,
        en: `legal basis ${i + 1} is last year's document: replace it with the ${newYear} one if it exists`,
      });
  });
}
