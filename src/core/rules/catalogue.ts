// Every diagnostic code with its description, from the two places that describe them: the stages before
// the rules (file-checks.ts) and each rule's own metadata. The README's tables (scripts/rule-docs.mjs)
// and plan fix's set of mendable codes are read from here, so neither can drift from the rules.
import type { DiagnosticCode, Severity } from "../diagnostic.js";
import { CHECK_STAGES, type CheckStage } from "./file-checks.js";
import { RULES } from "./index.js";
import { RESULTS_LINK_CODES, RESULTS_RENDER_CODES, RESULTS_RULES } from "../results/rules/index.js";
import type { Rule } from "./rule.js";

export interface CatalogueEntry {
  code: DiagnosticCode;
  severity: Severity;
  fixable: boolean;
  summary: { vi: string; en: string };
  /** The rule that reports the code, or the stage before the rules. */
  from: { rule: Pick<Rule, "meta"> } | { stage: CheckStage };
}

const RESULTS_RENDER_STAGE: CheckStage = {
  title: { vi: "Xuất văn bản của năm", en: "Rendering the year's documents" },
  producedBy: ["src/cli/commands/render.ts"],
  codes: RESULTS_RENDER_CODES,
};
const RESULTS_STAGE: CheckStage = {
  title: { vi: "Tệp kết quả", en: "The results file" },
  producedBy: ["src/core/results/check.ts"],
  codes: RESULTS_LINK_CODES,
};

export const CATALOGUE: readonly CatalogueEntry[] = [
  ...CHECK_STAGES.flatMap((stage) =>
    Object.entries(stage.codes).map(([code, meta]) => ({
      code: code as DiagnosticCode,
      severity: meta.severity,
      fixable: meta.fixable,
      summary: meta.summary,
      from: { stage },
    })),
  ),
  ...RULES.flatMap((rule) =>
    Object.entries(rule.meta.codes).map(([code, meta]) => ({
      code: code as DiagnosticCode,
      severity: meta.severity,
      fixable: rule.meta.fixable,
      summary: meta.summary,
      from: { rule },
    })),
  ),
  // The results file's codes (core/results/): its link to the plan, then its rules.
  ...Object.entries(RESULTS_LINK_CODES).map(([code, meta]) => ({
    code: code as DiagnosticCode,
    severity: meta.severity as Severity,
    fixable: false,
    summary: meta.summary,
    from: { stage: RESULTS_STAGE },
  })),
  ...Object.entries(RESULTS_RENDER_CODES).map(([code, meta]) => ({
    code: code as DiagnosticCode,
    severity: meta.severity as Severity,
    fixable: false,
    summary: meta.summary,
    from: { stage: RESULTS_RENDER_STAGE },
  })),
  ...RESULTS_RULES.flatMap((rule) =>
    Object.entries(rule.meta.codes).map(([code, meta]) => ({
      code: code as DiagnosticCode,
      severity: meta.severity,
      fixable: false,
      summary: meta.summary,
      from: { rule },
    })),
  ),
];

/** The codes `plan fix` may mend: the metadata's `fixable` is the one place this is decided. */
export const FIXABLE: ReadonlySet<DiagnosticCode> = new Set(
  CATALOGUE.filter((entry) => entry.fixable).map((entry) => entry.code),
);
