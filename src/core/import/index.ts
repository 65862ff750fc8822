// `plan import`: a Word plan (.docx) → the plan file, and what the clerk must check, line by line.
import type { PathSegment } from "../diagnostic.js";
import { readDocx, type DocxProblem } from "./docx.js";
import { emitPlan } from "./emit.js";
import { interpret } from "./interpret.js";
import { DISAGREEMENTS, type Note } from "./notes.js";

export { IMPORT_NOTE_CODES, type ImportNoteCode, type Note } from "./notes.js";

export interface ImportNote extends Pick<Note, "code" | "args"> {
  /** 1-based line of the plan file the note is written on. */
  line: number;
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
  /** A note's words for its "# kiểm tra:" comment (src/messages/import-notes.ts): the core holds no sentences. */
  noteText: (note: Pick<Note, "code" | "args">) => string;
}

export function importDocx(bytes: Uint8Array, options: ImportOptions): ImportResult | { problem: DocxProblem } {
  const read = readDocx(bytes);
  if ("problem" in read) return read;
  const imported = interpret(read.blocks, options.today);
  const all = [...imported.review, ...imported.disagreements];
  const byPath = new Map<string, string[]>();
  for (const n of all) {
    const k = key(n.path);
    byPath.set(k, [...(byPath.get(k) ?? []), options.noteText(n)]);
  }
  const emitted = emitPlan(imported.plan, byPath, options.schemaPath, options.source);
  // A note's line: its own path's, or the nearest enclosing path that was written.
  const lineOf = (path: readonly PathSegment[]): number => {
    for (let n = path.length; n > 0; n--) {
      const line = emitted.lines.get(key(path.slice(0, n)));
      if (line) return line;
    }
    return 1;
  };
  const notes: ImportNote[] = all
    .map((n) => ({
      line: lineOf(n.path),
      code: n.code,
      ...(n.args ? { args: n.args } : {}),
      kind: DISAGREEMENTS.has(n.code) ? ("disagreement" as const) : ("review" as const),
    }))
    .sort((a, b) => a.line - b.line);
  return { text: emitted.text, notes };
}
