// Bytes of a results file (kind: results) → its diagnostics: the same reader and positions as a plan, its
// own schema, then its rules with the plan it links to. The plan is read through `readPlan` (the CLI
// resolves the path beside the file), so the core stays free of the file system.
import validateResults from "../../generated/results-validator.cjs";
import { checkBytes } from "../check.js";
import { hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostic.js";
import { decode } from "../load/decode.js";
import { load, type LoadedPlan } from "../load/load.js";
import type { Plan } from "../plan.js";
import { validateSchemaWith } from "../validate/schema.js";
import { SchemaNav } from "../validate/schema-nav.js";
import { runResultsRules } from "./rule.js";
import { RESULTS_RULES } from "./rules/index.js";
import type { Results } from "./types.js";

export const resultsSchema = validateResults.schema;
const nav = new SchemaNav(resultsSchema, "tệp kết quả");

export interface CheckedResults {
  loaded?: LoadedPlan;
  /** The results when they have no errors. */
  results?: Results;
  /** The linked plan when it was found and is valid. */
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/** Whether parsed data is a results file: the one mark is `kind: results`. */
export function isResultsData(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { kind?: unknown }).kind === "results";
}

/** A cheap look at the text, before parsing it: validate sends such a file here instead of to the plan check. */
export function looksLikeResults(text: string): boolean {
  return /^kind:\s*["']?results["']?\s*(#.*)?$/mu.test(text);
}

export function checkResultsBytes(
  bytes: Uint8Array,
  readPlan: (path: string) => Uint8Array | undefined,
): CheckedResults {
  const decoded = decode(bytes);
  if (decoded.problem) return checkBytes(bytes);
  const loaded = load(decoded.text!);
  if (loaded.data === undefined || hasErrors(loaded.diagnostics))
    return { loaded, diagnostics: sortDiagnostics([...loaded.diagnostics]) };
  const schema = validateSchemaWith(validateResults, nav, loaded.data, loaded.positions);
  if (schema.length) return { loaded, diagnostics: sortDiagnostics([...loaded.diagnostics, ...schema]) };
  const results = loaded.data as Results;
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const planBytes = readPlan(results.plan);
  let plan: Plan | undefined;
  if (!planBytes)
    diagnostics.push({
      code: "results/plan-missing",
      severity: "error",
      path: ["plan"],
      range: loaded.positions.of(["plan"]),
      args: { plan: results.plan },
    });
  else {
    const checked = checkBytes(planBytes);
    plan = checked.plan;
    if (!plan)
      diagnostics.push({
        code: "results/plan-invalid",
        severity: "warning",
        path: ["plan"],
        range: loaded.positions.of(["plan"]),
        args: { plan: results.plan, errors: checked.diagnostics.filter((d) => d.severity === "error").length },
      });
  }
  diagnostics.push(...runResultsRules(RESULTS_RULES, results, plan, loaded.positions));
  const valid = !hasErrors(diagnostics);
  return { loaded, results: valid ? results : undefined, plan, diagnostics: sortDiagnostics(diagnostics) };
}
