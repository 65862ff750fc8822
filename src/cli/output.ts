import type { Diagnostic } from "../core/diagnostic.js";
import { messageFor, type Lang } from "../messages/index.js";
import { compact } from "./formatters/compact.js";
import { github } from "./formatters/github.js";
import { json } from "./formatters/json.js";
import { loadPaint } from "./formatters/paint.js";
import { stylish } from "./formatters/stylish.js";
import { exitCodeFor, type CliIO } from "./io.js";
import { writeOutput, type OutputOptions } from "./output-policy.js";
import { summarize, toReports, type FileResult } from "./report.js";

export const DIAGNOSTIC_FORMATS = ["stylish", "json", "github", "compact"] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

export function colorEnabled(io: CliIO, flag: boolean | undefined, stream: "stdout" | "stderr" = "stdout"): boolean {
  if (flag === false || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "")) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return stream === "stdout" ? io.stdoutIsTTY : io.stderrIsTTY;
}

/** Prints diagnostics of several files in the chosen format. */
export async function printDiagnostics(
  io: CliIO,
  results: readonly FileResult[],
  options: { format: DiagnosticFormat; lang: Lang; color?: boolean; stream?: "stdout" | "stderr"; elapsedMs?: number },
): Promise<void> {
  const reports = toReports(results, options.lang);
  const stream = options.stream ?? "stdout";
  const write = stream === "stdout" ? io.stdout : io.stderr;
  if (options.format === "json") write(json(reports));
  else if (options.format === "github") write(github(reports));
  else if (options.format === "compact") write(compact(reports));
  else
    write(
      stylish(
        reports,
        summarize(results),
        await loadPaint(colorEnabled(io, options.color, stream)),
        options.lang,
        options.elapsedMs,
      ),
    );
}

export function announceWritten(io: CliIO, target: string, lang: Lang): void {
  io.stdout(lang === "en" ? `Wrote ${target}\n` : `Đã ghi ${target}\n`);
}

/**
 * Writes `bytes` to `target` under the output policy and says so: 0 when written; when refused, the reason
 * on stderr and its exit code (2: nothing was written).
 */
export async function writeAnnounced(
  io: CliIO,
  target: string,
  bytes: Uint8Array,
  output: OutputOptions,
  options: { lang: Lang; color?: boolean },
): Promise<number> {
  const failure = await writeOutput(target, bytes, output);
  if (failure) {
    await complain(io, target, [failure], options);
    return exitCodeFor([failure]);
  }
  announceWritten(io, target, options.lang);
  return 0;
}

/** One file's problems on stderr, in the default format: what render, init and new say when they stop. */
export async function complain(
  io: CliIO,
  file: string,
  diagnostics: FileResult["diagnostics"],
  options: { lang: Lang; color?: boolean },
): Promise<void> {
  await printDiagnostics(io, [{ file, diagnostics }], {
    format: "stylish",
    lang: options.lang,
    color: options.color,
    stream: "stderr",
  });
}

/** A warning about the machine rather than the plan (no file, no line): one line on stderr. */
export function warnLine(io: CliIO, d: Pick<Diagnostic, "code" | "args">, lang: Lang): void {
  io.stderr(`${lang === "en" ? "warning" : "cảnh báo"}: ${messageFor(d, lang)} (${d.code})\n`);
}
