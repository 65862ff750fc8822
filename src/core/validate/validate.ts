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
  if (loaded.data === undefined || hasErrors(loaded.diagnostics))
    return capped(sortDiagnostics(cutOff(loaded, [...loaded.diagnostics])));
  const schemaDiagnostics = validateSchema(loaded.data, loaded.positions);
  if (schemaDiagnostics.length > 0)
    return capped(sortDiagnostics(cutOff(loaded, [...loaded.diagnostics, ...schemaDiagnostics])));
  return capped(
    sortDiagnostics([...loaded.diagnostics, ...runRules(RULES, withDefaults(loaded.data as Plan), loaded.positions)]),
  );
}

/**
 * A file that stops mid-line, with fields missing or its last line unreadable, was most likely cut off:
 * one message at the last line says so, instead of a "missing" for every field after the cut.
 */
function cutOff(loaded: LoadedPlan, diagnostics: Diagnostic[]): Diagnostic[] {
  const last = loaded.lastLine;
  // A file that ends with a closing bracket (a JSON plan, a flow mapping) ended where it meant to.
  if (!last || /[}\]]\s*$/u.test(last.text)) return diagnostics;
  const missing = diagnostics.filter((d) => d.code === "schema/required");
  const broken = diagnostics.filter(
    (d) => d.severity === "error" && d.code.startsWith("yaml/") && d.range.start.line === last.line,
  );
  if (!missing.length && !broken.length) return diagnostics;
  const names = [...new Set(missing.map((d) => String(d.args.propertyTitle ?? d.args.property)))];
  const kept = diagnostics.filter(
    (d) => !missing.includes(d) && !broken.includes(d) && d.range.start.line !== last.line,
  );
  const at = { line: last.line, column: 1 };
  return [
    ...kept,
    {
      code: "plan/cut-off",
      severity: "error",
      path: [],
      range: { start: at, end: at },
      args: { line: last.line, typed: last.text.trim(), missing: names.map((n) => `“${n}”`).join(", ") },
    },
  ];
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
  return [
    ...diagnostics.slice(0, MAX_DIAGNOSTICS),
    {
      code: "limits/diagnostics",
      severity: "info",
      path: [],
      range: FILE_START,
      args: { more, limit: MAX_DIAGNOSTICS },
    },
  ];
}
