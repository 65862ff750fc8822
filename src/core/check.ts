// Bytes of a plan file → its diagnostics and the plan, for a plan in the plain style, without the yaml
// library (its ~130 KB bundle took ~12 ms to load on Node 20 in every render, validate and stats).
// Anything else — a slip, a comment, a block of text, a position only the full reader knows — is
// answered `undefined`, and the caller asks index.ts's checkBytes, which has the library.
import { FILE_START, type Diagnostic } from "./diagnostic.js";
import { decode, type Decoded } from "./load/decode.js";
import type { LoadedPlan } from "./load/load.js";
import { loadPlain, NeedsFullReader, type FullPositions } from "./load/load-plain.js";
import type { Plan } from "./plan.js";
import { validate } from "./validate/validate.js";

export interface Checked {
  loaded?: LoadedPlan;
  /** The plan when it has no errors (warnings allowed). */
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/**
 * Whether the fast path (fast.ts's cleanFast, passed in) finds the file clean. Only a text decoded as it
 * was written can be: a normalised or BOM-prefixed file has a note to report.
 */
export function foundClean(decoded: Decoded, clean: ((text: string) => boolean) | undefined): boolean {
  return clean !== undefined && !decoded.problem && !decoded.normalized && !decoded.hadBom && clean(decoded.text!);
}

/** The diagnostics of a file that could not be decoded (binary, UTF-16, not UTF-8). */
export function undecodable(decoded: Decoded): Checked | undefined {
  if (!decoded.problem) return undefined;
  const { code, args } = decoded.problem;
  const at = typeof args.line === "number" ? { line: args.line, column: Number(args.column) } : FILE_START.start;
  return { diagnostics: [{ code, severity: "error", path: [], range: { start: at, end: at }, args }] };
}

/** Validates a loaded plan and reports positions where the file as written has them. */
export function checkLoaded(decoded: Decoded, loaded: LoadedPlan): Checked {
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

/**
 * The plain path: the answer checkBytes would give, or undefined when the file needs the full reader.
 * `full`, when given, supplies the positions the plain reader did not keep (then only a text that is not
 * plain is left undefined).
 */
export function checkPlain(bytes: Uint8Array, decoded: Decoded = decode(bytes), full?: FullPositions): Checked | undefined {
  const problem = undecodable(decoded);
  if (problem) return problem;
  const loaded = loadPlain(decoded.text!, full);
  if (!loaded) return undefined;
  try {
    return checkLoaded(decoded, loaded);
  } catch (error) {
    if (error instanceof NeedsFullReader) return undefined;
    throw error;
  }
}
