// What validate reports of one plan file: the core's findings on its bytes, and what only the file's
// place on disk can tell (the editor's schema link, schema-link.ts).
import { checkBytes } from "../core/index.js";
import { sortDiagnostics, type Diagnostic } from "../core/diagnostic.js";
import { brokenSchemaLink } from "./schema-link.js";

export function fileDiagnostics(file: string, bytes: Uint8Array): Diagnostic[] {
  const found = checkBytes(bytes).diagnostics;
  // The link sits in the first lines: no need to decode the whole file again.
  const link = brokenSchemaLink(file, new TextDecoder().decode(bytes.subarray(0, 4096)));
  return link ? sortDiagnostics([...found, link]) : found;
}
