import { stats, type Stats } from "../../core/compute/stats.js";
import { summarize, summaryEntry, type SummaryEntry } from "../../core/compute/summary.js";
import type { Plan } from "../../core/plan.js";
import type { Diagnostic } from "../../core/diagnostic.js";
import { messageFor, type Lang } from "../../messages/index.js";
import { checkBytes } from "../../core/index.js";
import { statsMarkdown, statsTable } from "../formatters/stats-text.js";
import { summaryMarkdown, summaryTable } from "../formatters/summary-text.js";
import { saySkipped, sortInputs } from "../inputs.js";
import { exitCodeFor, ioDiagnostic, readPlanFileShared, type CliIO } from "../io.js";
import { announceWritten, complain, printDiagnostics } from "../output.js";
import { checkOutput, writeOutput, type OutputKind } from "../output-policy.js";
import type { FileResult } from "../report.js";
import { readBeside, isResultsBytes } from "../results-file.js";
import { sameFile } from "../safe-write.js";
import { checkResultsBytes } from "../../core/results/check.js";
import { resultsSummary, type ResultsSummary } from "../../core/results/summary.js";
import type { Results } from "../../core/results/types.js";
import { RESULTS_STATS } from "../../messages/results-stats.js";
import { resultsMarkdown, resultsTable } from "../formatters/results-stats.js";

export const STATS_FORMATS = ["table", "json", "markdown", "csv", "xlsx"] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];

export interface StatsOptions {
  format: StatsFormat;
  lang: Lang;
  color?: boolean;
  anyName?: boolean;
  /** Write the output here rather than to stdout; required for xlsx. */
  output?: string;
  force?: boolean;
}

const isMapping = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Each plan's numbers (table, Markdown, JSON) and the summary over all of them, in every format.
 * Problems of invalid files go to stderr as in validate (exit 1, 2 for a file that cannot be read) and
 * are listed in the summary too: the clerk who opens only the spreadsheet sees which school is missing.
 *
 * A results file (kind: results) is its own section, in the order given: its targets against what was
 * reached, per title, and the ballots (core/results/summary.ts). A school's folder holds the plan and its
 * results side by side, so `plan stats *.yaml` takes both; the office's summary counts plans only. CSV
 * and XLSX are that summary alone: results files are set aside with a line on stderr, and a call with
 * nothing but results files is a usage error (exit 2).
 */
