// A worker thread for `plan validate --jobs N`: checks its share of the files and sends back the
// diagnostics (plain data, so they cross the thread boundary as they are).
import { parentPort, workerData } from "node:worker_threads";
import { cleanFast } from "../core/fast.js";
import { diagnosticsOf } from "../core/index.js";
import { readPlanFileShared } from "./io.js";
import type { FileResult } from "./report.js";

const files = workerData as string[];
const results: FileResult[] = files.map((file) => {
  const read = readPlanFileShared(file);
  return { file, diagnostics: "diagnostic" in read ? [read.diagnostic] : diagnosticsOf(read.bytes, cleanFast) };
});
parentPort!.postMessage(results);
