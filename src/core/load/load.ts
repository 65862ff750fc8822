import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLError } from "yaml";
import { sortDiagnostics, type Diagnostic, type DiagnosticCode } from "../diagnostic.js";
import type { PlanPositions } from "./line-index.js";
import { Positions } from "./positions.js";
import { clerkNotes, documentSlips, indentSlip, lineSlip, typedBulletLines } from "./slips.js";
import { isSchemaTitle } from "./titles.js";

export interface LoadedPlan {
  /** The parsed YAML document (and its comments, for fix). */
  doc: Document;
  /** Plain data as the validator and computations see it; undefined when the text could not be read. */
  data: unknown;
  positions: PlanPositions;
  diagnostics: Diagnostic[];
  /** The last line of a file that does not end with a line break: set when the file may have been cut off. */
  lastLine?: { line: number; text: string };
}

/** Limits that keep a hostile file from exhausting memory (see README, "Giới hạn"). */
export const LIMITS = {
  maxAliasCount: 100,
  maxDepth: 64,
} as const;

const YAML_CODES: Record<string, DiagnosticCode> = {
  DUPLICATE_KEY: "yaml/duplicate-key",
  TAB_AS_INDENT: "yaml/tab",
  MULTIPLE_DOCS: "yaml/multiple-documents",
  RESOURCE_EXHAUSTION: "limits/depth",
  BLOCK_AS_IMPLICIT_KEY: "yaml/colon-in-text",
};

function yamlDiagnostic(error: YAMLError, positions: Positions, text: string): Diagnostic {
  let code = YAML_CODES[error.code] ?? "yaml/syntax";
  const [start, end] = error.pos;
  // Most syntax errors come from one line a clerk typed as a sentence: say what is wrong with it.
  if (error.code !== "DUPLICATE_KEY") {
    const lineNumber = positions.position(start).line;
    const lineStart = lineNumber === 1 ? 0 : nthLineStart(text, lineNumber);
    const lineEnd = text.indexOf("\n", lineStart);
    const slip = lineSlip(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd), lineNumber);
    if (slip)
      return {
        code: slip.code,
        severity: "error",
        path: [],
        range: positions.span(lineStart + slip.column, lineStart + slip.column + slip.length),
        args: slip.args,
      };
    // A line moved sideways: named at the line that moved, which may be the one after the parser's.
    const moved = indentSlip(text.split("\n"), lineNumber);
    if (moved) {
      const at = moved.line === 1 ? 0 : nthLineStart(text, moved.line);
      return {
        code: moved.code,
        severity: "error",
        path: [],
        range: positions.span(at, at + moved.length),
        args: moved.args,
      };
    }
  }
  // A tab where indentation belongs surfaces under several parser codes; name the real cause.
  const lineStart = text.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "";
  if (code === "yaml/syntax" && indent.includes("\t")) code = "yaml/tab";
  // "… như sau:" at the end of a line, or "a: b" inside a sentence, turns prose into a key.
  if (code === "yaml/syntax" && /Nested mappings|Implicit keys|mapping values/i.test(error.message))
    code = "yaml/colon-in-text";
  let yamlCode: string = error.code;
  let range = positions.span(start, Math.max(start, end));
  if (code === "yaml/tab") {
    const at = lineStart + indent.indexOf("\t");
    range = positions.span(at, at + 1);
  } else if (error.code === "MISSING_CHAR" && /quote/i.test(error.message)) {
    // The parser notices a missing closing quote where the text ends; the clerk needs the opening one.
    yamlCode = "MISSING_QUOTE";
    const open = unclosedQuoteBefore(text, start);
    if (open !== undefined) range = positions.span(open, open + 1);
  }
  const args: Diagnostic["args"] =
    code === "limits/depth" ? { limit: LIMITS.maxDepth } : { detail: error.message.split("\n")[0] ?? "", yamlCode };
  return { code, severity: "error", path: [], range, args };
}

function nthLineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line && at >= 0; n++) at = text.indexOf("\n", at) + 1;
  return at;
}

