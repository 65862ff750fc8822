import { FILE_START, hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostic.js";
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
  if (loaded.data === undefined || hasErrors(loaded.diagnostics)) return capped(sortDiagnostics([...loaded.diagnostics]));
  const schemaDiagnostics = validateSchema(loaded.data, loaded.positions);
  if (schemaDiagnostics.length > 0) return capped(sortDiagnostics([...loaded.diagnostics, ...schemaDiagnostics]));
  return capped(sortDiagnostics([...loaded.diagnostics, ...runRules(RULES, withDefaults(loaded.data as Plan), loaded.positions)]));
}

/** Fields the format lets a clerk leave out, filled in once so the rules and renderers need not ask. */
function withDefaults(plan: Plan): Plan {
  // An office's plan may count only schools and collectives: no staff targets at all.
  plan.targets.individual ??= [];
  return plan;
}

/** A file with 200 000 unknown keys needs its first problems fixed, not 200 000 lines of output. */
export const MAX_DIAGNOSTICS = 200;

function capped(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const more = diagnostics.length - MAX_DIAGNOSTICS;
  return [...diagnostics.slice(0, MAX_DIAGNOSTICS), { code: "limits/diagnostics", severity: "info", path: [], range: FILE_START, args: { more, limit: MAX_DIAGNOSTICS } }];
}
