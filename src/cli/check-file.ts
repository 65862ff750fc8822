// What validate reports of one plan file: the core's findings on its bytes, and what only the file's
// place on disk can tell (the editor's schema link, schema-link.ts).
import { checkBytes } from "../core/index.js";
import { sortDiagnostics, type Diagnostic } from "../core/diagnostic.js";
import { brokenSchemaLink } from "./schema-link.js";
import { checkResultsFile } from "./results-file.js";

export function fileDiagnostics(file: string, bytes: Uint8Array): Diagnostic[] {
  // A results file (kind: results) has its own schema and rules, and the plan it links to beside it.
  const found = checkResultsFile(file, bytes)?.diagnostics ?? checkBytes(bytes).diagnostics;
  // The link sits in the first lines: no need to decode the whole file again.
  const link = brokenSchemaLink(file, new TextDecoder().decode(bytes.subarray(0, 4096)));
  return link ? sortDiagnostics([...found, link]) : found;
}
