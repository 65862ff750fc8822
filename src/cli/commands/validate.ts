import type { Lang } from "../../messages/index.js";
import { fileDiagnostics } from "../check-file.js";
import { saySkipped, sortInputs } from "../inputs.js";
import { exitCodeFor, readPlanFileShared, type CliIO } from "../io.js";
import { printDiagnostics, type DiagnosticFormat } from "../output.js";
import { isExecutable } from "../paths.js";
import type { FileResult } from "../report.js";

export interface ValidateOptions {
  format: DiagnosticFormat;
  lang: Lang;
  color?: boolean;
  /** Threads to check files on; 1 checks on the main thread only; left out, see defaultJobs. */
  jobs?: number;
  /** "warning" makes warnings fail the run too (exit 1), for CI that wants a clean plan. */
  failOn?: "error" | "warning";
  /** Read every name as a plan (see inputs.ts). */
  anyName?: boolean;
}

/** Below this many files per thread a worker's start-up (~60 ms) costs more than it saves. */
const FILES_PER_WORKER = 40;

/** Checks `files` on worker threads, each taking a contiguous share; results keep the files' order. */
async function checkInWorkers(files: string[], jobs: number): Promise<FileResult[]> {
  const { Worker } = await import("node:worker_threads");
  const size = Math.ceil(files.length / jobs);
  const shares = Array.from({ length: jobs }, (_, i) => files.slice(i * size, (i + 1) * size)).filter(
    (s) => s.length > 0,
  );
  const { existsSync } = await import("node:fs");
  // In the bundle this code sits in dist/cli/chunks/ and the worker entry in dist/cli/.
  const url = [
    new URL("./validate-worker.js", import.meta.url),
    new URL("../validate-worker.js", import.meta.url),
  ].find((u) => existsSync(u))!;
  const parts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<FileResult[]>((resolve, reject) => {
          const worker = new Worker(url, { workerData: share });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  return parts.flat();
}

/**
 * --jobs left out: threads only where there are cores to spare. On 2 cores, 2 threads were slower than
 * one (npm run bench, 1 000 plans: 1,73 s against 1,54 s on Node 20, 1,26 s against 1,03 s on Node 24):
 * the main thread and V8's garbage-collector threads already use both.
 */
async function defaultJobs(fileCount: number): Promise<number> {
  if (fileCount < 2 * FILES_PER_WORKER) return 1;
  const cores = (await import("node:os")).availableParallelism();
  return cores >= 4 ? Math.min(cores, 8) : 1;
}

/** Above this many files a terminal gets a progress line on stderr. */
const PROGRESS_FROM = 20;

export async function validateCommand(io: CliIO, given: string[], options: ValidateOptions): Promise<number> {
  const started = process.hrtime.bigint();
  const { plans: files, skipped, refused } = sortInputs(given, options);
  saySkipped(io, skipped, options.lang);
  // A name that is not a plan's is a result of its own (exit 2), in every output format.
  const results: FileResult[] = refused.map((r) => ({ file: r.file, diagnostics: [r.diagnostic] }));
  // The single executable has no worker file to start (its one script is inside the program): one thread.
  const jobs = isExecutable()
    ? 1
    : Math.min(options.jobs ?? (await defaultJobs(files.length)), Math.floor(files.length / FILES_PER_WORKER));
  if (jobs > 1) results.push(...(await checkInWorkers(files, jobs)));
  else {
    // Plain synchronous reads: no thread-pool round trips, and no fs/promises to load.
    const progress = io.stderrIsTTY && files.length > PROGRESS_FROM;
    for (const file of files) {
      const read = readPlanFileShared(file);
      results.push({ file, diagnostics: "diagnostic" in read ? [read.diagnostic] : fileDiagnostics(file, read.bytes) });
      if (progress && results.length % 25 === 0) io.stderr(`\r${results.length}/${files.length} tệp…`);
    }
    if (progress) io.stderr("\r\u001b[K");
  }
  await printDiagnostics(io, results, { ...options, elapsedMs: Number(process.hrtime.bigint() - started) / 1e6 });
  return exitCodeFor(
    results.flatMap((r) => r.diagnostics),
    options.failOn,
  );
}
