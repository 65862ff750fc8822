import { stats, totals, type Stats } from "../../core/compute/stats.js";
import { DEFAULT_ROUNDING } from "../../core/compute/percent.js";
import type { Plan } from "../../core/plan.js";
import type { Lang } from "../../messages/index.js";
import { statsMarkdown, statsTable, totalsMarkdown, totalsTable } from "../formatters/stats-text.js";
import { saySkipped, sortInputs } from "../inputs.js";
import { exitCodeFor, type CliIO } from "../io.js";
import { printDiagnostics } from "../output.js";
import { readAhead } from "../read-ahead.js";
import type { FileResult } from "../report.js";
import { checkBytes } from "../../core/index.js";

export const STATS_FORMATS = ["table", "json", "markdown"] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];

/** Numbers of each valid plan on stdout; problems of invalid ones on stderr (exit 1), like validate. */
export async function statsCommand(io: CliIO, given: string[], options: { format: StatsFormat; lang: Lang; color?: boolean; anyName?: boolean }): Promise<number> {
  const { plans: files, skipped, refused } = sortInputs(given, options);
  saySkipped(io, skipped, options.lang);
  const computed: { file: string; stats: Stats }[] = [];
  const problems: FileResult[] = refused.map((r) => ({ file: r.file, diagnostics: [r.diagnostic] }));
  for await (const { file, read } of readAhead(files)) {
    if ("diagnostic" in read) {
      problems.push({ file, diagnostics: [read.diagnostic] });
      continue;
    }
    const checked = checkBytes(read.bytes);
    // A clerk mending a plan wants the numbers too: a file that reads as a plan gets what can be computed.
    // A rule's error leaves the data whole; a schema error marks the part it is in as not computed.
    const data = checked.plan ?? checked.loaded?.data;
    if (data !== null && typeof data === "object" && !Array.isArray(data)) computed.push({ file, stats: stats(data as Plan, checked.diagnostics.filter((d) => d.code.startsWith("schema/"))) });
    const errors = checked.diagnostics.filter((d) => d.severity === "error");
    if (errors.length) problems.push({ file, diagnostics: errors });
  }
  const sum = computed.length > 1 ? totals(computed.map((c) => c.stats), DEFAULT_ROUNDING) : undefined;
  if (options.format === "json") {
    io.stdout(`${JSON.stringify({ files: computed.map((c) => ({ file: c.file, ...c.stats })), totals: sum ?? null }, null, 2)}\n`);
  } else {
    const block = options.format === "markdown" ? statsMarkdown : statsTable;
    io.stdout(computed.map((c) => block(c.file, c.stats)).join("\n"));
    if (sum) io.stdout(options.format === "markdown" ? totalsMarkdown(sum) : totalsTable(sum));
  }
  if (problems.length) await printDiagnostics(io, problems, { format: "stylish", lang: options.lang, color: options.color, stream: "stderr" });
  return exitCodeFor(problems.flatMap((p) => p.diagnostics));
}
