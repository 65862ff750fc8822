// The pure core: text in, data out. No fs, console or process here; the CLI does I/O.
import { checkLoaded, checkPlain, foundClean, undecodable, type Checked } from "./check.js";
import type { Diagnostic } from "./diagnostic.js";
import { decode } from "./load/decode.js";
import { load } from "./load/load.js";
import { fullPositions } from "./load/positions.js";
import { validate } from "./validate/validate.js";

export type { Checked } from "./check.js";
export type { Diagnostic } from "./diagnostic.js";
export type { Plan } from "./plan.js";
export { checkPlain, decode, load, validate };

/**
 * Only the diagnostics of a file, as checkBytes gives them: a clean file is found clean on the fast path
 * (no positions, see fast.ts); a file with anything to report is checked on the full path.
 */
export function diagnosticsOf(bytes: Uint8Array, clean?: (text: string) => boolean): Diagnostic[] {
  const decoded = decode(bytes);
  return foundClean(decoded, clean) ? [] : checkBytes(bytes, decoded).diagnostics;
}

/**
 * Bytes of a plan file → its diagnostics, and the plan itself when it is valid. A plan in the plain
 * style is read by the plain loader (check.ts), anything else by the yaml library; `full` forces the
 * library (the reference the plain loader is tested against).
 */
export function checkBytes(bytes: Uint8Array, decoded = decode(bytes), options: { full?: boolean } = {}): Checked {
  if (!options.full) {
    const plain = checkPlain(bytes, decoded, fullPositions);
    if (plain) return plain;
  }
  return undecodable(decoded) ?? checkLoaded(decoded, load(decoded.text!));
}
