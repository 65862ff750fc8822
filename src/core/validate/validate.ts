import { hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostic.js";
import type { LoadedPlan } from "../load/load.js";
import type { Plan } from "../plan.js";
import { RULES } from "../rules/index.js";
import { runRules } from "../rules/rule.js";
import { validateSchema } from "./schema.js";

/**
 * Everything wrong with a loaded plan: YAML problems, then the schema, then the domain rules.
 * Rules only run on a schema-valid plan: a rule reading a half-typed field would only add noise.
 */
export function validate(loaded: LoadedPlan): Diagnostic[] {
  if (loaded.data === undefined || hasErrors(loaded.diagnostics)) return sortDiagnostics([...loaded.diagnostics]);
  const schemaDiagnostics = validateSchema(loaded.data, loaded.positions);
  if (schemaDiagnostics.length > 0) return sortDiagnostics([...loaded.diagnostics, ...schemaDiagnostics]);
  return sortDiagnostics([...loaded.diagnostics, ...runRules(RULES, loaded.data as Plan, loaded.positions)]);
}
