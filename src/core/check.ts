// Bytes of a plan file → its diagnostics and the plan: the one way every command and test checks a file.
// The yaml library reads every plan and gives every position, so what a command reports is what the
// reader saw, with no second reader to keep in step with it.
import { FILE_START, type Diagnostic } from "./diagnostic.js";
import { decode, type Decoded } from "./load/decode.js";
import { load, type LoadedPlan } from "./load/load.js";
import type { Plan } from "./plan.js";
import { validate } from "./validate/validate.js";

export interface Checked {
  loaded?: LoadedPlan;
  /** The plan when it has no errors (warnings allowed). */
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/** The diagnostics of a file that could not be decoded (binary, UTF-16, not UTF-8). */
function undecodable(decoded: Decoded): Checked | undefined {
  if (!decoded.problem) return undefined;
  const { code, args } = decoded.problem;
  const at = typeof args.line === "number" ? { line: args.line, column: Number(args.column) } : FILE_START.start;
  return { diagnostics: [{ code, severity: "error", path: [], range: { start: at, end: at }, args }] };
}

/** Validates a loaded plan and reports positions where the file as written has them. */
function checkLoaded(decoded: Decoded, loaded: LoadedPlan): Checked {
  let diagnostics = validate(loaded);
  const fileColumn = decoded.fileColumn;
  if (fileColumn) {
    // Positions were found in the NFC text; report them where the decomposed file has them.
    const at = (p: Diagnostic["range"]["start"]): Diagnostic["range"]["start"] => ({
      line: p.line,
      column: fileColumn(p.line, p.column),
    });
    diagnostics = diagnostics.map((d) => ({ ...d, range: { start: at(d.range.start), end: at(d.range.end) } }));
  }
  if (decoded.normalized)
    diagnostics.unshift({ code: "encoding/normalized", severity: "info", path: [], range: FILE_START, args: {} });
  const valid = !diagnostics.some((d) => d.severity === "error");
  return { loaded, plan: valid ? (loaded.data as Plan) : undefined, diagnostics };
}

/** Bytes of a plan file → its diagnostics, and the plan itself when it is valid. Pure: no I/O. */
export function checkBytes(bytes: Uint8Array): Checked {
  const decoded = decode(bytes);
  return undecodable(decoded) ?? checkLoaded(decoded, load(decoded.text!));
}
