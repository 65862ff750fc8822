// plan results init --from plan.yaml: writes a commented results file beside the plan, through the same
// output policy as every file plan writes (a .yaml is the clerk's own work: never replaced without --force).
import { resultsSkeleton } from "../../core/results/skeleton.js";
import type { Lang } from "../../messages/index.js";
import type { CliIO } from "../io.js";
import { writeAnnounced } from "../output.js";
import { planForResults, planLinkFrom, resultsFileFor } from "../results-file.js";

export async function resultsInitCommand(
  io: CliIO,
  options: { from: string; output?: string; force?: boolean; lang: Lang; color?: boolean },
): Promise<number> {
  const plan = await planForResults(io, options.from, options);
  if (typeof plan === "number") return plan;
  const target = options.output ?? resultsFileFor(options.from);
  // As for a plan (paths.ts): relative inside the tool's folder, an absolute file address anywhere else.
  const { schemaPathFor } = await import("../paths.js");
  const text = resultsSkeleton(plan, planLinkFrom(target, options.from), schemaPathFor(target, "results"));
  return writeAnnounced(
    io,
    target,
    new TextEncoder().encode(text),
    { kind: "plan", force: options.force, input: options.from },
    options,
  );
}
