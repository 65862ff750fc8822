// The fast path for `plan validate` over many files: most files in a CI run are clean, and a clean file
// needs no positions. A file in the plain style is read in one pass without positions (load/read-plain.ts);
// the schema and every rule then run on it; if anything at all is found, the caller checks the file
// again on the full path, with positions. So the fast path can only ever say "clean"; a test holds it to
// the full path on every corpus we have, and the plain reader to the full reader's data.
import validatePlan from "../generated/plan-validator.cjs";
import type { Diagnostic, Range } from "./diagnostic.js";
import type { PlanPositions } from "./load/line-index.js";
import { readPlain } from "./load/read-plain.js";
import type { Plan } from "./plan.js";
import { RULES } from "./rules/index.js";
import { runRules } from "./rules/rule.js";

const NOWHERE: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
/** Rules ask for positions only to report; on the fast path any report sends the file to the full path. */
const NO_POSITIONS = { of: () => NOWHERE, inScalar: () => NOWHERE, span: () => NOWHERE } as unknown as PlanPositions;

/** true when the text is a clean plan (no error, warning or note) as far as the full path would tell. */
export function cleanFast(text: string): boolean {
  return cleanPlanFast(text) !== undefined;
}

/** The plan, as validation leaves it, when the text is clean as cleanFast tells; else undefined. For stats over many files, which need the data and would otherwise read each clean file twice. */
export function cleanPlanFast(text: string): Plan | undefined {
  const data = readPlain(text);
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  if (!validatePlan(data)) return undefined;
  const plan = data as Plan;
  plan.targets.individual ??= [];
  const found: Diagnostic[] = runRules(RULES, plan, NO_POSITIONS);
  return found.length === 0 ? plan : undefined;
}
