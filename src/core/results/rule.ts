// A results rule describes itself as a plan rule does (core/rules/rule.ts, RuleMeta: its source and how
// sure the reference is of it) and sees the results file, the plan it links to, and the rules of its date.
import type { Diagnostic, DiagnosticArgs, DiagnosticCode, PathSegment, Severity } from "../diagnostic.js";
import type { PlanPositions } from "../load/line-index.js";
import type { Plan } from "../plan.js";
import type { RuleMeta } from "../rules/rule.js";
import { ResultsModel } from "./model.js";
import { regimeAt, regimeDate, type Regime } from "./regime.js";
import type { Results } from "./types.js";

export interface ResultsContext {
  results: Results;
  model: ResultsModel;
  /** The linked plan when it was found and is valid: the rules that compare with it skip otherwise. */
  plan?: Plan;
  /** The texts in force on the meeting's (or decision's) date; undefined when the file has no date yet. */
  regime?: Regime;
  report(finding: {
    code: DiagnosticCode;
    path: PathSegment[];
    args?: DiagnosticArgs;
    severity?: Severity;
    key?: boolean;
  }): void;
}

export interface ResultsRule {
  meta: RuleMeta;
  check(context: ResultsContext): void;
}

export function runResultsRules(
  rules: readonly ResultsRule[],
  results: Results,
  plan: Plan | undefined,
  positions: PlanPositions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const date = regimeDate(results);
  let declared: RuleMeta["codes"] = {};
  const context: ResultsContext = {
    results,
    model: new ResultsModel(results),
    plan,
    regime: date ? regimeAt(date) : undefined,
    report: ({ code, path, args = {}, severity, key }) =>
      out.push({
        code,
        severity: severity ?? declared[code]?.severity ?? "error",
        path,
        args,
        range: positions.of(path, { key }),
      }),
  };
  for (const rule of rules) {
    declared = rule.meta.codes;
    rule.check(context);
  }
  return out;
}

/** The name a message shows for a candidate id: the person's or the collective's, else the id itself. */
export function nameOf(model: ResultsModel, id: string): string {
  return model.staffById.get(id)?.member.name ?? model.collectiveById.get(id)?.collective.name ?? id;
}
