// The core's checkBytes for the commands, with the yaml library loaded only for a plan that needs it:
// most plans are in the plain style and are read without it (core/check.ts).
import { checkPlain, foundClean, type Checked } from "../core/check.js";
import type { Diagnostic } from "../core/diagnostic.js";
import { decode } from "../core/load/decode.js";

let fullCore: Promise<typeof import("../core/index.js")> | undefined;

/** What the core's checkBytes answers for these bytes. */
export async function checkFile(bytes: Uint8Array, decoded = decode(bytes)): Promise<Checked> {
  return checkPlain(bytes, decoded) ?? (await (fullCore ??= import("../core/index.js"))).checkBytes(bytes, decoded);
}

/** What the core's diagnosticsOf answers: a file the fast path finds clean is not checked further. */
export async function diagnosticsOfFile(bytes: Uint8Array, clean?: (text: string) => boolean): Promise<Diagnostic[]> {
  const decoded = decode(bytes);
  return foundClean(decoded, clean) ? [] : (await checkFile(bytes, decoded)).diagnostics;
}
