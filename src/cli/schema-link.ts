// The first line plan writes into a plan, `# yaml-language-server: $schema=…`, is what gives VS Code its
// Vietnamese hover and completion. A link that resolves to nothing (the file moved, the tool installed
// elsewhere, a plan from another school's machine) makes VS Code say "Unable to load schema" in English
// and go quiet: validate warns at that line, and `plan fix` writes the link to this installation's schema.
import { existsSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../core/diagnostic.js";
import { schemaNameOf, schemaPathFor } from "./paths.js";

const MODELINE = /^(#\s*yaml-language-server:\s*\$schema=)(\S+)/;

/** The link in the file's first comment lines: its line (1-based), the column of the link, and the link. */
export function schemaLinkOf(text: string): { line: number; column: number; link: string } | undefined {
  const lines = text.split(/\r?\n/, 12);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^\ufeff/, "");
    const m = MODELINE.exec(line);
    if (m) return { line: i + 1, column: m[1]!.length + 1, link: m[2]! };
    if (line.trim() && !line.startsWith("#")) return undefined;
  }
  return undefined;
}

/** Where a link points on this machine; undefined for a web address (not ours to check). */
function localTarget(planFile: string, link: string): string | undefined {
  if (/^https?:/i.test(link)) return undefined;
  if (/^file:/i.test(link)) {
    try {
      return fileURLToPath(link);
    } catch {
      return link;
    }
  }
  return isAbsolute(link) ? link : resolve(dirname(planFile), link);
}

/** A warning at the link when it resolves to no file. */
export function brokenSchemaLink(planFile: string, text: string): Diagnostic | undefined {
  const found = schemaLinkOf(text);
  if (!found) return undefined;
  const target = localTarget(planFile, found.link);
  if (target === undefined || existsSync(target)) return undefined;
  const at = { line: found.line, column: found.column };
  return {
    code: "editor/schema-link",
    severity: "warning",
    path: [],
    range: { start: at, end: { line: at.line, column: at.column + found.link.length } },
    args: { link: found.link, write: schemaPathFor(planFile, schemaNameOf(found.link)) },
  };
}

/** The text with its broken link replaced by this installation's schema; the same text otherwise. */
export function mendSchemaLink(
  planFile: string,
  text: string,
): { text: string; line?: number; before?: string; after?: string } {
  const broken = brokenSchemaLink(planFile, text);
  if (!broken) return { text };
  const lines = text.split("\n");
  const i = broken.range.start.line - 1;
  const before = lines[i]!;
  lines[i] = before.replace(String(broken.args.link), String(broken.args.write));
  return { text: lines.join("\n"), line: i + 1, before, after: lines[i] };
}
