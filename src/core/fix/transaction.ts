// `plan fix` as a transaction: the mended text is checked before anything is written. A change that
// leaves its line still unreadable (a key typed with Telex on, "stảt:", quoted into a sentence), turns a
// value into another type ("month: 9" → "month: \"9\""), or breaks a line it did not touch, is taken
// back, and the clerk is told which line could not be mended and why. What is written is only ever
// better than what was typed.
import type { Diagnostic } from "../diagnostic.js";
import { load } from "../load/load.js";
import { validate } from "../validate/validate.js";
import { fixText, type FixChange, type FixResult } from "./fix.js";

export interface RefusedChange extends FixChange {
  /** The problem the change would leave on its line, or cause elsewhere. */
  problem: Diagnostic;
}

export interface Transaction extends FixResult {
  /** Changes taken back: each would have left the file worse, or its slip unmended. */
  refused: RefusedChange[];
}

const findings = (text: string): Diagnostic[] => validate(load(text));
const isError = (d: Diagnostic): boolean => d.severity === "error";
/**
 * Problems of reading and form: a mended line must be free of these. Domain findings (a date out of order) are the
 * plan's, not fix's.
 */
const isFormProblem = (d: Diagnostic): boolean => /^(yaml|text|schema|encoding|plan|limits)\//.test(d.code);

function applied(lines: readonly string[], changes: readonly FixChange[]): string {
  const next = [...lines];
  for (const c of changes) next[c.line - 1] = c.after;
  return next.join("\n");
}

/** The changes fixText proposes that leave the file better, and those it had to take back. */
export function fixTransaction(input: string): Transaction {
  const proposed = fixText(input);
  const lines = input.split("\n");
  const before = findings(input).filter(isError);
  const had = new Set(before.map((d) => `${d.range.start.line}|${d.code}`));
  let accepted = proposed.changes;
  const refused: RefusedChange[] = [];
  // Each round takes back the changes the check blames; what is left is checked again.
  for (let round = 0; round <= proposed.changes.length; round++) {
    const after = findings(applied(lines, accepted)).filter(isError);
    const touched = new Map(accepted.map((c) => [c.line, c]));
    const blamed = new Map<number, Diagnostic>();
    for (const d of after) {
      const line = d.range.start.line;
      const change = touched.get(line);
      // A mend that leaves its line with a problem of form did not mend it ("38,5" → "38.5" is still no count).
      if (change && isFormProblem(d)) {
        if (!blamed.has(line)) blamed.set(line, d);
      }
    }
    // A reading problem on a line no change touched, that the typed file did not have: the changes broke
    // the file's structure. Which one is not known, so none of them is kept.
    const broken = after.find(
      (d) =>
        d.code.startsWith("yaml/") && !touched.has(d.range.start.line) && !had.has(`${d.range.start.line}|${d.code}`),
    );
    if (broken && !blamed.size) {
      refused.push(...accepted.map((c) => ({ ...c, problem: broken })));
      accepted = [];
      break;
    }
    if (!blamed.size) break;
    refused.push(...accepted.filter((c) => blamed.has(c.line)).map((c) => ({ ...c, problem: blamed.get(c.line)! })));
    accepted = accepted.filter((c) => !blamed.has(c.line));
  }
  return {
    text: applied(lines, accepted),
    changes: accepted,
    undecided: proposed.undecided,
    refused: refused.sort((a, b) => a.line - b.line),
  };
}
