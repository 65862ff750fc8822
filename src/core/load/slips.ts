// A clerk types sentences, not YAML. Some sentences mean something else to YAML: "&Tổ" names an anchor,
// " #1" starts a comment, "Chỉ tiêu: 100%" makes a key. Each such line is found here, said in the
// clerk's words with the line as typed, and given the line to write instead (which `plan fix` writes).
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar } from "yaml";
import type { Diagnostic, DiagnosticArgs, DiagnosticCode, PathSegment } from "../diagnostic.js";
import { fieldKind } from "./field-kinds.js";
import type { Positions } from "./positions.js";

/** The parts of a line: indentation, "- ", "key: " and what the clerk typed after them. */
export function splitLine(line: string): { indent: string; dash: string; key: string; rest: string } {
  const m = /^([ \t]*)((?:-[ \t]+)*)((?:[A-Za-z][A-Za-z0-9]*:[ \t]+)?)(.*)$/u.exec(line)!;
  return { indent: m[1]!, dash: m[2]!, key: m[3]!, rest: m[4]! };
}

/** `"…"` with the two characters a double-quoted YAML string escapes. */
export function quoteText(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * The line with its text in double quotes. A comment (" # ghi chú", or "#" at the end) stays a comment:
 * a formatter writes comments one space after the value, and fix never moves one into the document.
 * A "#" glued to a word ("#1") is the sentence going on (see inlineComment) and is quoted with it.
 */
export function quotedLine(line: string): string | undefined {
  const { indent, dash, key, rest } = splitLine(line);
  const note = /^(.*?\S)(\s+#(?:\s.*)?)$/u.exec(rest);
  const text = (note ? note[1]! : rest).trim();
  if (!text || /^"[^"]*"$/u.test(text)) return undefined;
  return `${indent}${dash}${key}${quoteText(text)}${note ? note[2] : ""}`;
}

const SYMBOL_NAMES: Record<string, string> = {
  "&": "dấu &",
  "*": "dấu *",
  "!": "dấu !",
  "%": "dấu %",
  "@": "dấu @",
  "`": "dấu `",
  "?": "dấu ?",
  "|": "dấu |",
  ">": "dấu >",
  "{": "dấu {",
  "[": "dấu [",
};

export interface LineSlip {
  code: DiagnosticCode;
  /** Offset in the line where the slip is. */
  column: number;
  length: number;
  args: DiagnosticArgs;
}

const NBSP = /[\u00a0\u2007\u202f]/u;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/u;

/** What a single line says about a slip, whatever error the parser gave for it. */
export function lineSlip(line: string, lineNumber: number): LineSlip | undefined {
  const { indent, dash, key, rest } = splitLine(line);
  const base = { typed: line.trim(), line: lineNumber };
  // Invisible characters from Word in the indentation or a key.
  const head = line.slice(0, indent.length + dash.length + (key ? key.length : Math.max(0, line.indexOf(":"))));
  const invisible = ZERO_WIDTH.exec(head) ?? NBSP.exec(line.slice(0, indent.length + dash.length + 1));
  if (invisible) {
    const fixed = line.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, "").replace(/^([ \t\u00a0\u2007\u202f]*)/u, (m) => m.replace(/[\u00a0\u2007\u202f]/gu, " "));
    return { code: "text/invisible-character", column: invisible.index, length: 1, args: { ...base, char: invisible[0] === "\u00a0" ? "dấu cách không ngắt" : "ký tự không nhìn thấy", fix: fixed } };
  }
  // "staffTotal:30", "staffTotal:\u00a030": the space after the colon is missing or is not a space.
  const glued = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][A-Za-z0-9]*):([\u00a0\u2007\u202f]?)(\S.*)$/u.exec(line);
  if (glued && !key) {
    return { code: "yaml/space-after-colon", column: glued[1]!.length + glued[2]!.length, length: 1, args: { ...base, key: glued[2]!, nbsp: glued[3] ? "1" : "", fix: `${glued[1]}${glued[2]}: ${glued[4]}` } };
  }
  // A sentence starting with a character YAML reads as an instruction.
  const text = rest.trimStart();
  const lead = text.charAt(0);
  if (lead in SYMBOL_NAMES && !/^["']/.test(text) && !(lead === "|" || lead === ">" ? /^[|>][-+0-9]*\s*(#.*)?$/u.test(text) : false) && !(lead === "[" || lead === "{" ? /^[[{].*[\]}]\s*(#.*)?$/u.test(text) : false)) {
    const fix = quotedLine(line);
    if (fix) return { code: "text/leading-symbol", column: line.length - rest.length + (rest.length - text.length), length: 1, args: { ...base, char: SYMBOL_NAMES[lead]!, fix } };
  }
  return undefined;
}

/** A key with a space or a Vietnamese letter is words, not one of the format's names (those are ASCII). */
const WORDS = /[\s\u0080-\uffff]/u;

export interface SlipContext {
  text: string;
  positions: Positions;
  /** Vietnamese titles of the schema's properties ("địa danh" → place): such a key is a clerk's name for ours, not a sentence. */
  isTitle(key: string): boolean;
}

/**
 * A list item typed with "•" or "–" instead of "- " (Word's bullets): YAML reads it as text of the line
 * above, or fails somewhere else. Found on the lines themselves, before parsing.
 */
export function typedBulletLines(lines: readonly string[]): { line: number; column: number; fix: string; typed: string; mark: string }[] {
  const out: { line: number; column: number; fix: string; typed: string; mark: string }[] = [];
  lines.forEach((line, i) => {
    const m = /^(\s*)([•●▪◦–])\s+(\S.*)$/u.exec(line);
    if (!m) return;
    const prev = lines[i - 1] ?? "";
    const next = lines[i + 1] ?? "";
    const sameList = (l: string): boolean => l.startsWith(`${m[1]}- `) || new RegExp(`^${m[1]}[•●▪◦–]\\s`, "u").test(l);
    if (!sameList(prev) && !sameList(next) && !/:\s*(#.*)?$/u.test(prev)) return;
    out.push({ line: i + 1, column: m[1]!.length, fix: `${m[1]}- ${m[3]}`, typed: line.trim(), mark: m[2]! });
  });
  return out;
}

/** Slips that parse: a sentence turned into a key, an anchor or tag eating a word, a comment eating the rest of a sentence. */
export function documentSlips(doc: Document, ctx: SlipContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = ctx.text.split("\n");
  const lineAt = (offset: number): number => ctx.positions.position(offset).line;
  const report = (code: DiagnosticCode, offset: number, length: number, args: DiagnosticArgs, severity: Diagnostic["severity"] = "error"): void => {
    out.push({ code, severity, path: [], range: ctx.positions.span(offset, offset + length), args });
  };
  const lineSlipAt = (offset: number): boolean => {
    const n = lineAt(offset);
    const slip = lineSlip(lines[n - 1] ?? "", n);
    if (!slip) return false;
    const lineStart = ctx.text.lastIndexOf("\n", offset - 1) + 1;
    report(slip.code, lineStart + slip.column, slip.length, slip.args);
    return true;
  };
  const stack: [unknown, boolean, PathSegment[]][] = [[doc.contents, false, []]];
  while (stack.length && out.length < 50) {
    const [node, inList, path] = stack.pop()!;
    if (isMap(node)) {
      // "- Chỉ tiêu: 100% tổ viên …": a list item that is one "words: sentence" pair is a sentence, even when its
      // first words are also the Vietnamese name of a field.
      const sentence = inList && node.items.length === 1 && isScalar((node.items[0] as Pair).value) && typeof ((node.items[0] as Pair).value as Scalar).value === "string";
      for (const item of node.items as Pair[]) {
        const key = item.key as Node | null;
        if (isScalar(key) && typeof key.value === "string" && key.range && WORDS.test(key.value) && (sentence || !ctx.isTitle(key.value))) {
          if (lineSlipAt(key.range[0])) continue;
          const n = lineAt(key.range[0]);
          const line = lines[n - 1] ?? "";
          report("yaml/colon-in-text", key.range[0], key.value.length, { typed: line.trim(), line: n, fix: quotedLine(line) ?? "" });
          continue;
        }
        if (key && !isScalar(key) && (key as Node).range) {
          if (!lineSlipAt((key as Node).range![0])) report("yaml/complex-key", (key as Node).range![0], 1, {});
          continue;
        }
        stack.push([item.value, false, [...path, isScalar(key) ? String(key.value) : ""]]);
      }
    } else if (isSeq(node)) stack.push(...node.items.map((i, k): [unknown, boolean, PathSegment[]] => [i, true, [...path, k]]));
    else if (isScalar(node) && node.range) scalarSlips(node, path, ctx, lines, lineAt, report, lineSlipAt);
  }
  return out;
}

type Report = (code: DiagnosticCode, offset: number, length: number, args: DiagnosticArgs, severity?: Diagnostic["severity"]) => void;

function scalarSlips(node: Scalar, path: PathSegment[], ctx: SlipContext, lines: string[], lineAt: (o: number) => number, report: Report, lineSlipAt: (o: number) => boolean): void {
  const [start, valueEnd, nodeEnd] = node.range!;
  if ((node.anchor || node.tag) && lineSlipAt(start)) return;
  if (typeof node.value !== "string" || node.type !== "PLAIN") return;
  const value = node.value;
  const n = lineAt(start);
  const line = lines[n - 1] ?? "";
  // "… tổ viên #quan trọng.", "Sơ kết #1 trong tháng": in a sentence, a "#" glued to a word is the sentence
  // going on, which YAML drops as a comment. A "# " with a space is a comment (a formatter writes every
  // comment one space after its value), and after a date, a code, a number or an `insert:` any "#" is.
  if (node.comment !== undefined && lineAt(nodeEnd - 1) === n && fieldKind(path).text) {
    const hash = ctx.text.indexOf("#", valueEnd);
    if (hash > 0 && lineAt(hash) === n && /^#[\p{L}\p{N}]/u.test(ctx.text.slice(hash, hash + 2))) {
      const typed = line.trim();
      const fix = quotedLine(line);
      report("text/inline-comment", hash, 1, { typed, lost: ctx.text.slice(hash, ctx.text.indexOf("\n", hash) < 0 ? ctx.text.length : ctx.text.indexOf("\n", hash)).trim(), line: n, fix: fix ?? "" });
      return;
    }
  }
  // Two list items merged: the second "- " was indented into the first one's text.
  if (lineAt(valueEnd) !== n) {
    const continuation = ctx.text.slice(start, valueEnd).split("\n").slice(1);
    const merged = continuation.findIndex((l) => /^\s*[-•–]\s/u.test(l));
    if (merged >= 0) {
      report("text/merged-items", ctx.text.indexOf("\n", start) + 1, continuation[merged]!.length, { line: n + merged + 1, typed: continuation[merged]!.trim() });
      return;
    }
    // The yaml library (and the scripts built on it) folds a long sentence at its line width: that is one
    // paragraph written by a machine, not items the clerk forgot to mark.
    if (!foldedByWidth(lines.slice(n - 1, n + continuation.length)))
      report("text/joined-lines", start, value.length > 0 ? Math.min(value.length, line.length) : 0, { line: n, lines: continuation.length + 1 }, "warning");
  }
  if (/^[“”]/u.test(value) && /[”“]$/u.test(value) && value.length > 2) {
    const fix = line.replace(/[“”]([^“”]*)[”“](\s*(#.*)?)$/u, (_, inner: string, tail: string) => `${quoteText(inner)}${tail}`);
    report("text/smart-quotes", start, value.length, { typed: line.trim(), line: n, fix }, "warning");
  }
  const bullet = /^([•●▪◦]|[-–+*]\s|\d{1,2}[.)]\s)/u.exec(value);
  if (bullet && (splitLine(line).dash || /^\s+[•●▪◦–]/u.test(line))) {
    const fix = line.replace(/^(\s*(?:-\s+)?)(?:[•●▪◦]\s*|[-–+*]\s+)/u, (_, lead: string) => (lead.includes("-") ? lead : `${lead}- `));
    report("text/typed-bullet", start, bullet[0].trim().length, { typed: line.trim(), line: n, mark: bullet[0].trim(), fix: fix === line ? "" : fix }, /^\s+[•●▪◦–]/u.test(line) && !splitLine(line).dash ? "error" : "warning");
  }
}


/** The width the yaml library folds long text at (its `lineWidth`), as `parseDocument(text).toString()` writes it. */
const FOLD_WIDTH = 80;

/** Whether each line break of a text falls where a line of FOLD_WIDTH could not take the next word. */
function foldedByWidth(textLines: readonly string[]): boolean {
  if (textLines.length < 2) return false;
  for (let i = 0; i < textLines.length - 1; i++) {
    // Counted decomposed: a file typed with combining marks was folded counting each mark.
    const here = textLines[i]!.trimEnd().normalize("NFD");
    const next = (/\S+/u.exec(textLines[i + 1]!)?.[0] ?? "").normalize("NFD");
    if (here.length + 1 + next.length <= FOLD_WIDTH) return false;
  }
  return true;
}
