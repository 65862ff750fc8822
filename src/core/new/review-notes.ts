// What `plan new` could not decide is written into the new file too, as "# kiểm tra: …" just above the
// line it is about: validate warns at each one (text/review-note) until the clerk deletes it, so the list
// printed once on the day of `plan new` is not the only reminder. Never inside a text that runs over
// several lines (a | or > block, a sentence continued on the next line), where a comment line would become
// part of the clerk's words or end the sentence; and the file must read as the same data after, or no
// note is written at all.
import { isScalar, parseDocument, visit } from "yaml";
import type { RollOver, RollOverNote } from "./roll-over.js";

/** 1-based lines that continue a text begun on an earlier line: no comment may stand above them. */
function continuedLines(text: string): Set<number> {
  const inside = new Set<number>();
  const doc = parseDocument(text);
  const lineAt = (offset: number): number => text.slice(0, offset).split("\n").length;
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || !node.range) return;
      for (let l = lineAt(node.range[0]) + 1; l <= lineAt(Math.max(node.range[0], node.range[1] - 1)); l++)
        inside.add(l);
    },
  });
  return inside;
}

export function withReviewNotes(rolled: RollOver): RollOver {
  const lines = rolled.text.split("\n");
  const blocks = continuedLines(rolled.text);
  const above = new Map<number, string[]>();
  for (const n of rolled.notes) {
    if (n.line < 1 || n.line > lines.length || blocks.has(n.line)) continue;
    above.set(n.line, [...(above.get(n.line) ?? []), n.text.replace(/\s+/g, " ").trim()]);
  }
  if (!above.size) return rolled;
  const out: string[] = [];
  const moved = new Map<number, number>();
  lines.forEach((line, i) => {
    const notes = above.get(i + 1);
    if (notes) {
      const indent = /^\s*/.exec(line)![0];
      for (const note of notes) out.push(`${indent}# kiểm tra: ${note}`);
    }
    moved.set(i + 1, out.length + 1);
    out.push(line);
  });
  const text = out.join("\n");
  // Comments only: the same data, or the file is left as it was.
  if (JSON.stringify(parseDocument(text).toJS()) !== JSON.stringify(parseDocument(rolled.text).toJS())) return rolled;
  const shift = (n: RollOverNote): RollOverNote => ({ ...n, line: moved.get(n.line) ?? n.line });
  return { text, notes: rolled.notes.map(shift), changes: rolled.changes.map(shift) };
}
