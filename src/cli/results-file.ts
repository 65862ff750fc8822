// A results file is checked with the plan it links to: the path in `plan:` is read beside the file,
// here, so the core never touches the disk.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { checkResultsBytes, looksLikeResults, type CheckedResults } from "../core/results/check.js";

/** The plan files a results file may link to are plans: the same size limit as any plan read. */
const MAX_PLAN_BYTES = 2 * 1024 * 1024;

export function readBeside(file: string): (path: string) => Uint8Array | undefined {
  return (path) => {
    try {
      const bytes = readFileSync(resolve(dirname(file), path));
      return bytes.length > MAX_PLAN_BYTES ? undefined : bytes;
    } catch {
      return undefined;
    }
  };
}

/** Whether `bytes` are a results file (`kind: results` near the top), before parsing them. */
export function isResultsBytes(bytes: Uint8Array): boolean {
  return looksLikeResults(new TextDecoder().decode(bytes.subarray(0, 65536)));
}

/** The results check of `bytes` when they are a results file, else undefined (a plan). */
export function checkResultsFile(file: string, bytes: Uint8Array): CheckedResults | undefined {
  if (!isResultsBytes(bytes)) return undefined;
  return checkResultsBytes(bytes, readBeside(file));
}
