import type { Diagnostic, DiagnosticArgs, DiagnosticCode, PathSegment, Range, Severity } from "../diagnostic.js";
import type { PlanPositions } from "../load/line-index.js";
import type { Plan } from "../plan.js";

/** What a rule sees: the schema-valid plan and a way to report at a path (or inside a string). */
export interface RuleContext {
  plan: Plan;
  report(finding: {
    code: DiagnosticCode;
    path: PathSegment[];
    args?: DiagnosticArgs;
    severity?: Severity;
    range?: Range;
    key?: boolean;
  }): void;
  /** The range of characters [from, to) inside the string at `path`. */
  within(path: PathSegment[], from: number, to: number): Range;
}

/** How sure the reference notes are of a legal requirement: tdkt-rules.md's [C], [P], [U] and [I]. */
export type Confidence = "confirmed" | "partial" | "unverified" | "inferred";

/**
 * Why a rule holds. Only a confirmed legal requirement may be an error: the plan goes to the Phòng or
 * the Sở, and a clerk told "illegal" on an unconfirmed reading would change a correct plan.
 */
export type Basis =
  /** A legal document requires it. `cites` is how a clerk would cite it; `notes` where the reading is checked. */
  | { kind: "law"; cites: string; confidence: Confidence; notes: string }
  /** A district's or province's own rule, applied only when the plan names it: the law sets none (never an error). */
  | { kind: "local-policy"; notes: string }
  /**
   * The plan must agree with itself: its arithmetic, its dates, its references, its file format. Certain by
   * construction.
   */
  | { kind: "consistency"; notes: string };

/** What one code tells the clerk, in both languages, as the README's tables show it. */
export interface CodeMeta {
  /** The default; a report names another only in a case the summary states. */
  severity: Severity;
  summary: { vi: string; en: string };
}

/** A rule's description of itself, as ESLint's `meta` and markdownlint's rule objects carry theirs. */
export interface RuleMeta {
  /** The file in src/core/rules/ (without .ts): where the rule is read and changed. */
  id: string;
  /** Every code the rule may report, in the order the README lists them. */
  codes: { readonly [code in DiagnosticCode]?: CodeMeta };
  /** Whether `plan fix` rewrites what this rule reports (the set `fix` mends is derived from this). */
  fixable: boolean;
  basis: Basis;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** The codes a rule declares, in its order. */
export function codesOf(rule: Rule): DiagnosticCode[] {
  return Object.keys(rule.meta.codes) as DiagnosticCode[];
}

export function runRules(rules: readonly Rule[], plan: Plan, positions: PlanPositions): Diagnostic[] {
  const out: Diagnostic[] = [];
  // One context for all rules (the rule running supplies its codes' default severities): a many-file
  // check runs every rule on every plan.
  let declared: RuleMeta["codes"] = {};
  const context: RuleContext = {
    plan,
    report: ({ code, path, args = {}, severity: own = declared[code]?.severity ?? "error", range, key }) =>
      out.push({ code, severity: own, path, args, range: range ?? positions.of(path, { key }) }),
    within: (path, from, to) => positions.inScalar(path, from, to),
  };
  for (const rule of rules) {
    declared = rule.meta.codes;
    rule.check(context);
  }
  return out;
}
