// Issue 21: what `plan new` could not decide is written into the new file as "# kiểm tra: …" above its
// line, and validate warns at each note until the clerk deletes it; the data is the same as without them.
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { withReviewNotes } from "../src/core/new/review-notes.js";
import { rollOver } from "../src/core/new/roll-over.js";
import { check, exampleText } from "./helpers.js";

describe("plan new's notes in the file", () => {
  const rolled = rollOver(exampleText(), "2025-2026");
  const noted = withReviewNotes(rolled);
  const lines = noted.text.split("\n");

  it("writes one comment above each noted line, and the notes point at their lines", () => {
    expect(rolled.notes.length).toBeGreaterThan(3);
    for (const n of noted.notes) {
      expect(lines[n.line - 2], `${n.line}: ${n.text}`).toMatch(/^\s*# kiểm tra: /);
      expect(lines[n.line - 1]).not.toMatch(/^\s*# kiểm tra: /);
    }
    // Every change still points at the line it changed.
    for (const [i, c] of noted.changes.entries())
      expect(lines[c.line - 1]).toBe(rolled.text.split("\n")[rolled.changes[i]!.line - 1]);
  });

  it("changes no data: the same plan, only comments added", () => {
    expect(parseDocument(noted.text).toJS()).toEqual(parseDocument(rolled.text).toJS());
    // One comment line per note (none of the example's notes is inside a continued text).
    expect(lines.length - rolled.text.split("\n").length).toBe(rolled.notes.length);
  });

  it("validate warns at each note until it is deleted", () => {
    const warned = check(noted.text)
      .filter((d) => d.code === "text/review-note")
      .map((d) => d.range.start.line);
    const comments = lines.flatMap((l, i) => (/^\s*# kiểm tra: /.test(l) ? [i + 1] : []));
    expect(warned).toEqual(comments);
    const cleaned = lines.filter((l) => !/^\s*# kiểm tra: /.test(l)).join("\n");
    expect(check(cleaned).filter((d) => d.code === "text/review-note")).toEqual([]);
  });

  it("never writes a note inside a text that runs over several lines", () => {
    const text = "a:\n  - |\n    dòng một\n    dòng hai\n  - câu dài\n    nối tiếp\n";
    const out = withReviewNotes({
      text,
      notes: [
        { line: 4, text: "x" },
        { line: 6, text: "y" },
        { line: 5, text: "z" },
      ],
      changes: [],
    });
    expect(out.text).toBe("a:\n  - |\n    dòng một\n    dòng hai\n  # kiểm tra: z\n  - câu dài\n    nối tiếp\n");
    expect(parseDocument(out.text).toJS()).toEqual(parseDocument(text).toJS());
  });
});
