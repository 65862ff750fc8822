import type { DiagnosticCode } from "./codes.js";

export type { DiagnosticCode };
export type Severity = "error" | "warning" | "info";
export type PathSegment = string | number;

/** 1-based line and column (column counted in UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type DiagnosticArgs = Record<string, string | number>;

/** A finding about a plan file: data only; the messages module turns it into text. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  path: PathSegment[];
  range: Range;
  args: DiagnosticArgs;
}

export const FILE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Order by position, then code, so output is stable whatever order rules ran in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      a.code.localeCompare(b.code),
  );
}

/** "targets.individual[0].count": how paths are shown to people and in JSON output. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}
