// A results file is checked with the plan it links to: the path in `plan:` is read beside the file,
// here, so the core never touches the disk.
import { readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { checkBytes, type Plan } from "../core/index.js";
import { checkResultsBytes, looksLikeResults, type CheckedResults } from "../core/results/check.js";
import type { Lang } from "../messages/index.js";
import { readPlanFileSync, type CliIO } from "./io.js";
import { complain } from "./output.js";

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

/**
 * The plan a new results file is made from (results init, results import): read and checked, or the exit
 * code after its problems are said (2 unreadable, 1 with errors).
 */
export async function planForResults(
  io: CliIO,
  from: string,
  options: { lang: Lang; color?: boolean },
): Promise<Plan | number> {
  const read = readPlanFileSync(from);
  if ("diagnostic" in read) {
    await complain(io, from, [read.diagnostic], options);
    return 2;
  }
  const checked = checkBytes(read.bytes);
  if (checked.plan) return checked.plan;
  await complain(
    io,
    from,
    checked.diagnostics.filter((d) => d.severity === "error"),
    options,
  );
  return 1;
}

/** Where a results file made from `from` goes by default: beside it, ke-hoach.yaml → ke-hoach-ket-qua.yaml. */
export const resultsFileFor = (from: string): string =>
  join(dirname(from), basename(from).replace(/(\.ya?ml)?$/i, "-ket-qua.yaml"));

/** The `plan:` link of a results file at `target` to the plan at `from`: relative, with "/" on every system. */
export const planLinkFrom = (target: string, from: string): string =>
  relative(dirname(resolve(target)), resolve(from))
    .split("\\")
    .join("/");