/** The offset of the last quote before `offset` that opens a value and is not closed on its line. */
function unclosedQuoteBefore(text: string, offset: number): number | undefined {
  const lines = text.slice(0, offset).split("\n");
  let lineOffset = offset - (lines[lines.length - 1]?.length ?? 0);
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 500; i--) {
    const line = lines[i] ?? "";
    const m = /^(\s*(?:-\s+)?(?:[^\s:#"'][^:#]*:\s+)?)(["'])/.exec(line);
    if (m) {
      const quote = m[2]!;
      const rest = line.slice(m[1]!.length + 1);
      const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ""));
      if (!closed) return lineOffset + m[1]!.length;
    }
    lineOffset -= (lines[i - 1]?.length ?? 0) + 1;
  }
  return undefined;
}

// C0 controls (but tab, LF, CR) and DEL: XML 1.0 forbids most of them, so Word would refuse the DOCX.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/**
 * Problems the parser lets through, in one walk without recursion (a hostile file must not overflow
 * the stack): nesting past the limit (reported alone), duplicate keys, control characters, keys that
 * are collections.
 */
function nodeProblems(root: unknown, positions: Positions, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0 && out.length < 50) {
    const [node, depth] = stack.pop()!;
    if ((isMap(node) || isSeq(node)) && depth > LIMITS.maxDepth) {
      const at = node.range?.[0] ?? 0;
      return [
        {
          code: "limits/depth",
          severity: "error",
          path: [],
          range: positions.span(at, at + 1),
          args: { limit: LIMITS.maxDepth },
        },
      ];
    }
    if (isScalar(node)) {
      const text = typeof node.value === "string" ? node.value : "";
      const m = CONTROL.exec(text);
      if (m && node.range) {
        const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
        out.push({
          code: "text/control-character",
          severity: "error",
          path: [],
          range: positions.span(node.range[0], node.range[1]),
          args: { char: `U+${code}` },
        });
      }
    } else if (isMap(node) || isSeq(node)) {
      const keys = new Set<string>();
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          if (item.key !== null && !isScalar(item.key)) {
            const at = (item.key as Node).range?.[0] ?? 0;
            // "- ? Ai phụ trách: …" is a sentence starting with "?", not a key.
            const line = positions.position(at).line;
            const lineStart = text.lastIndexOf("\n", at - 1) + 1;
            const lineEnd = text.indexOf("\n", at);
            const slip = lineSlip(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd), line);
            out.push(
              slip
                ? {
                    code: slip.code,
                    severity: "error",
                    path: [],
                    range: positions.span(lineStart + slip.column, lineStart + slip.column + 1),
                    args: slip.args,
                  }
                : {
                    code: "yaml/complex-key",
                    severity: "error",
                    path: [],
                    range: positions.span(at, at + 1),
                    args: {},
                  },
            );
            continue;
          }
          const key = isScalar(item.key) ? String(item.key.value) : "";
          if (keys.has(key) && isScalar(item.key) && item.key.range) {
            out.push({
              code: "yaml/duplicate-key",
              severity: "error",
              path: [],
              range: positions.span(item.key.range[0], item.key.range[1]),
              args: { key },
            });
          }
          keys.add(key);
          stack.push([item.key, depth + 1], [item.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    }
  }
  return out;
}

