import { formatPath, type Diagnostic, type Severity } from "../core/diagnostic.js";
import { messageFor, type Lang } from "../messages/index.js";

/** One line of output: the documented JSON shape of `--format json`. */
export interface Report {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  path: string;
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

export function toReports(results: readonly FileResult[], lang: Lang): Report[] {
  return results.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => ({
      file,
      line: d.range.start.line,
      column: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
      severity: d.severity,
      code: d.code,
      message: messageFor(d, lang),
      path: formatPath(d.path),
    })),
  );
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  const all = results.flatMap((r) => r.diagnostics);
  return {
    files: results.length,
    errors: all.filter((d) => d.severity === "error").length,
    warnings: all.filter((d) => d.severity === "warning").length,
    infos: all.filter((d) => d.severity === "info").length,
  };
}
