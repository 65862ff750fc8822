import type { Diagnostic, DiagnosticArgs, DiagnosticCode, PathSegment, Range, Severity } from "../diagnostic.js";
import type { PlanPositions } from "../load/line-index.js";
import type { Plan } from "../plan.js";

/** What a rule sees: the schema-valid plan and a way to report at a path (or inside a string). */
export interface RuleContext {
  plan: Plan;
  report(finding: { code: DiagnosticCode; path: PathSegment[]; args?: DiagnosticArgs; severity?: Severity; range?: Range; key?: boolean }): void;
  /** The range of characters [from, to) inside the string at `path`. */
  within(path: PathSegment[], from: number, to: number): Range;
}

export interface Rule {
  /** The codes this rule may report (documented in README). */
  codes: readonly DiagnosticCode[];
  severity: Severity;
  check(context: RuleContext): void;
}

export function runRules(rules: readonly Rule[], plan: Plan, positions: PlanPositions): Diagnostic[] {
  const out: Diagnostic[] = [];
  // One context for all rules (the rule running sets the default severity): a many-file check runs
  // every rule on every plan.
  let severity: Severity = "error";
  const context: RuleContext = {
    plan,
    report: ({ code, path, args = {}, severity: own = severity, range, key }) => out.push({ code, severity: own, path, args, range: range ?? positions.of(path, { key }) }),
    within: (path, from, to) => positions.inScalar(path, from, to),
  };
  for (const rule of rules) {
    severity = rule.severity;
    rule.check(context);
  }
  return out;
}
