// Every diagnostic code with its description, from the two places that describe them: the stages before
// the rules (file-checks.ts) and each rule's own metadata. The README's tables (scripts/rule-docs.mjs)
// and plan fix's set of mendable codes are read from here, so neither can drift from the rules.
import type { DiagnosticCode, Severity } from "../diagnostic.js";
import { CHECK_STAGES, type CheckStage } from "./file-checks.js";
import { RULES } from "./index.js";
import type { Rule } from "./rule.js";

export interface CatalogueEntry {
  code: DiagnosticCode;
  severity: Severity;
  fixable: boolean;
  summary: { vi: string; en: string };
  /** The rule that reports the code, or the stage before the rules. */
  from: { rule: Rule } | { stage: CheckStage };
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  ...CHECK_STAGES.flatMap((stage) =>
    Object.entries(stage.codes).map(([code, meta]) => ({ code: code as DiagnosticCode, severity: meta.severity, fixable: meta.fixable, summary: meta.summary, from: { stage } })),
  ),
  ...RULES.flatMap((rule) =>
    Object.entries(rule.meta.codes).map(([code, meta]) => ({ code: code as DiagnosticCode, severity: meta.severity, fixable: rule.meta.fixable, summary: meta.summary, from: { rule } })),
  ),
];

/** The codes `plan fix` may mend: the metadata's `fixable` is the one place this is decided. */
export const FIXABLE: ReadonlySet<DiagnosticCode> = new Set(CATALOGUE.filter((entry) => entry.fixable).map((entry) => entry.code));
