import { checkBytes } from "../../core/index.js";
import type { Lang } from "../../messages/index.js";
import { exitCodeFor, readPlanFile, type CliIO } from "../io.js";
import { printDiagnostics, type DiagnosticFormat } from "../output.js";
import type { FileResult } from "../report.js";

export interface ValidateOptions {
  format: DiagnosticFormat;
  lang: Lang;
  color?: boolean;
}

export async function validateCommand(io: CliIO, files: string[], options: ValidateOptions): Promise<number> {
  const results: FileResult[] = [];
  for (const file of files) {
    const read = await readPlanFile(file);
    if ("diagnostic" in read) results.push({ file, diagnostics: [read.diagnostic] });
    else results.push({ file, diagnostics: checkBytes(read.bytes).diagnostics });
  }
  await printDiagnostics(io, results, options);
  return exitCodeFor(results.flatMap((r) => r.diagnostics));
}
