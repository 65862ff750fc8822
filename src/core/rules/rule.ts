import type { Diagnostic, DiagnosticArgs, DiagnosticCode, PathSegment, Range, Severity } from "../diagnostic.js";
import type { Positions } from "../load/positions.js";
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

export function runRules(rules: readonly Rule[], plan: Plan, positions: Positions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    const context: RuleContext = {
      plan,
      report: ({ code, path, args = {}, severity = rule.severity, range, key }) =>
        out.push({ code, severity, path, args, range: range ?? positions.of(path, { key }) }),
      within: (path, from, to) => positions.inScalar(path, from, to),
    };
    rule.check(context);
  }
  return out;
}
