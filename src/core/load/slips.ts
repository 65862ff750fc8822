// A clerk types sentences, not YAML. Some sentences mean something else to YAML: "&Tổ" names an anchor,
// " #1" starts a comment, "Chỉ tiêu: 100%" makes a key. Each such line is found here, said in the
// clerk's words with the line as typed, and given the line to write instead (which `plan fix` writes).
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from "yaml";
import type { Diagnostic, DiagnosticArgs, DiagnosticCode, PathSegment } from "../diagnostic.js";
import { distance } from "fastest-levenshtein";
import { foldKey, legacyRun, oddCharacter, oddKeyLetter } from "../text/letters.js";
import { allPropertyNames, fieldKind } from "./field-kinds.js";
import { sourceOffset } from "./line-index.js";
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
    const fixed = line
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, "")
      .replace(/^([ \t\u00a0\u2007\u202f]*)/u, (m) => m.replace(/[\u00a0\u2007\u202f]/gu, " "));
    return {
      code: "text/invisible-character",
      column: invisible.index,
      length: 1,
      args: { ...base, char: invisible[0] === "\u00a0" ? "dấu cách không ngắt" : "ký tự không nhìn thấy", fix: fixed },
    };
  }
  // "staffTotal:30", "staffTotal:\u00a030": the space after the colon is missing or is not a space.
  const glued = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][A-Za-z0-9]*):([\u00a0\u2007\u202f]?)(\S.*)$/u.exec(line);
  if (glued && !key) {
    return {
      code: "yaml/space-after-colon",
      column: glued[1]!.length + glued[2]!.length,
      length: 1,
      args: { ...base, key: glued[2]!, nbsp: glued[3] ? "1" : "", fix: `${glued[1]}${glued[2]}: ${glued[4]}` },
    };
  }
  // "staffTotal 31": a field's name with its colon deleted.
  const bare = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][A-Za-z0-9]*)[ \t]+([^:\s].*)$/u.exec(line);
  if (bare && !key && fieldNames().has(bare[2]!) && !/:(\s|$)/u.test(bare[3]!)) {
    return {
      code: "yaml/missing-colon",
      column: bare[1]!.length + bare[2]!.length,
      length: 1,
      args: { ...base, key: bare[2]!, fix: `${bare[1]}${bare[2]}: ${bare[3]}` },
    };
  }
  // "place： Điện Biên Phủ": a full-width colon, from a Chinese or Japanese input method.
  const wide = /^([ \t]*(?:-[ \t]+)?)([^\s:：﹕︓]+?)[ \t]*([：﹕︓])[ \t]*(.*)$/u.exec(line);
  if (wide && fieldNames().has(foldKey(wide[2]!))) {
    const name = foldKey(wide[2]!);
    return {
      code: "yaml/missing-colon",
      column: wide[1]!.length + wide[2]!.length,
      length: 1,
      args: { ...base, key: name, wide: wide[3]!, fix: `${wide[1]}${name}: ${wide[4]}`.trimEnd() },
    };
  }
  // "-Thành lập …": a list item with no space after its dash.
  const dashed = /^([ \t]*)-(\p{L}.*)$/u.exec(line);
  if (dashed)
    return {
      code: "yaml/dash-space",
      column: dashed[1]!.length,
      length: 1,
      args: { ...base, fix: `${dashed[1]}- ${dashed[2]}` },
    };
  // A sentence starting with a character YAML reads as an instruction.
  const text = rest.trimStart();
  const lead = text.charAt(0);
  if (
    lead in SYMBOL_NAMES &&
    !/^["']/.test(text) &&
    !(lead === "|" || lead === ">" ? /^[|>][-+0-9]*\s*(#.*)?$/u.test(text) : false) &&
    !(lead === "[" || lead === "{" ? /^[[{].*[\]}]\s*(#.*)?$/u.test(text) : false)
  ) {
    const fix = quotedLine(line);
    if (fix)
      return {
        code: "text/leading-symbol",
        column: line.length - rest.length + (rest.length - text.length),
        length: 1,
        args: { ...base, char: SYMBOL_NAMES[lead]!, fix },
      };
  }
  return undefined;
}

let names: Set<string> | undefined;
const fieldNames = (): Set<string> => (names ??= new Set(allPropertyNames()));

const indentOf = (line: string): number => /^ */u.exec(line)![0].length;
const isContent = (line: string | undefined): line is string =>
  line !== undefined && line.trim() !== "" && !line.trimStart().startsWith("#");

/**
 * A line moved sideways: a field indented under a line that already has its value ("start: 2024-08-29"
 * then "    semester1End: …"), or indented between two levels. Found near a parser error, named at the
 * line that moved, with that line aligned to the line above it.
 */
export function indentSlip(lines: readonly string[], errorLine: number): (LineSlip & { line: number }) | undefined {
  for (const n of [errorLine - 1, errorLine, errorLine + 1]) {
    const line = lines[n - 1];
    if (!isContent(line) || !/^ *[A-Za-z][A-Za-z0-9]*:(\s|$)/u.test(line)) continue;
    let p = n - 2;
    while (p >= 0 && !isContent(lines[p])) p--;
    const above = lines[p];
    if (!isContent(above)) continue;
    const head = /^( *(?:- +)?)([A-Za-z][A-Za-z0-9]*):(.*)$/u.exec(above);
    if (!head) continue;
    const column = head[1]!.length;
    const hasValue = /^\s+[^\s#]/u.test(head[3]!);
    const at = indentOf(line);
    // Deeper than a line that has its value: it cannot be that line's child.
    const tooFar = hasValue && at > column;
    // Between levels: shallower than the line above, deeper than the level that line's block opens from.
    let q = p - 1;
    while (q >= 0 && (!isContent(lines[q]) || indentOf(lines[q]!) >= column)) q--;
    const between = at < column && (q < 0 ? at > 0 : at > indentOf(lines[q]!));
    if (!tooFar && !between) continue;
    const fix = `${" ".repeat(column)}${line.trimStart()}`;
    return {
      line: n,
      code: "yaml/indentation",
      column: 0,
      length: at,
      args: { typed: line.trim(), line: n, spaces: at, expected: column, above: p + 1, fix },
    };
  }
  // The rest of a sentence on a line of its own, at the left of the sentence it continues (a line break
  // pasted inside it, a lone CR): it reads as a new field. Indented under the sentence's text, it joins it.
  const line = lines[errorLine - 1];
  let p = errorLine - 2;
  while (p >= 0 && !isContent(lines[p])) p--;
  const above = lines[p];
  if (isContent(line) && isContent(above) && !/^\s*[-#]/u.test(line) && !/:(\s|$)/u.test(line)) {
    const item = /^( *(?:- +)?(?:[A-Za-z][A-Za-z0-9]*: +)?)([^\s"'|>&*!#].*)$/u.exec(above);
    const column = item?.[1]?.length ?? 0;
    if (item && !/:(\s|$)/u.test(item[2]!) && indentOf(line) < column) {
      const fix = `${" ".repeat(column)}${line.trimStart()}`;
      return {
        line: errorLine,
        code: "yaml/indentation",
        column: 0,
        length: indentOf(line),
        args: {
          typed: line.trim(),
          line: errorLine,
          spaces: indentOf(line),
          expected: column,
          above: p + 1,
          continues: 1,
          fix,
        },
      };
    }
  }
  return undefined;
}

/** A key with a space or a Vietnamese letter is words, not one of the format's names (those are ASCII). */
const WORDS = /[\s\u0080-\uffff]/u;

export interface SlipContext {
  text: string;
  positions: Positions;
  /**
   * Vietnamese titles of the schema's properties ("địa danh" → place): such a key is a clerk's name for ours, not a
   * sentence.
   */
  isTitle(key: string): boolean;
}

/**
 * A list item typed with "•" or "–" instead of "- " (Word's bullets): YAML reads it as text of the line
 * above, or fails somewhere else. Found on the lines themselves, before parsing.
 */
export function typedBulletLines(
  lines: readonly string[],
): { line: number; column: number; fix: string; typed: string; mark: string }[] {
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

/**
 * Slips that parse: a sentence turned into a key, an anchor or tag eating a word, a comment eating the rest of a
 * sentence.
 */
export function documentSlips(doc: Document, ctx: SlipContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = ctx.text.split("\n");
  const lineAt = (offset: number): number => ctx.positions.position(offset).line;
  const report = (
    code: DiagnosticCode,
    offset: number,
    length: number,
    args: DiagnosticArgs,
    severity: Diagnostic["severity"] = "error",
  ): void => {
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
      // "signer:" then "title: …" at the column of "signer:": the lines that belong under it were not indented.
      if (dedentedUnder(node, path, ctx, lines, report)) continue;
      // "- Chỉ tiêu: 100% tổ viên …": a list item that is one "words: sentence" pair is a sentence, even when its
      // first words are also the Vietnamese name of a field.
      const sentence =
        inList &&
        node.items.length === 1 &&
        isScalar((node.items[0] as Pair).value) &&
        typeof ((node.items[0] as Pair).value as Scalar).value === "string";
      for (const item of node.items as Pair[]) {
        const key = item.key as Node | null;
        if (
          isScalar(key) &&
          typeof key.value === "string" &&
          key.range &&
          WORDS.test(key.value) &&
          (sentence || !ctx.isTitle(key.value))
        ) {
          // "stảt:", "thêm:", "plаce:": one of the format's names typed with a Vietnamese mark or a look-alike letter.
          if (!sentence && keyLookalike(key as Scalar, path, lines, lineAt, report)) continue;
          if (lineSlipAt(key.range[0])) continue;
          const n = lineAt(key.range[0]);
          const line = lines[n - 1] ?? "";
          report("yaml/colon-in-text", key.range[0], key.value.length, {
            typed: line.trim(),
            line: n,
            fix: quotedLine(line) ?? "",
          });
          continue;
        }
        if (key && !isScalar(key) && (key as Node).range) {
          if (!lineSlipAt((key as Node).range![0])) report("yaml/complex-key", (key as Node).range![0], 1, {});
          continue;
        }
        stack.push([item.value, false, [...path, isScalar(key) ? String(key.value) : ""]]);
      }
    } else if (isSeq(node)) {
      repeatedItems(node.items, path, ctx.text, lineAt, report);
      stack.push(...node.items.map((i, k): [unknown, boolean, PathSegment[]] => [i, true, [...path, k]]));
    } else if (isScalar(node) && node.range) scalarSlips(node, path, ctx, lines, lineAt, report, lineSlipAt);
  }
  return out;
}

type Report = (
  code: DiagnosticCode,
  offset: number,
  length: number,
  args: DiagnosticArgs,
  severity?: Diagnostic["severity"],
) => void;

function scalarSlips(
  node: Scalar,
  path: PathSegment[],
  ctx: SlipContext,
  lines: string[],
  lineAt: (o: number) => number,
  report: Report,
  lineSlipAt: (o: number) => boolean,
): void {
  const [start, valueEnd, nodeEnd] = node.range!;
  if ((node.anchor || node.tag) && lineSlipAt(start)) return;
  const n = lineAt(start);
  const line = lines[n - 1] ?? "";
  const kind = fieldKind(path);
  const source = ctx.text.slice(start, valueEnd);
  const column = start - (ctx.text.lastIndexOf("\n", start - 1) + 1);
  const oneLine = lineAt(valueEnd) === n;
  /** The line with the value as written replaced. */
  const withValue = (written: string): string =>
    oneLine ? `${line.slice(0, column)}${written}${line.slice(column + source.length)}` : "";
  // "staffTotal: 1.460", "count: 1.000": a count written with a thousands dot, which YAML reads as a decimal.
  if (kind.integer && node.type === "PLAIN" && /^\d{1,3}(?:[.,\u00a0 ]\d{3})+$/u.test(source)) {
    const thousands = Number(source.replace(/[.,\u00a0 ]/gu, ""));
    const seps = source.match(/[.,\u00a0 ]/gu)!;
    const decimal = seps.length === 1 && /[.,]/u.test(seps[0]!) ? Number(source.replace(",", ".")) : undefined;
    const two = decimal !== undefined && Number.isInteger(decimal);
    report("text/number-form", start, source.length, {
      typed: line.trim(),
      line: n,
      value: source,
      thousands,
      decimal: two ? decimal : "",
      fix: two ? "" : withValue(String(thousands)),
    });
    return;
  }
  if (typeof node.value !== "string") return;
  const value = node.value;
  // A Greek "Κ", a Cyrillic "а", "ð" for "đ", an RLM; in a date or a code also "–" and non-breaking spaces.
  const odd = oddCharacter(value, !kind.text);
  if (odd) {
    const at = sourceOffset(ctx.text, value, start, valueEnd, node.type, odd.at);
    const fixedSource = oddCharacter(source, !kind.text)?.fixed ?? source;
    report(odd.kind === "lookalike" ? "text/lookalike-letter" : "text/hidden-character", at, 1, {
      typed: line.trim(),
      line: n,
      name: odd.name,
      position: odd.at + 1,
      value,
      write: odd.fixed,
      fix: withValue(fixedSource),
    });
    return;
  }
  // "Tr­êng MÇm non" (TCVN3), "Tröôøng Maàm non" (VNI): text from a legacy-font document pasted into the file.
  if (kind.text) {
    const run = legacyRun(value);
    if (run) {
      const at = sourceOffset(ctx.text, value, start, valueEnd, node.type, run.at);
      report("text/legacy-encoding", at, run.typed.length, {
        typed: line.trim(),
        line: n,
        word: run.typed,
        encoding: run.encoding,
        write: run.fixed,
        fix: withValue(legacyRun(source)?.fixed ?? ""),
      });
      return;
    }
  }
  if (node.type !== "PLAIN") return;
  // "-Thành lập …": the dash of a list item with no space after it reads as the start of a sentence.
  const sourceLines = source.split("\n");
  const dashed = sourceLines.findIndex((l, i) =>
    i === 0 ? /^-\p{L}/u.test(l) && line.trimStart() === line.slice(column) : /^\s*-\p{L}/u.test(l),
  );
  if (dashed >= 0) {
    const at = dashed === 0 ? start : ctx.text.indexOf("-", start + sourceLines.slice(0, dashed).join("\n").length);
    const typed = lines[n + dashed - 1] ?? "";
    report("yaml/dash-space", at, 1, { typed: typed.trim(), line: n + dashed, fix: typed.replace(/^(\s*)-/u, "$1- ") });
    return;
  }
  // "… tổ viên #quan trọng.", "Sơ kết #1 trong tháng": in a sentence, a "#" glued to a word is the sentence
  // going on, which YAML drops as a comment. A "# " with a space is a comment (a formatter writes every
  // comment one space after its value), and after a date, a code, a number or an `insert:` any "#" is.
  if (node.comment !== undefined && lineAt(nodeEnd - 1) === n && fieldKind(path).text) {
    const hash = ctx.text.indexOf("#", valueEnd);
    if (hash > 0 && lineAt(hash) === n && /^#[\p{L}\p{N}]/u.test(ctx.text.slice(hash, hash + 2))) {
      const typed = line.trim();
      const fix = quotedLine(line);
      report("text/inline-comment", hash, 1, {
        typed,
        lost: ctx.text
          .slice(hash, ctx.text.indexOf("\n", hash) < 0 ? ctx.text.length : ctx.text.indexOf("\n", hash))
          .trim(),
        line: n,
        fix: fix ?? "",
      });
      return;
    }
  }
  // Two list items merged: the second "- " was indented into the first one's text.
  if (lineAt(valueEnd) !== n) {
    const continuation = ctx.text.slice(start, valueEnd).split("\n").slice(1);
    const merged = continuation.findIndex((l) => /^\s*[-•–]\s/u.test(l));
    if (merged >= 0) {
      report("text/merged-items", ctx.text.indexOf("\n", start) + 1, continuation[merged]!.length, {
        line: n + merged + 1,
        typed: continuation[merged]!.trim(),
      });
      return;
    }
    // The yaml library (and the scripts built on it) folds a long sentence at its line width: that is one
    // paragraph written by a machine, not items the clerk forgot to mark.
    if (!foldedByWidth(lines.slice(n - 1, n + continuation.length)))
      report(
        "text/joined-lines",
        start,
        value.length > 0 ? Math.min(value.length, line.length) : 0,
        { line: n, lines: continuation.length + 1 },
        "warning",
      );
  }
  if (/^[“”]/u.test(value) && /[”“]$/u.test(value) && value.length > 2) {
    const fix = line.replace(
      /[“”]([^“”]*)[”“](\s*(#.*)?)$/u,
      (_, inner: string, tail: string) => `${quoteText(inner)}${tail}`,
    );
    report("text/smart-quotes", start, value.length, { typed: line.trim(), line: n, fix }, "warning");
  }
  const bullet = /^([•●▪◦]|[-–+*]\s|\d{1,2}[.)]\s)/u.exec(value);
  if (bullet && (splitLine(line).dash || /^\s+[•●▪◦–]/u.test(line))) {
    const fix = line.replace(/^(\s*(?:-\s+)?)(?:[•●▪◦]\s*|[-–+*]\s+)/u, (_, lead: string) =>
      lead.includes("-") ? lead : `${lead}- `,
    );
    report(
      "text/typed-bullet",
      start,
      bullet[0].trim().length,
      { typed: line.trim(), line: n, mark: bullet[0].trim(), fix: fix === line ? "" : fix },
      /^\s+[•●▪◦–]/u.test(line) && !splitLine(line).dash ? "error" : "warning",
    );
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

/** "stảt:" for "start:": a key typed with a mark or a look-alike letter, matched to the nearest field allowed there. */
function keyLookalike(
  key: Scalar,
  path: PathSegment[],
  lines: string[],
  lineAt: (o: number) => number,
  report: Report,
): boolean {
  const typed = String(key.value);
  // A zero-width space or a soft hyphen in a key is said as such (lineSlip: text/invisible-character).
  if (/\s/u.test(typed) || ZERO_WIDTH.test(typed)) return false;
  const folded = foldKey(typed);
  if (folded === typed || !/^[A-Za-z][A-Za-z0-9]*$/u.test(folded)) return false;
  const here = fieldKind(path).properties;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of here.length ? here : fieldNames()) {
    const d = distance(folded, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  if (!best || bestDistance > Math.max(1, Math.floor(folded.length / 4))) return false;
  const odd = oddKeyLetter(typed)!;
  const n = lineAt(key.range![0]);
  const line = lines[n - 1] ?? "";
  const at = line.indexOf(typed);
  report("text/key-lookalike", key.range![0], typed.length, {
    typed: line.trim(),
    key: typed,
    line: n,
    suggestion: best,
    char: odd.char,
    name: odd.name,
    fix: at >= 0 ? `${line.slice(0, at)}${best}${line.slice(at + typed.length)}` : "",
  });
  return true;
}

/** A list item written twice: a warning, and an error for a phase (each later phase's number moves). */
function repeatedItems(
  items: readonly unknown[],
  path: PathSegment[],
  text: string,
  lineAt: (o: number) => number,
  report: Report,
): void {
  const seen = new Map<string, number>();
  for (const item of items) {
    const node = item as Node;
    if (!node?.range) continue;
    // A group of fields repeated verbatim is the same text twice: its source, not its data rebuilt (every
    // list of every plan passes here; a section's data is its whole subtree).
    const id = isScalar(node)
      ? typeof node.value === "string" && node.value.trim()
        ? `s:${node.value}`
        : undefined
      : isMap(node)
        ? `m:${text.slice(node.range[0], node.range[1]).trimEnd()}`
        : undefined;
    if (!id) continue;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, node.range[0]);
      continue;
    }
    const phase = path.length === 1 && path[0] === "phases";
    report(
      "text/repeated-item",
      node.range[0],
      1,
      { line: lineAt(node.range[0]), first: lineAt(first), phase: phase ? 1 : "" },
      phase ? "error" : "warning",
    );
  }
}

/** "signer:" followed by "title: …" at the same column: the lines that belong under a field, not indented. */
function dedentedUnder(node: YAMLMap, path: PathSegment[], ctx: SlipContext, lines: string[], report: Report): boolean {
  const props = fieldKind(path).properties;
  if (!props.length) return false;
  const items = node.items as Pair[];
  for (let i = 0; i < items.length - 1; i++) {
    const parent = items[i]!;
    if (!isScalar(parent.key) || !props.includes(String(parent.key.value)) || !parent.key.range) continue;
    const name = String(parent.key.value);
    const value = parent.value;
    const empty = value === null || (isScalar(value) && value.value === null);
    if (!empty && !isMap(value)) continue;
    const inner = fieldKind([...path, name]).properties;
    const moved: Pair[] = [];
    for (let j = i + 1; j < items.length; j++) {
      const k = items[j]!.key;
      if (
        !isScalar(k) ||
        props.includes(String(k.value)) ||
        !inner.includes(String(k.value)) ||
        (isMap(value) && value.has(k.value))
      )
        break;
      moved.push(items[j]!);
    }
    if (!moved.length) continue;
    const lineOf = (offset: number): number => ctx.positions.position(offset).line;
    const parentColumn = ctx.positions.position(parent.key.range[0]).column - 1;
    const firstChild = isMap(value) ? (value.items[0] as Pair | undefined)?.key : undefined;
    const childColumn =
      isScalar(firstChild) && firstChild.range
        ? ctx.positions.position(firstChild.range[0]).column - 1
        : parentColumn + 2;
    const first = (moved[0]!.key as Scalar).range![0];
    const n = lineOf(first);
    const last = lineOf((moved[moved.length - 1]!.key as Scalar).range![0]);
    const line = lines[n - 1] ?? "";
    report("yaml/indentation", first, String((moved[0]!.key as Scalar).value).length, {
      typed: line.trim(),
      line: n,
      parent: name,
      parentLine: lineOf(parent.key.range[0]),
      lines: last > n ? `${n}–${last}` : String(n),
      keys: moved.map((p) => String((p.key as Scalar).value)).join(", "),
      fix: `${" ".repeat(childColumn)}${line.trimStart()}`,
    });
    return true;
  }
  return false;
}

/**
 * Notes left for the clerk: a count `plan init` wrote as an example ("count: 28  # ví dụ 28") while it is
 * still that number, and each "# kiểm tra: …" that `plan import` writes where it was unsure, until the
 * clerk deletes the note. Warnings: the plan reads, but someone must still look.
 */
export function clerkNotes(
  lines: readonly string[],
): { code: DiagnosticCode; line: number; column: number; length: number; args: DiagnosticArgs }[] {
  const out: { code: DiagnosticCode; line: number; column: number; length: number; args: DiagnosticArgs }[] = [];
  lines.forEach((line, i) => {
    const hash = commentStart(line);
    if (hash < 0) return;
    const comment = line.slice(hash + 1).trim();
    const example = /^ví dụ(?![\p{L}\p{N}])\s*(\d+)?/iu.exec(comment);
    const value = /^\s*(?:-\s+)?([A-Za-z][A-Za-z0-9]*):\s+(\d+)\s*$/u.exec(line.slice(0, hash));
    if (example && value && (example[1] === undefined || example[1] === value[2])) {
      out.push({
        code: "text/example-value",
        line: i + 1,
        column: line.indexOf(value[2]!, value[1]!.length),
        length: value[2]!.length,
        args: { typed: `${value[1]}: ${value[2]}`, value: value[2]!, line: i + 1 },
      });
    }
    const review = /^kiểm tra\s*:\s*(.*)$/iu.exec(comment);
    if (review)
      out.push({
        code: "text/review-note",
        line: i + 1,
        column: hash,
        length: line.length - hash,
        args: { note: review[1]!.trim() || comment, line: i + 1 },
      });
  });
  return out;
}

/** Where a line's comment starts: a "#" at the start or after a space, outside quotes; -1 for none. */
function commentStart(line: string): number {
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:\-[{,]/u.test(line[i - 1]!)) quote = c;
    } else if (c === "#" && (i === 0 || /\s/u.test(line[i - 1]!))) return i;
  }
  return -1;
}
