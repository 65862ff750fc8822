import catalogueData from "../../data/anniversaries.json" with { type: "json" };
import type { Plan } from "../plan.js";
import { isSpace } from "../text/space.js";
import { schoolYearOf, type SchoolYear } from "./calendar.js";
import { proseStrings } from "./prose.js";

export interface AnniversaryDay {
  id: string;
  day: number;
  month: number;
  baseYear: number;
  occasion: string;
  confirmed: boolean;
  pattern: RegExp;
}

export const ANNIVERSARY_DAYS: readonly AnniversaryDay[] = catalogueData.days.map((d) => ({
  id: d.id,
  day: d.day,
  month: d.month,
  baseYear: d.baseYear,
  occasion: d.occasion,
  confirmed: d.confirmed,
  pattern: new RegExp(d.patterns.join("|"), "iu"),
}));

/** "K năm … (dd/mm/yyyy - dd/mm/yyyy)": the ordinal is checkable from the two dates. */
const DATED = new RegExp(
  String.raw`(?<![\d/.,])(\d{1,3})\s+năm\s+([^()\n]{0,160}?)` +
    String.raw`\(\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–—]\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\)`,
  "gu",
);
/** "K năm <ngày …>" without dates: checkable against the catalogue. */
const UNDATED = /(?<![\d/.,])(\d{1,3})\s+năm\s+/gu;

export interface AnniversaryMention {
  /** Offsets of the written ordinal K in the string. */
  start: number;
  end: number;
  written: number;
  correct: number;
  occasion: string;
  kind: "dated" | "catalogue";
  /** The day celebrated, and the day counted from. */
  date: Date;
  base: Date;
  sameDay: boolean;
  confirmed: boolean;
}

/** The occurrence of day/month inside the school year that starts on calendar.start. */
export function occurrenceYear(day: number, month: number, year: SchoolYear): number {
  const startKey = (year.start.getMonth() + 1) * 100 + year.start.getDate();
  return month * 100 + day >= startKey ? year.startYear : year.endYear;
}

/** Whether a digit, blanks, then "năm" occur in the text: what both anniversary patterns start with. */
export function hasOrdinalYears(text: string): boolean {
  for (let at = text.indexOf("năm"); at >= 0; at = text.indexOf("năm", at + 3)) {
    let before = at - 1;
    if (before < 0 || !isSpace(text.charCodeAt(before))) continue;
    while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
    const c = text.charCodeAt(before - 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function findAnniversaries(text: string, year: SchoolYear): AnniversaryMention[] {
  const out: AnniversaryMention[] = [];
  // Both patterns need "K năm": most sentences have none ("năm học" is everywhere), and the regexes are the cost.
  if (!hasOrdinalYears(text)) return out;
  const datedStarts = new Set<number>();
  for (const m of text.matchAll(DATED)) {
    const [d1, m1, y1, d2, m2, y2] = [m[3], m[4], m[5], m[6], m[7], m[8]].map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const start = m.index!;
    datedStarts.add(start);
    out.push({
      start,
      end: start + m[1]!.length,
      written: Number(m[1]),
      correct: y2 - y1,
      occasion: m[2]!.trim().replace(/[,;]$/, ""),
      kind: "dated",
      date: new Date(y2, m2 - 1, d2),
      base: new Date(y1, m1 - 1, d1),
      sameDay: d1 === d2 && m1 === m2,
      confirmed: true,
    });
  }
  for (const m of text.matchAll(UNDATED)) {
    const start = m.index!;
    if (datedStarts.has(start)) continue;
    const after = text.slice(start + m[0].length, start + m[0].length + 120);
    const clause = after.split(/[;(]|\.\s|\.$/u)[0] ?? "";
    // The occasion must follow closely ("42 năm ngày Nhà giáo…"), not somewhere later in the sentence.
    const hit = ANNIVERSARY_DAYS.map((day) => ({ day, at: clause.search(day.pattern) }))
      .filter((h) => h.at >= 0 && h.at <= 40)
      .sort((a, b) => a.at - b.at)[0];
    if (!hit) continue;
    const explicit = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(clause);
    const celebrated =
      explicit && Number(explicit[1]) === hit.day.day && Number(explicit[2]) === hit.day.month
        ? Number(explicit[3])
        : occurrenceYear(hit.day.day, hit.day.month, year);
    out.push({
      start,
      end: start + m[1]!.length,
      written: Number(m[1]),
      correct: celebrated - hit.day.baseYear,
      occasion: hit.day.occasion,
      kind: "catalogue",
      date: new Date(celebrated, hit.day.month - 1, hit.day.day),
      base: new Date(hit.day.baseYear, hit.day.month - 1, hit.day.day),
      sameDay: true,
      confirmed: hit.day.confirmed,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface Celebrated {
  occasion: string;
  date: Date;
  ordinal: number;
  confirmed: boolean;
  source: "dated" | "catalogue";
}

/** The days the plan celebrates: dated mentions as written, and every catalogue day its prose names. */
export function celebratedDays(plan: Plan): Celebrated[] {
  const year = schoolYearOf(plan);
  // One entry per (day celebrated, year counted from): the same day named twice is one anniversary.
  const found = new Map<string, Celebrated>();
  const key = (date: Date, baseYear: number): string => `${date.getTime()}|${baseYear}`;
  const catalogueName = (date: Date, baseYear: number): AnniversaryDay | undefined =>
    ANNIVERSARY_DAYS.find(
      (d) => d.day === date.getDate() && d.month === date.getMonth() + 1 && d.baseYear === baseYear,
    );
  for (const { text } of proseStrings(plan)) {
    for (const m of findAnniversaries(text, year)) {
      if (m.kind !== "dated") continue;
      const known = catalogueName(m.date, m.base.getFullYear());
      found.set(key(m.date, m.base.getFullYear()), {
        occasion: known?.occasion ?? m.occasion,
        date: m.date,
        ordinal: m.correct,
        confirmed: true,
        source: "dated",
      });
    }
    for (const day of ANNIVERSARY_DAYS) {
      if (!day.pattern.test(text)) continue;
      const y = occurrenceYear(day.day, day.month, year);
      const date = new Date(y, day.month - 1, day.day);
      if (!found.has(key(date, day.baseYear)))
        found.set(key(date, day.baseYear), {
          occasion: day.occasion,
          date,
          ordinal: y - day.baseYear,
          confirmed: day.confirmed,
          source: "catalogue",
        });
    }
  }
  return [...found.values()].sort((a, b) => a.date.getTime() - b.date.getTime());
}
