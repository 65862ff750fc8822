// `plan import`: a Word plan (.docx) → the plan file, and what the clerk must check, line by line.
import type { PathSegment } from "../diagnostic.js";
import { readDocx, type DocxProblem } from "./docx.js";
import { emitPlan } from "./emit.js";
import { interpret } from "./interpret.js";

export interface ImportNote {
  line: number;
  text: string;
  kind: "review" | "disagreement";
}

export interface ImportResult {
  text: string;
  notes: ImportNote[];
}

const key = (path: readonly PathSegment[]): string => path.map(String).join("/");

export interface ImportOptions {
  /** The modeline's path to the schema, relative to the new file. */
  schemaPath: string;
  /** The Word file's name, for the header comment. */
  source: string;
  /** Today's date, passed in: the school year of a document that names none. */
  today: Date;
}

export function importDocx(bytes: Uint8Array, options: ImportOptions): ImportResult | { problem: DocxProblem } {
  const read = readDocx(bytes);
  if ("problem" in read) return read;
  const imported = interpret(read.blocks, options.today);
  const byPath = new Map<string, string[]>();
  const add = (path: readonly PathSegment[], text: string): void => {
    const k = key(path);
    byPath.set(k, [...(byPath.get(k) ?? []), text]);
  };
  for (const n of imported.review) add(n.path, n.text);
  for (const n of imported.disagreements) add(n.path, n.text);
  for (const point of imported.assumedCalendar) add(["calendar", point], "văn bản không ghi mốc này; đây là ngày thường dùng, sửa theo lịch năm học của tỉnh");
  const emitted = emitPlan(imported.plan, byPath, options.schemaPath, options.source);
  // A note's line: its own path's, or the nearest enclosing path that was written.
  const lineOf = (path: readonly PathSegment[]): number => {
    for (let n = path.length; n > 0; n--) {
      const line = emitted.lines.get(key(path.slice(0, n)));
      if (line) return line;
    }
    return 1;
  };
  const notes: ImportNote[] = [
    ...imported.review.map((n) => ({ line: lineOf(n.path), text: n.text, kind: "review" as const })),
    ...imported.assumedCalendar.map((p) => ({ line: lineOf(["calendar", p]), text: `mốc ${p} lấy theo ngày thường dùng của cấp học`, kind: "review" as const })),
    ...imported.disagreements.map((n) => ({ line: lineOf(n.path), text: n.text, kind: "disagreement" as const })),
  ].sort((a, b) => a.line - b.line);
  return { text: emitted.text, notes };
}