export async function statsCommand(io: CliIO, given: string[], options: StatsOptions): Promise<number> {
  const en = options.lang === "en";
  if (options.format === "xlsx" && !options.output) {
    io.stderr(
      en
        ? "plan: --format xlsx writes a file: add -o totals.xlsx\n"
        : "plan: --format xlsx ghi ra một tệp: thêm -o tong-hop.xlsx\n",
    );
    return 2;
  }
  const { plans: files, skipped, refused } = sortInputs(given, options);
  const describe = (d: Diagnostic): string => messageFor(d, options.lang);
  saySkipped(io, skipped, options.lang);
  // A workbook carries plan's mark (output-mark.ts): its own unchanged one is replaced, any other refused.
  // A text output is the policy's "text".
  const kind: OutputKind = options.format === "xlsx" ? "xlsx" : "text";
  const target = options.output;
  if (target) {
    // Asked before reading 1 500 plans; and no input is ever written over, even with --force.
    for (const file of files)
      if (await sameFile(file, target)) return refuse(io, target, ioDiagnostic("io/output-is-input"), options);
    const blocked = await checkOutput(target, { kind, force: options.force });
    if (blocked) return refuse(io, target, blocked, options);
  }

  // No --jobs: two threads took longer than one on 2 cores (README, "Hiệu năng").
  const problems: FileResult[] = refused.map((r) => ({ file: r.file, diagnostics: [r.diagnostic] }));
  const entries: SummaryEntry[] = refused.map((r) => summaryEntry(r.file, undefined, [r.diagnostic], describe));
  const blocks =
    options.format === "table" || options.format === "markdown"
      ? options.format === "table"
        ? statsTable
        : statsMarkdown
      : undefined;
  const resultsBlock =
    options.format === "table" ? resultsTable : options.format === "markdown" ? resultsMarkdown : undefined;
  const text: string[] = [];
  const perFile: ({ file: string } & Stats)[] = [];
  const results: ({ file: string } & ResultsSummary)[] = [];
  const setAside: string[] = [];
  let resultsGiven = 0;
  /** A results file whose plan could not be compared (its own warning): stats has nothing to show for it. */
  let uncompared = false;
  for (const file of files) {
    // One file at a time into one reused buffer (validate's reader): the bytes are decoded by checkBytes
    // before the next read.
    const read = readPlanFileShared(file);
    if ("diagnostic" in read) {
      problems.push({ file, diagnostics: [read.diagnostic] });
      entries.push(summaryEntry(file, undefined, [read.diagnostic], describe));
      continue;
    }
    if (isResultsBytes(read.bytes)) {
      resultsGiven++;
      if (options.format === "csv" || options.format === "xlsx") {
        setAside.push(file);
        continue;
      }
      const checked = checkResultsBytes(read.bytes, readBeside(file));
      const errors = checked.diagnostics.filter((d) => d.severity === "error");
      // The plan is read only once the file passes its schema: with it, the data are a whole Results even
      // when a rule found an error (the numbers a clerk mending the file wants, marked as such).
      const data = checked.results ?? (checked.plan ? (checked.loaded?.data as Results) : undefined);
      if (checked.plan && data) {
        const numbers = resultsSummary(checked.plan, data, { incomplete: errors.length > 0 });
        if (resultsBlock) text.push(resultsBlock(file, numbers, options.lang));
        else results.push({ file, ...numbers });
      }
      // A linked plan with errors of its own is a warning to validate; here it leaves nothing to compare.
      const unplanned = checked.diagnostics.filter((d) => d.code === "results/plan-invalid");
      if (unplanned.length) uncompared = true;
      if (errors.length || unplanned.length) problems.push({ file, diagnostics: [...errors, ...unplanned] });
      continue;
    }
    const checked = checkBytes(read.bytes);
    // A clerk mending a plan wants the numbers too: a file that reads as a plan gets what can be computed.
    // A rule's error leaves the data whole; a schema error marks the part it is in as not computed.
    const data = checked.plan ?? checked.loaded?.data;
    if ((blocks || options.format === "json") && isMapping(data)) {
      const numbers = stats(
        data as unknown as Plan,
        checked.diagnostics.filter((d) => d.code.startsWith("schema/")),
      );
      if (blocks) text.push(blocks(file, numbers));
      else perFile.push({ file, ...numbers });
    }
    // Only a valid plan is counted; the summary keeps its small record, not the plan (1 500 plans).
    entries.push(summaryEntry(file, checked.plan ?? data, checked.diagnostics, describe));
    const errors = checked.diagnostics.filter((d) => d.severity === "error");
    if (errors.length) problems.push({ file, diagnostics: errors });
  }

  if (setAside.length) {
    const words = RESULTS_STATS[options.lang];
    if (!entries.length) {
      io.stderr(words.onlyResults(options.format));
      return 2;
    }
    io.stderr(words.setAside(options.format, setAside));
  }
  const summary = summarize(entries);
  let bytes: Uint8Array | undefined;
  if (options.format === "json") {
    // Plans as before ({ files, summary }); results files under their own key, present when given.
    const out = {
      ...(entries.length || !resultsGiven ? { files: perFile, summary } : {}),
      ...(resultsGiven ? { results } : {}),
    };
    text.push(`${JSON.stringify(out, null, 2)}\n`);
  } else if (options.format === "csv") text.push((await import("../formatters/summary-csv.js")).summaryCsv(summary));
  else if (options.format === "xlsx")
    bytes = await (await import("../formatters/summary-xlsx.js")).summaryXlsx(summary, { created: new Date() });
  // One plan is its own block; from two files on, the summary follows.
  else if (entries.length > 1)
    text.push(options.format === "markdown" ? summaryMarkdown(summary) : summaryTable(summary));

  if (target) {
    const failure = await writeOutput(target, bytes ?? new TextEncoder().encode(text.join("")), {
      kind,
      force: options.force,
    });
    if (failure) return refuse(io, target, failure, options);
    announceWritten(io, target, options.lang);
  } else io.stdout(text.join(""));
  if (problems.length)
    await printDiagnostics(io, problems, {
      format: "stylish",
      lang: options.lang,
      color: options.color,
      stream: "stderr",
    });
  return Math.max(exitCodeFor(problems.flatMap((p) => p.diagnostics)), uncompared ? 1 : 0);
}

async function refuse(
  io: CliIO,
  target: string,
  diagnostic: FileResult["diagnostics"][number],
  options: StatsOptions,
): Promise<number> {
  await complain(io, target, [diagnostic], options);
  return 2;
}
