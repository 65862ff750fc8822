// The fast path for `plan validate` over many files: most files in a CI run are clean, and a clean file
// needs no positions. A file is read without positions (js-yaml, YAML 1.2 core schema) only when nothing
// in its text could be one of the slips the full reader looks for; the schema and every rule then run
// on it; if anything at all is found, the caller checks the file again on the full path, with positions.
// So the fast path can only ever say "clean"; a test holds it to the full path on every corpus we have.
import { CORE_SCHEMA, load as loadFast } from "js-yaml";
import validatePlan from "../generated/plan-validator.cjs";
import type { Diagnostic, Range } from "./diagnostic.js";
import type { Positions } from "./load/positions.js";
import type { Plan } from "./plan.js";
import { RULES } from "./rules/index.js";
import { runRules } from "./rules/rule.js";

/** Characters that only ever appear in a file the full reader must see: controls, invisible spaces, tabs, typed bullets. */
const RISKY_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00ad\t•●▪◦]/u;
const KEY = /^[A-Za-z][A-Za-z0-9]*:(?: |$)/u;
/** A value that starts with a character YAML reads as markup (anchor, alias, tag, directive, flow, block, quote). */
const MARKUP_START = /^[&*!%@`?|>{[“”'"]/u;

/**
 * Whether every line is one the fast reader reads as the full reader does: keys, list items, comments
 * on their own line or after two spaces, closed flow collections, block scalars. Anything else (a line
 * continuing a text, a glued " #", a sentence with a colon, "–" typed as a bullet) needs the full reader.
 */
export function plainEnough(text: string): boolean {
  if (RISKY_CHARACTERS.test(text)) return false;
  let blockIndent = -1;
  // Column of the last line's text value: a following line indented past it continues that text.
  let valueColumn = Infinity;
  for (const source of text.split("\n")) {
    const line = source.endsWith("\r") ? source.slice(0, -1) : source;
    const trimmed = line.trimStart();
    const indent = line.length - trimmed.length;
    if (blockIndent >= 0) {
      if (trimmed === "" || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (trimmed === "---" || trimmed.startsWith("– ")) return false;
    if (indent > valueColumn) return false;
    valueColumn = Infinity;
    let rest = trimmed;
    let dashColumn = -1;
    while (rest.startsWith("- ")) {
      dashColumn = indent + (trimmed.length - rest.length);
      rest = rest.slice(2).trimStart();
    }
    if (rest === "-") continue;
    const isKey = KEY.test(rest);
    const textColumn = isKey ? indent + (trimmed.length - rest.length) : dashColumn;
    if (!isKey && rest === trimmed) return false; // neither a key nor a list item: a continued text
    const raw = isKey ? rest.slice(rest.indexOf(":") + 1) : ` ${rest}`;
    let value = raw.trimStart();
    if (value.startsWith("#")) {
      // "calendar:   # ghi chú": an empty value and a comment.
      if (!/^#(\s|$)/u.test(value)) return false;
      value = "";
    }
    // A comment after a value must be its own: two spaces before the #, a space after it.
    const hash = value.indexOf("#");
    if (hash >= 0) {
      const comment = /\s{2,}#(\s|$)/u.exec(value);
      if (!comment || comment.index + comment[0].indexOf("#") !== hash) return false;
      value = value.slice(0, comment.index);
    }
    if (value === "") continue;
    valueColumn = textColumn;
    if (/^[|>][-+0-9]*$/u.test(value)) {
      valueColumn = Infinity;
      blockIndent = indent;
      continue;
    }
    if (/^\{[^{}]*\}$/u.test(value) || /^\[[^[\]]*\]$/u.test(value)) continue;
    // A quoted text closed on its line is read alike by both readers.
    if (/^"(?:[^"\\]|\\.)*"$/u.test(value) || /^'(?:[^']|'')*'$/u.test(value)) continue;
    if (MARKUP_START.test(value)) return false;
    // "Chỉ tiêu: 100%", "… như sau:": a colon a YAML reader could take for a key.
    if (/:(\s|$)/u.test(value) || value.endsWith(":")) return false;
  }
  return true;
}

const NOWHERE: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
/** Rules ask for positions only to report; on the fast path any report sends the file to the full path. */
const NO_POSITIONS = { of: () => NOWHERE, inScalar: () => NOWHERE, span: () => NOWHERE } as unknown as Positions;

/** true when the text is a clean plan (no error, warning or note) as far as the full path would tell. */
export function cleanFast(text: string): boolean {
  if (!plainEnough(text)) return false;
  let data: unknown;
  try {
    data = loadFast(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return false;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  if (!validatePlan(data)) return false;
  const plan = data as Plan;
  plan.targets.individual ??= [];
  const found: Diagnostic[] = runRules(RULES, plan, NO_POSITIONS);
  return found.length === 0;
}
