// The pure core: text in, data out. No fs, console or process here; the CLI does I/O.
import { FILE_START, type Diagnostic } from "./diagnostic.js";
import { decode } from "./load/decode.js";
import { load, type LoadedPlan } from "./load/load.js";
import { loadPlain } from "./load/load-plain.js";
import type { Plan } from "./plan.js";
import { validate } from "./validate/validate.js";

export type { Diagnostic } from "./diagnostic.js";
export type { Plan } from "./plan.js";
export { decode, load, validate };

export interface Checked {
  loaded?: LoadedPlan;
  /** The plan when it has no errors (warnings allowed). */
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/**
 * Only the diagnostics of a file, as checkBytes gives them: a clean file is found clean on the fast path
 * (no positions, see fast.ts); a file with anything to report is checked on the full path.
 */
export function diagnosticsOf(bytes: Uint8Array, clean?: (text: string) => boolean): Diagnostic[] {
  const decoded = decode(bytes);
  if (clean && !decoded.problem && !decoded.normalized && !decoded.hadBom && clean(decoded.text!)) return [];
  return checkBytes(bytes, decoded).diagnostics;
}

/**
 * Bytes of a plan file → its diagnostics, and the plan itself when it is valid. A plan in the plain
 * style is read by the plain loader, anything else by the yaml library; `full` forces the library
 * (the reference the plain loader is tested against).
 */
export function checkBytes(bytes: Uint8Array, decoded = decode(bytes), options: { full?: boolean } = {}): Checked {
  if (decoded.problem) {
    const { code, args } = decoded.problem;
    const at = typeof args.line === "number" ? { line: args.line, column: Number(args.column) } : FILE_START.start;
    return { diagnostics: [{ code, severity: "error", path: [], range: { start: at, end: at }, args }] };
  }
  const loaded = (options.full ? undefined : loadPlain(decoded.text!)) ?? load(decoded.text!);
  let diagnostics = validate(loaded);
  const fileColumn = decoded.fileColumn;
  if (fileColumn) {
    // Positions were found in the NFC text; report them where the decomposed file has them.
    const at = (p: Diagnostic["range"]["start"]): Diagnostic["range"]["start"] => ({ line: p.line, column: fileColumn(p.line, p.column) });
    diagnostics = diagnostics.map((d) => ({ ...d, range: { start: at(d.range.start), end: at(d.range.end) } }));
  }
  if (decoded.normalized) diagnostics.unshift({ code: "encoding/normalized", severity: "info", path: [], range: FILE_START, args: {} });
  const valid = !diagnostics.some((d) => d.severity === "error");
  return { loaded, plan: valid ? (loaded.data as Plan) : undefined, diagnostics };
}
