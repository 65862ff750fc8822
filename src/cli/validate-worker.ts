// A worker thread for `plan validate --jobs N`: checks its share of the files and sends back the
// diagnostics (plain data, so they cross the thread boundary as they are).
import { parentPort, workerData } from "node:worker_threads";
import { fileDiagnostics } from "./check-file.js";
import { readPlanFileShared } from "./io.js";
import type { FileResult } from "./report.js";

const files = workerData as string[];
const results: FileResult[] = [];
for (const file of files) {
  const read = readPlanFileShared(file);
  results.push({ file, diagnostics: "diagnostic" in read ? [read.diagnostic] : fileDiagnostics(file, read.bytes) });
}
parentPort!.postMessage(results);
