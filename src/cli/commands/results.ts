// plan results init --from plan.yaml: writes a commented results file beside the plan, through the same
// output policy as every file plan writes (a .yaml is the clerk's own work: never replaced without --force).
import { basename, dirname, join, relative, resolve } from "node:path";
import { checkBytes } from "../../core/index.js";
import { resultsSkeleton } from "../../core/results/skeleton.js";
import type { Lang } from "../../messages/index.js";
import { readPlanFileSync, type CliIO } from "../io.js";
import { announceWritten, complain } from "../output.js";
import { writeOutput } from "../output-policy.js";

export async function resultsInitCommand(
  io: CliIO,
  options: { from: string; output?: string; force?: boolean; lang: Lang; color?: boolean },
): Promise<number> {
  const read = readPlanFileSync(options.from);
  if ("diagnostic" in read) {
    await complain(io, options.from, [read.diagnostic], options);
    return 2;
  }
  const checked = checkBytes(read.bytes);
  if (!checked.plan) {
    await complain(
      io,
      options.from,
      checked.diagnostics.filter((d) => d.severity === "error"),
      options,
    );
    return 1;
  }
  const target =
    options.output ?? join(dirname(options.from), basename(options.from).replace(/(\.ya?ml)?$/i, "-ket-qua.yaml"));
  const planPath = relative(dirname(resolve(target)), resolve(options.from))
    .split("\\")
    .join("/");
  // As for a plan (paths.ts): relative inside the tool's folder, an absolute file address anywhere else.
  const { schemaPathFor } = await import("../paths.js");
  const link = schemaPathFor(target, "results");
  const text = resultsSkeleton(checked.plan, planPath, link);
  const failure = await writeOutput(target, new TextEncoder().encode(text), {
    kind: "plan",
    force: options.force,
    input: options.from,
  });
  if (failure) {
    await complain(io, target, [failure], options);
    return 2;
  }
  announceWritten(io, target, options.lang);
  return 0;
}
