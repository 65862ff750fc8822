// `plan new --from last-year.yaml --year 2025-2026`: last year's plan moved on. The new file is the old
// one with only the changed characters replaced (calendar, phases, school years, dates and anniversary
// ordinals in prose), so the clerk's comments, their alignment, quoting and blank lines stay as they
// were. Every change is reported with its line, and so is every date the tool did not dare to move.
// Căn cứ are never rewritten: a repealed one is flagged by validate (legal/repealed), not silently replaced.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Scalar } from "yaml";
import { findAnniversaries, occurrenceYear } from "../compute/anniversaries.js";
import { addDaysTo, isoDate, parseIsoDate } from "../compute/calendar.js";
import { mondayOf } from "../compute/weeks.js";
import { Positions } from "../load/positions.js";

export interface RollOverNote {
  line: number;
  text: string;
}

export interface RollOver {
  text: string;
  /** What the clerk must still decide: dates left in prose, căn cứ to check, last year's figures, the date to fill in. */
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

const WEEKDAY = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

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

/** One piece of prose moved on: the new text, what changed and what is left for the clerk. */
function rollProse(text: string, y: Years, realStart: Date): { text: string; changed: string[]; review: string[] } {
  const changed: string[] = [];
  const review: string[] = [];
  const protectedSpans = [...text.matchAll(ANNIVERSARY_SPAN)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const isProtected = (at: number): boolean => protectedSpans.some(([a, b]) => at >= a && at < b);
  const written = (d: number, m: number, yr: number): string => `${d}/${m}/${yr}`;

  // Dates first, while positions are those of the text as written.
  let out = text.replace(FULL_DATE, (whole, d: string, m: string, yr: string, at: number) => {
    const date = new Date(Number(yr), Number(m) - 1, Number(d));
    if (isProtected(at)) return whole;
    if (inSpan(date, y)) {
      const day = Number(m) === 2 && Number(d) === 29 && !isLeap(Number(yr) + y.years) ? "28" : d;
      const moved = `${day}/${m}/${Number(yr) + y.years}`;
      changed.push(`${whole} → ${moved}`);
      return moved;
    }
    if (recent(date, y)) review.push(`ngày ${written(Number(d), Number(m), Number(yr))} không thuộc năm học ${y.oldStart}-${y.oldEnd}: kiểm tra`);
    return whole;
  });
  out = out.replace(LONG_DATE, (whole, d: string, m: string, yr: string) => {
    const date = new Date(Number(yr), Number(m) - 1, Number(d));
    if (!inSpan(date, y)) {
      if (recent(date, y)) review.push(`“${whole}” không thuộc năm học ${y.oldStart}-${y.oldEnd}: kiểm tra`);
      return whole;
    }
    const moved = whole.replace(/\d{4}$/u, String(Number(yr) + y.years));
    changed.push(`${whole} → ${moved}`);
    return moved;
  });
  out = out.replace(MONTH_YEAR, (whole, m: string, yr: string) => {
    const month = Number(m);
    if (month < 1 || month > 12) return whole;
    const first = new Date(Number(yr), month - 1, 1);
    if (!inSpan(first, y)) {
      if (recent(first, y)) review.push(`tháng ${month}/${yr} không thuộc năm học ${y.oldStart}-${y.oldEnd}: kiểm tra`);
      return whole;
    }
    const moved = `${m}/${Number(yr) + y.years}`;
    changed.push(`${whole} → ${moved}`);
    return moved;
  });
  // School years: this one and the one before it are plainly relative to the plan ("kết quả năm học trước").
  out = out.replace(YEAR_RANGE, (whole, a: string, sep: string, b: string) => {
    const [from, to] = [Number(a), Number(b)];
    if (to !== from + 1) return whole;
    if (from === y.oldStart || from === y.oldStart - 1) {
      const moved = `${from + y.years}${sep}${to + y.years}`;
      changed.push(`${whole} → ${moved}`);
      return moved;
    }
    if (Math.abs(from - y.oldStart) <= 3) review.push(`còn nhắc năm học ${whole}: kiểm tra`);
    return whole;
  });
  const before = out;
  out = rollAnniversaries(out, y.years, realStart);
  if (out !== before) changed.push("số năm kỷ niệm");
  // A year standing alone ("xuân 2025", "Khối thi đua năm 2024") may need the clerk: both years of the old
  // school year, the one it shares with the new year too ("xuân 2026" in 2025-2026 is "xuân 2027" in 2026-2027).
  const blanked = text.replace(LONG_DATE, (m) => " ".repeat(m.length)).replace(/\d{4}\s*[-–]\s*\d{4}/gu, (m) => " ".repeat(m.length)).replace(/\d{1,2}\/\d{1,2}(\/\d{4})?|\d{1,2}\/\d{4}/gu, (m) => " ".repeat(m.length));
  const lonely = new RegExp(`(?<![\\d/])(${y.oldStart}|${y.oldEnd})(?![\\d])`, "u").exec(blanked);
  if (lonely) review.push(`còn nhắc năm ${lonely[1]}: “…${text.slice(Math.max(0, lonely.index - 30), lonely.index + 4).trim()}…”`);
  const lastYear = new RegExp(`(?<!\\d)${y.oldStart - 1}\\s*[-–]\\s*${y.oldStart}(?!\\d)`, "u");
  if ((LAST_YEAR_WORDS.test(text) || lastYear.test(text)) && FIGURE.test(text)) review.push("số liệu của năm học trước: cập nhật bằng kết quả năm học vừa kết thúc");
  return { text: out, changed, review };
}

/** Anniversary ordinals move with the year: "42 năm … (20/11/1982 - 20/11/2024)" → "43 năm … (20/11/1982 - 20/11/2025)". */
function rollAnniversaries(text: string, years: number, newStart: Date): string {
  const school = { startYear: newStart.getFullYear(), endYear: newStart.getFullYear() + 1, start: newStart, end: newStart };
  const mentions = findAnniversaries(text, school);
  let out = text;
  // Right to left, so earlier offsets stay valid.
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) {
    if (m.kind === "dated") {
      const tail = out.slice(m.end);
      const close = tail.indexOf(")");
      const dates = tail.slice(0, close + 1).replace(/(\d{1,2}\/\d{1,2}\/)(\d{4})(\s*\))$/u, (_, dm: string, y: string, end: string) => `${dm}${Number(y) + years}${end}`);
      out = `${out.slice(0, m.start)}${m.written + years}${dates}${tail.slice(close + 1)}`;
    } else {
      // The catalogue knows the right ordinal for the new year.
      const correct = occurrenceYear(m.date.getDate(), m.date.getMonth() + 1, school) - m.base.getFullYear();
      out = `${out.slice(0, m.start)}${correct}${out.slice(m.end)}`;
    }
  }
  return out;
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
  const y: Years = { oldStart, oldEnd, newStart, newEnd, years: newStart - oldStart, spanFrom: new Date(oldStart, 7, 1), spanTo: new Date(oldEnd, 6, 31) };
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
    edits.push(at >= 0 ? { start: node.range[0] + at, end: node.range[0] + at + node.value.length, text: next } : { start: node.range[0], end: node.range[1], text: JSON.stringify(next) });
  };
  const blank = (node: Scalar | undefined): void => {
    if (node?.range && node.value !== "") edits.push({ start: node.range[0], end: node.range[1], text: '""' });
  };

  replaceValue(scalar(["schoolYear"]), newYear);
  for (const point of ["start", "semester1End", "semester2Start", "end"]) {
    const s = scalar(["calendar", point]);
    if (s && typeof s.value === "string") replaceValue(s, shiftIsoDate(s.value, y.years));
  }
  // Week 1 starts on a Monday; a year later the same date is another weekday.
  const week1 = scalar(["calendar", "week1"]);
  const week1Date = typeof week1?.value === "string" ? parseIsoDate(shiftIsoDate(week1.value, y.years)) : undefined;
  if (week1 && week1Date) {
    // The nearest Monday: 08/9/2025 (a Monday) → 08/9/2026 (a Tuesday) → 07/9/2026.
    const back = mondayOf(week1Date);
    const monday = week1Date.getTime() - back.getTime() <= 3 * 86_400_000 ? back : addDaysTo(back, 7);
    replaceValue(week1, isoDate(monday));
    notes.push({ line: lineOf(week1), text: `tuần 1 bắt đầu thứ Hai ${isoDate(monday)}: kiểm tra theo ngày khai giảng năm học mới` });
  }
  const breaks = doc.getIn(["calendar", "breaks"], true);
  if (isSeq(breaks)) {
    breaks.items.forEach((_, i) => {
      for (const bound of ["from", "to"]) {
        const s = scalar(["calendar", "breaks", i, bound]);
        if (s && typeof s.value === "string") replaceValue(s, shiftIsoDate(s.value, y.years));
      }
      // Tết follows the lunar calendar: a year later it falls on other days.
      notes.push({ line: lineOf(breaks.items[i] as Node), text: "ngày nghỉ (Tết theo âm lịch) chỉ được dời sang năm mới: sửa theo lịch nghỉ năm học mới; các đợt tính theo tuần sẽ tự tính lại" });
    });
  }
  const phases = doc.get("phases", true);
  if (isSeq(phases)) {
    phases.items.forEach((_, i) => {
      for (const bound of ["from", "to"]) {
        const s = scalar(["phases", i, bound]);
        if (!s || typeof s.value !== "string") continue;
        const moved = shiftIsoDate(s.value, y.years);
        replaceValue(s, moved);
        // A day a year on is another weekday: a phase ending on a Saturday may now end on a Sunday.
        const [was, now] = [parseIsoDate(s.value), parseIsoDate(moved)];
        if (was && now && was.getDay() !== now.getDay())
          notes.push({ line: lineOf(s), text: `Đợt ${i + 1}: mốc ${s.value} (${WEEKDAY[was.getDay()]}) nay là ${moved} (${WEEKDAY[now.getDay()]}): kiểm tra, hoặc dùng tuần học { week: N }` });
      }
    });
  }
  // The văn thư assigns a new number; the date is set when the plan is signed (validate reminds).
  blank(scalar(["document", "number"]));
  const date = scalar(["document", "date"]);
  blank(date);

  const calendarStart = scalar(["calendar", "start"])?.value;
  const realStart = parseIsoDate(typeof calendarStart === "string" ? shiftIsoDate(calendarStart, y.years) : "") ?? new Date(newStart, 7, 1);
  // Prose everywhere but the căn cứ and the fields handled above.
  const SKIP = new Set(["legalBases", "calendar", "schoolYear", "from", "to", "number", "date", "code", "formatVersion", "level"]);
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) if (!(isScalar(pair.key) && SKIP.has(String(pair.key.value)))) visit(pair.value);
    } else if (isSeq(node)) node.items.forEach(visit);
    else if (isScalar(node) && typeof node.value === "string" && node.range) {
      const rolled = rollProse(node.value, y, realStart);
      replaceValue(node, rolled.text);
      const line = lineOf(node);
      if (rolled.changed.length) changes.push({ line, text: rolled.changed.join("; ") });
      for (const text of rolled.review) notes.push({ line, text });
    }
  };
  visit(doc.contents);
  legalBasisNotes(doc, y, newYear, lineOf, notes);
  notes.push({ line: lineOf(date), text: "điền ngày ban hành khi ký (date)" });
  notes.sort((a, b) => a.line - b.line);
  changes.sort((a, b) => a.line - b.line);
  let text = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) text = `${text.slice(0, e.start)}${e.text}${text.slice(e.end)}`;
  return { text, notes, changes };
}