/** Parses plan text (already NFC, LF line ends) keeping every node's position. Pure: no I/O. */
export function load(text: string): LoadedPlan {
  // yaml's own uniqueKeys check is quadratic (200 000 keys: 510 s); nodeProblems finds duplicates in linear time.
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  const positions = new Positions(doc, text);
  const diagnostics: Diagnostic[] = [];
  // "• Sơ kết …" typed for "- Sơ kết …": whatever the parser makes of it, the clerk needs to hear this.
  if (text.includes("•") || text.includes("–") || /[●▪◦]/u.test(text)) {
    const bullets = typedBulletLines(text.split("\n"));
    if (bullets.length) {
      let offset = 0;
      const starts = text.split("\n").map((l) => ((offset += l.length + 1), offset - l.length - 1));
      for (const b of bullets) {
        const at = starts[b.line - 1]! + b.column;
        diagnostics.push({
          code: "text/typed-bullet",
          severity: "error",
          path: [],
          range: positions.span(at, at + 1),
          args: { typed: b.typed, line: b.line, mark: b.mark, fix: b.fix },
        });
      }
      return { doc, data: undefined, positions, diagnostics };
    }
  }
  // A file that ends mid-line may have been cut off (a copy stopped, a download broke): validate says so
  // once rather than naming every field that is missing after the cut.
  const lastLine =
    text.length > 0 && !text.endsWith("\n")
      ? { line: text.split("\n").length, text: text.slice(text.lastIndexOf("\n") + 1) }
      : undefined;
  const loaded = (data: unknown): LoadedPlan => ({
    doc,
    data,
    positions,
    diagnostics,
    ...(lastLine ? { lastLine } : {}),
  });
  let syntaxReported = false;
  for (const error of doc.errors) {
    const d = yamlDiagnostic(error, positions, text);
    // After the first syntax error the parser is lost and the rest are echoes of it;
    // duplicate keys are found independently, so each is real.
    if (d.code !== "yaml/duplicate-key") {
      if (syntaxReported) continue;
      syntaxReported = true;
    }
    diagnostics.push(d);
  }
  if (diagnostics.length > 0) return loaded(undefined);
  diagnostics.push(...sortDiagnostics(nodeProblems(doc.contents, positions, text)));
  if (diagnostics.length > 0) return loaded(undefined);
  // Sentences YAML read as something else: reported alone, before the schema would echo them.
  const slips = documentSlips(doc, { text, positions, isTitle: isSchemaTitle });
  diagnostics.push(...sortDiagnostics(slips));
  if (slips.some((d) => d.severity === "error")) return loaded(undefined);
  // What the tools left for the clerk to check (init's example counts, import's "# kiểm tra" notes).
  const textLines = text.split("\n");
  let lineOffset = 0;
  const lineStarts = textLines.map((l) => ((lineOffset += l.length + 1), lineOffset - l.length - 1));
  for (const note of clerkNotes(textLines)) {
    const at = lineStarts[note.line - 1]! + note.column;
    diagnostics.push({
      code: note.code,
      severity: "warning",
      path: [],
      range: positions.span(at, at + note.length),
      args: note.args,
    });
  }
  for (const warning of doc.warnings) {
    // An unknown tag (!!js/function, !foo) is read as plain text: nothing in a plan is ever evaluated.
    if (warning.code === "TAG_RESOLVE_FAILED")
      diagnostics.push({
        code: "yaml/unknown-tag",
        severity: "warning",
        path: [],
        range: positions.span(warning.pos[0], warning.pos[1]),
        args: {},
      });
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const aliasLimit = /excessive alias/i.test(message);
    // "Unresolved alias …: noi" — point at the "*noi" the clerk wrote.
    const alias = /alias[^:]*:\s*(\S+)/i.exec(message)?.[1];
    const at = !aliasLimit && alias ? Math.max(0, text.indexOf(`*${alias}`)) : 0;
    diagnostics.push({
      code: aliasLimit ? "limits/aliases" : "yaml/syntax",
      severity: "error",
      path: [],
      range: positions.span(at, at + (alias ? alias.length + 1 : 0)),
      args: aliasLimit
        ? { limit: LIMITS.maxAliasCount }
        : { yamlCode: /alias/i.test(message) ? "BAD_ALIAS" : "", detail: message },
    });
    return loaded(undefined);
  }
  if (data === null || data === undefined) {
    diagnostics.push({ code: "plan/empty", severity: "error", path: [], range: positions.span(0, 0), args: {} });
  } else if (typeof data !== "object" || Array.isArray(data)) {
    diagnostics.push({
      code: "plan/not-a-mapping",
      severity: "error",
      path: [],
      range: positions.of([]),
      args: {
        actual: Array.isArray(data) ? "danh sách" : typeof data === "string" ? "một dòng chữ" : "một giá trị đơn",
      },
    });
  }
  return loaded(data);
}
