import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { checkBytes } from "../src/core/index.js";
import type { Diagnostic } from "../src/core/diagnostic.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const EXAMPLE = join(ROOT, "examples/nam-thanh-2024-2025.yaml");
export const EXAMPLE_TH = join(ROOT, "examples/hoa-ban-tieu-hoc-2024-2025.yaml");
export const exampleText = (): string => readFileSync(EXAMPLE, "utf8");

/** A plan's text with its editor link made absolute, as plan writes it for a file outside the tool's folder. */
export const linkedAnywhere = (text: string): string =>
  text.replace(
    "$schema=../schemas/plan.schema.json",
    `$schema=${pathToFileURL(join(ROOT, "schemas/plan.schema.json")).href}`,
  );

export function check(text: string): Diagnostic[] {
  return checkBytes(new TextEncoder().encode(text)).diagnostics;
}

/** code@line:column for compact assertions. */
export function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.column}`);
}

/** Replaces exactly one occurrence; a test whose edit silently does nothing would prove nothing. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`edit target must occur exactly once: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split("\n").length;
}

export function columnOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at - text.lastIndexOf("\n", at - 1);
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (bin/plan.js → dist). */
export function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, "bin/plan.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    input: options.input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The CLI run in this process (run(argv, io) from src/cli/main.ts), as cli() runs it in a child: the same
 * exit code and output, without a Node start per call. For the few checks that need a real process
 * (signals, a crash handler, the network guard) cli() stays.
 */
export async function runCli(args: string[], options: { env?: Record<string, string> } = {}): Promise<CliResult> {
  const { run } = await import("../src/cli/main.js");
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { PATH: process.env.PATH ?? "", ...options.env },
  };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

/**
 * LibreOffice converting `files` to `filter` into `outDir`, headless, with its own profile at `profile` (a
 * folder; a profile made there before is reused). Throws with LibreOffice's stderr when it fails.
 */
export function libreOfficeConvert(profile: string, filter: string, outDir: string, ...files: string[]): void {
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      ...files,
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  if (r.status !== 0) throw new Error(`LibreOffice (${filter}): ${r.stderr}`);
}

/** Words of a text, for comparing documents word by word. */
export const words = (text: string): string[] =>
  text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of `source`'s words that `other` keeps in the same order (longest common subsequence). */
export function wordsInOrder(source: readonly string[], other: readonly string[]): number {
  let prev = new Uint32Array(other.length + 1);
  let row = new Uint32Array(other.length + 1);
  for (const w of source) {
    for (let j = 1; j <= other.length; j++)
      row[j] = w === other[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return source.length === 0 ? 1 : prev[other.length]! / source.length;
}

/** Every .yaml file under a folder, depth first. */
export function yamlFilesUnder(dir: string): string[] {
  // Results files (*-ket-qua.yaml, kind: results) are not plans: test/results.test.ts checks them.
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? yamlFilesUnder(join(dir, e.name))
      : e.name.endsWith(".yaml") && !e.name.endsWith("-ket-qua.yaml")
        ? [join(dir, e.name)]
        : [],
  );
}

/** A small seeded generator in [0, 1): a failing run is replayed from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
