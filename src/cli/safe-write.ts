import { realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Diagnostic } from "../core/diagnostic.js";
import { ioDiagnostic as ioError } from "./io.js";

export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return resolve(a) === resolve(b);
  }
}

/**
 * Writes `bytes` to `target` so that a reader never sees half a file: a temporary file in the same
 * folder (same file system, so the rename is atomic), then rename. On failure the old file stays.
 */
export async function writeSafely(target: string, bytes: Uint8Array, input?: string): Promise<Diagnostic | undefined> {
  const dir = dirname(resolve(target));
  try {
    if (!(await stat(dir)).isDirectory()) return ioError("io/output-dir-missing", { dir });
  } catch {
    return ioError("io/output-dir-missing", { dir });
  }
  if (input && (await sameFile(input, target))) return ioError("io/output-is-input", {});
  // Unique enough with the pid; "wx" refuses to reuse a name anyway. (node:crypto would load ~17 of
  // Node's internal modules on every render, ~8 ms on Node 20, for eight random hex digits.)
  const temp = join(
    dir,
    `.${basename(target)}.${process.pid}.${Math.floor(Math.random() * 2 ** 32)
      .toString(16)
      .padStart(8, "0")}.tmp`,
  );
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, target);
    return undefined;
  } catch (error) {
    await unlink(temp).catch(() => {});
    return ioError("io/write-failed", { target, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
