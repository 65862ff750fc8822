// `plan new --from last-year.yaml --year 2025-2026`: last year's plan moved on. Edits go through
// yaml's Document API so the clerk's comments and key order survive. Căn cứ are never rewritten:
// a repealed one is flagged by validate (legal/repealed), not silently replaced.
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node } from "yaml";
import { findAnniversaries, occurrenceYear } from "../compute/anniversaries.js";
import { parseIsoDate } from "../compute/calendar.js";

export interface RollOverNote {
  line: number;
  text: string;
}

export interface RollOver {
  text: string;
  /** What the clerk must still decide: old years left in prose, căn cứ to check, the date to fill in. */
  notes: RollOverNote[];
}

/** "2024-11-20" or "2024-12" moved on by `years`, keeping its form; calendar points unchanged. */
export function shiftIsoDate(value: string, years: number): string {
  const m = /^(\d{4})-(\d{2})(-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const year = Number(m[1]) + years;
  if (!m[3]) return `${year}-${m[2]}`;
  // 29 February has no twin in a common year.
  const day = m[2] === "02" && m[4] === "29" && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? "28" : m[4];
  return `${year}-${m[2]}-${day}`;
}

function scalarAt(doc: Document, path: (string | number)[]): Scalar | undefined {
  const node = doc.getIn(path, true);
  return isScalar(node) ? node : undefined;
}

/** The school-year strings prose uses: "2024-2025", "2024 - 2025", "2024 – 2025". */
function replaceSchoolYear(text: string, from: [number, number], to: [number, number]): string {
  return text.replace(new RegExp(`\\b${from[0]}(\\s*[-–]\\s*)${from[1]}\\b`, "gu"), (_, sep: string) => `${to[0]}${sep}${to[1]}`);
}

/** Anniversary ordinals move with the year: "42 năm … (20/11/1982 - 20/11/2024)" → "43 năm … (20/11/1982 - 20/11/2025)". */
function rollAnniversaries(text: string, years: number, newStart: Date): string {
  const school = { startYear: newStart.getFullYear(), endYear: newStart.getFullYear() + 1, start: newStart, end: newStart };
  const mentions = findAnniversaries(text, [], school);
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

export function rollOver(source: string, newYear: string): RollOver {
  const doc = parseDocument(source, { keepSourceTokens: false });
  if (doc.errors.length) throw new Error(doc.errors[0]!.message);
  const old = String(doc.get("schoolYear") ?? "");
  const [oldStart, oldEnd] = old.split("-").map(Number) as [number, number];
  const [newStart, newEnd] = newYear.split("-").map(Number) as [number, number];
  const years = newStart - oldStart;
  const notes: RollOverNote[] = [];
  const lineOf = (node: Node | undefined): number => (node?.range ? source.slice(0, node.range[0]).split("\n").length : 1);

  doc.set("schoolYear", newYear);
  for (const point of ["start", "semester1End", "semester2Start", "end"]) {
    const s = scalarAt(doc, ["calendar", point]);
    if (s && typeof s.value === "string") s.value = shiftIsoDate(s.value, years);
  }
  const phases = doc.get("phases", true);
  if (isSeq(phases)) {
    phases.items.forEach((_, i) => {
      for (const bound of ["from", "to"]) {
        const s = scalarAt(doc, ["phases", i, bound]);
        if (s && typeof s.value === "string") s.value = shiftIsoDate(s.value, years);
      }
    });
  }
  // The văn thư assigns a new number; the date is set when the plan is signed (validate reminds).
  const number = scalarAt(doc, ["document", "number"]);
  if (number) {
    number.value = "";
    number.type = Scalar.QUOTE_DOUBLE;
  }
  const date = scalarAt(doc, ["document", "date"]);
  if (date) {
    date.value = "";
    date.type = Scalar.QUOTE_DOUBLE;
  }

  // Prose everywhere but the căn cứ: the school year and anniversary ordinals move on.
  const calendarStart = scalarAt(doc, ["calendar", "start"])?.value;
  const realStart = (typeof calendarStart === "string" ? parseIsoDate(calendarStart) : undefined) ?? new Date(newStart, 7, 1);
  // A year standing alone ("xuân 2025", "Khối thi đua năm 2024") may need the clerk; a range
  // ("giai đoạn 2021-2025", the new school year) and a date ("20/11/2024") do not.
  const lonelyYear = (text: string): RegExpExecArray | null => {
    const blanked = text.replace(/\d{4}\s*[-–]\s*\d{4}/gu, (m) => " ".repeat(m.length)).replace(/\d{1,2}\/\d{1,2}\/\d{4}/gu, (m) => " ".repeat(m.length));
    return new RegExp(`(?<![\\d/])(${oldStart}|${oldEnd === newStart ? oldStart : oldEnd})(?![\\d])`).exec(blanked);
  };
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) if (!(isScalar(pair.key) && pair.key.value === "legalBases")) visit(pair.value);
    } else if (isSeq(node)) node.items.forEach(visit);
    else if (isScalar(node) && typeof node.value === "string") {
      let text = replaceSchoolYear(node.value, [oldStart, oldEnd], [newStart, newEnd]);
      text = rollAnniversaries(text, years, realStart);
      if (text !== node.value) node.value = text;
      const leftover = lonelyYear(text);
      if (leftover && !/^\d{4}-\d{2}(-\d{2})?$/.test(text)) notes.push({ line: lineOf(node), text: `còn nhắc năm ${leftover[1]}: “…${text.slice(Math.max(0, leftover.index - 30), leftover.index + 4).trim()}…”` });
    }
  };
  visit(doc.contents);
  // Căn cứ of last year (the province's calendar decision, the Sở's guidance) have new editions.
  const bases = doc.get("legalBases", true);
  if (isSeq(bases)) {
    bases.items.forEach((item, i) => {
      // The title says what year a document is for; its number and date only say when it was issued.
      const title = isMap(item) ? String(item.get("title") ?? "") : isScalar(item) ? String(item.value) : "";
      if (new RegExp(`(?<!\\d)(${oldStart}|${oldEnd})(?!\\d)`).test(title.replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, "")))
        notes.push({ line: lineOf(item as Node), text: `căn cứ thứ ${i + 1} là văn bản của năm học cũ: thay bằng văn bản năm học ${newYear} nếu đã có` });
    });
  }
  notes.push({ line: lineOf(doc.getIn(["document", "date"], true) as Node), text: "điền ngày ban hành khi ký (date)" });
  notes.sort((a, b) => a.line - b.line);
  return { text: doc.toString({ lineWidth: 0, minContentWidth: 0 }), notes };
}