/** Căn cứ of last year (the province's calendar decision, the Sở's guidance, last year's results) have new editions. */
function legalBasisNotes(doc: Document, y: Years, newYear: string, lineOf: (n: Node | undefined) => number, notes: RollOverNote[]): void {
  const bases = doc.get("legalBases", true);
  if (!isSeq(bases)) return;
  const previous = new RegExp(`(?<!\\d)${y.oldStart - 1}\\s*[-–]\\s*${y.oldStart}(?!\\d)`, "u");
  const current = new RegExp(`(?<!\\d)(${y.oldStart}|${y.oldEnd})(?!\\d)`, "u");
  bases.items.forEach((item, i) => {
    // The title says what year a document is for; its number and date only say when it was issued.
    const title = (isMap(item) ? String(item.get("title") ?? "") : isScalar(item) ? String(item.value) : "").replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, "");
    const line = lineOf(item as Node);
    if (previous.test(title)) notes.push({ line, text: `căn cứ thứ ${i + 1} nói về năm học ${y.oldStart - 1}-${y.oldStart}: thay bằng văn bản của năm học vừa kết thúc ${y.oldStart}-${y.oldEnd}` });
    else if (current.test(title)) notes.push({ line, text: `căn cứ thứ ${i + 1} là văn bản của năm học cũ: thay bằng văn bản năm học ${newYear} nếu đã có` });
  });
}
