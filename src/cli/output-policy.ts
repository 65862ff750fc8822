// The one rule every command that writes a file goes through: a missing file is written; a file plan
// wrote earlier and nobody changed since is replaced; anything else is refused (exit 2) unless --force.
// A plan file (.yaml) is the clerk's own work even when plan started it, so it is never replaced
// without --force; `plan fix` edits its input in place, which is what it is asked to do.
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Diagnostic } from "../core/diagnostic.js";
import { ownershipOf, type MarkedKind } from "../core/output-mark.js";
import { ioDiagnostic } from "./io.js";
import { sameFile, writeSafely } from "./safe-write.js";

/** What is being written: a document with plan's mark, a plain text (no place for a mark), or a plan. */
export type OutputKind = MarkedKind | "text" | "plan";

/** A document a render replaces is read to find the mark; larger than this it is not plan's. */
const MAX_MARKED_BYTES = 64 * 1024 * 1024;

type Existing =
  | { state: "missing" }
  | { state: "directory" }
  | { state: "unreadable"; detail: string }
  | { state: "file"; bytes: Uint8Array }
  | { state: "too-large" };

function existing(target: string): Existing {
  let fd: number | undefined;
  try {
    // Non-blocking, so that a pipe or a device in the way is seen by fstat, not waited on.
    fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) return { state: "directory" };
    if (!info.isFile()) return { state: "unreadable", detail: "không phải tệp thường" };
    if (info.size > MAX_MARKED_BYTES) return { state: "too-large" };
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { state: "file", bytes: bytes.subarray(0, read) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { state: "missing" };
    if (code === "EISDIR") return { state: "directory" };
    return { state: "unreadable", detail: code ?? String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Why `target` may not be written, or undefined when it may: missing, or plan's own unchanged output of
 * this kind, or `force`. The message names the file and the two ways on (-o, --force).
 */
export function refusal(target: string, kind: OutputKind, force: boolean | undefined): Diagnostic | undefined {
  const found = existing(target);
  if (found.state === "missing") return undefined;
  // Not even --force turns a folder into a file.
  if (found.state === "directory") return ioDiagnostic("io/output-is-directory", { target });
  if (force) return undefined;
  if (kind === "plan") return ioDiagnostic("io/exists", { target });
  if (found.state === "unreadable") return ioDiagnostic("io/output-unreadable", { target, detail: found.detail });
  if (kind === "text") return ioDiagnostic("io/output-unmarked", { target });
  if (found.state === "too-large") return ioDiagnostic("io/output-foreign", { target });
  const owner = ownershipOf(kind, found.bytes);
  if (owner === "ours") return undefined;
  return ioDiagnostic(owner === "changed" ? "io/output-changed" : "io/output-foreign", { target });
}

export interface OutputOptions {
  kind: OutputKind;
  force?: boolean;
  /** The plan the output is made from: never written over. */
  input?: string;
}

/**
 * Everything that would stop `target` being written, asked before the work of making it (a PDF takes
 * LibreOffice seconds): the folder, the input itself, then the policy above.
 */
export async function checkOutput(target: string, options: OutputOptions): Promise<Diagnostic | undefined> {
  const dir = dirname(resolve(target));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return ioDiagnostic("io/output-dir-missing", { dir });
  if (options.input && (await sameFile(options.input, target))) return ioDiagnostic("io/output-is-input", {});
  return refusal(target, options.kind, options.force);
}

/** Writes `bytes` to `target` under the policy above, atomically (safe-write.ts). */
export async function writeOutput(
  target: string,
  bytes: Uint8Array,
  options: OutputOptions,
): Promise<Diagnostic | undefined> {
  return (await checkOutput(target, options)) ?? (await writeSafely(target, bytes, options.input));
}
