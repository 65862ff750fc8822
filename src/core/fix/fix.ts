// `plan fix`: the file rewritten to say what the clerk meant, one line at a time. Each change comes
// from a diagnostic that names the line to write (`args.fix`) or the value to write (`args.write`);
// a slip with two plausible readings changes nothing and is said. Only the lines at fault change:
// comments, key order, blank lines and line endings stay as they were. Which codes are mended is the
// codes' metadata's to say (`fixable`, src/core/rules/catalogue.ts); this file only knows how.
import type { Diagnostic, DiagnosticCode } from "../diagnostic.js";
import { load } from "../load/load.js";
import { quotedLine, splitLine } from "../load/slips.js";
import { FIXABLE } from "../rules/catalogue.js";
import { validate } from "../validate/validate.js";

export interface FixChange {
  line: number;
  before: string;
  after: string;
  /** The codes whose findings the change answers. */
  mends: DiagnosticCode[];
}

export interface FixResult {
  text: string;
  changes: FixChange[];
  /** Slips with two readings: reported, never changed. */
  undecided: { line: number; text: string }[];
}

const UNDECIDED: Record<string, string> = {
  "text/joined-lines": "đoạn viết trên nhiều dòng: một đoạn hay nhiều mục? Không tự sửa.",
  // Only the slips with two readings get here: one reading carries its line in `fix`.
  "text/number-form": "số có dấu chấm hay dấu phẩy đọc được hai cách (hàng nghìn hay thập phân?). Không tự sửa.",
  "yaml/indentation": "thụt lề lệch: không rõ dòng này thuộc mục nào. Không tự sửa.",
};

function findings(text: string): Diagnostic[] {
  const loaded = load(text);
  return validate(loaded);
}

/** The line a diagnostic asks to write, if the reading is certain. */
function lineFor(d: Diagnostic, lines: readonly string[]): { line: number; after: string } | undefined {
  if (!FIXABLE.has(d.code)) return undefined;
  const line = d.range.start.line;
  const current = lines[line - 1];
  if (current === undefined) return undefined;
  // A slip found on its line names the line to write.
  if (typeof d.args.fix === "string" && d.args.fix && typeof d.args.line === "number")
    return { line: d.args.line, after: d.args.fix };
  // A parser error on a sentence with a colon: the whole text in quotes.
  if (d.code === "yaml/colon-in-text") {
    const quoted = quotedLine(current);
    return quoted ? { line, after: quoted } : undefined;
  }
  // An empty `fix`: the slip has no one reading here, and its line stays.
  if (typeof d.args.fix === "string") return undefined;
  if (d.code === "text/merged-items" && typeof d.args.line === "number") {
    // Align the swallowed item's "-" with the item above it.
    const n = d.args.line;
    for (let up = n - 2; up >= 0; up--) {
      const above = splitLine(lines[up]!);
      if (above.dash) return { line: n, after: `${above.indent}${lines[n - 1]!.trimStart()}` };
    }
    return undefined;
  }
  if (typeof d.args.write === "string" && typeof d.args.value === "string") {
    const value = String(d.args.value);
    const at = current.indexOf(value);
    if (at >= 0 && current.indexOf(value, at + 1) < 0)
      return { line, after: `${current.slice(0, at)}${d.args.write}${current.slice(at + value.length)}` };
  }
  return undefined;
}

export function fixText(input: string): FixResult {
  const lines = input.split("\n");
  const changes: FixChange[] = [];
  const undecided: FixResult["undecided"] = [];
  const apply = (line: number, after: string, code: DiagnosticCode): boolean => {
    const before = lines[line - 1];
    if (before === undefined || before === after) return false;
    changes.push({ line, before, after, mends: [code] });
    lines[line - 1] = after;
    return true;
  };

  // Tabs in indentation: a tab is one level of two spaces, or of four; whichever makes the file read
  // without an error is the clerk's meaning. If neither does, the tabs stay and the clerk decides. The
  // metadata decides whether tabs are mended at all, as it does for every other code.
  const tabbed = FIXABLE.has("yaml/tab")
    ? lines.map((l, i) => (/^[ ]*\t/u.test(l) ? i : -1)).filter((i) => i >= 0)
    : [];
  if (tabbed.length) {
    const readable = (width: number): string[] | undefined => {
      const next = lines.map((l) => l.replace(/^[\t ]+/u, (m) => m.replace(/\t/g, " ".repeat(width))));
      return findings(next.join("\n")).some((d) => d.code.startsWith("yaml/")) ? undefined : next;
    };
    const next = readable(2) ?? readable(4);
    if (next) for (const i of tabbed) apply(i + 1, next[i]!, "yaml/tab");
    else
      for (const i of tabbed)
        undecided.push({ line: i + 1, text: "thụt lề bằng Tab: không rõ mỗi Tab là mấy dấu cách. Không tự sửa." });
  }
  // Each round mends what the diagnostics name; a mended line may reveal the next slip (the parser stops at the first).
  for (let round = 0; round < 200; round++) {
    const diagnostics = findings(lines.join("\n"));
    let changed = false;
    const seen = new Set<number>();
    for (const d of diagnostics) {
      const fix = lineFor(d, lines);
      if (!fix || seen.has(fix.line)) continue;
      seen.add(fix.line);
      changed = apply(fix.line, fix.after, d.code) || changed;
    }
    if (!changed) {
      for (const d of diagnostics)
        if (UNDECIDED[d.code] && !d.args.fix) undecided.push({ line: d.range.start.line, text: UNDECIDED[d.code]! });
      break;
    }
  }
  // A line changed twice is reported once, from what was typed to what is written.
  const merged = new Map<number, FixChange>();
  for (const c of changes) {
    const earlier = merged.get(c.line);
    merged.set(c.line, {
      line: c.line,
      before: earlier?.before ?? c.before,
      after: c.after,
      mends: [...new Set([...(earlier?.mends ?? []), ...c.mends])],
    });
  }
  return {
    text: lines.join("\n"),
    changes: [...merged.values()].filter((c) => c.before !== c.after).sort((a, b) => a.line - b.line),
    undecided,
  };
}
