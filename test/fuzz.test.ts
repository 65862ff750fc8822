// Seeded mutation fuzzing of the examples: bytes, lines and YAML nodes. Whatever a clerk's editor,
// Word or a phone does to a plan, `plan` must answer with diagnostics inside the file, never a crash.
// FUZZ_SEED and FUZZ_RUNS change the run; a failure prints the seed and the mutant to replay it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { stats } from "../src/core/compute/stats.js";
import { decode } from "../src/core/load/decode.js";
import { checkBytes } from "../src/core/index.js";
import { renderDocx } from "../src/core/render/docx/document.js";
import { layout } from "../src/core/render/layout.js";
import { cli, EXAMPLE, EXAMPLE_TH, runCli } from "./helpers.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
// 500 mutations in `npm test` (the suite's time budget); .ci/run runs the full 3 000 again on its own.
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
/** A hang guard, not a speed check: the slowest honest run is ~100× below it. */
const BOUND_MS = 5000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The decomposed (NFD) copy exercises the mapping of columns back to the file as written.
const SOURCES = [
  readFileSync(EXAMPLE),
  readFileSync(EXAMPLE_TH),
  Buffer.from(readFileSync(EXAMPLE, "utf8").normalize("NFD")),
];
const TOKENS = [
  ": ",
  "\t",
  "&a ",
  "*a",
  "!!str ",
  "!foo ",
  "{",
  "}",
  "[",
  "]",
  "'",
  '"',
  "- ",
  "#",
  "\\",
  "---\n",
  "? ",
  "|\n",
  ">\n",
  "%",
  "@",
  "`",
  "\u0000",
  "\u0007",
  "\ufeff",
  "ư",
  "Đợt",
  "\r",
  "1e400",
  "-1",
  "2025-02-30",
  "~",
  "null",
  "<<: *a\n",
];
const VALUES: unknown[] = [
  0,
  -1,
  1.5,
  1e9,
  "",
  "x",
  "2025-02-30",
  "2024-13",
  "end",
  "cstdcs",
  null,
  true,
  [],
  {},
  ["a"],
  { x: 1 },
  "a".repeat(600),
];

type Mutator = (bytes: Buffer, rnd: () => number) => Buffer;
const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)]!;
const lines = (b: Buffer): string[] => b.toString("utf8").split("\n");

const MUTATORS: Record<string, Mutator> = {
  flipByte: (b, r) => {
    const c = Buffer.from(b);
    const i = Math.floor(r() * c.length);
    c[i] = Math.floor(r() * 256);
    return c;
  },
  insertBytes: (b, r) => {
    const i = Math.floor(r() * b.length);
    return Buffer.concat([
      b.subarray(0, i),
      Buffer.from(Array.from({ length: 1 + Math.floor(r() * 4) }, () => Math.floor(r() * 256))),
      b.subarray(i),
    ]);
  },
  deleteBytes: (b, r) => {
    const i = Math.floor(r() * b.length);
    return Buffer.concat([b.subarray(0, i), b.subarray(i + 1 + Math.floor(r() * 40))]);
  },
  truncate: (b, r) => b.subarray(0, Math.floor(r() * b.length)),
  insertToken: (b, r) => {
    const i = Math.floor(r() * b.length);
    return Buffer.concat([b.subarray(0, i), Buffer.from(pick(TOKENS, r)), b.subarray(i)]);
  },
  deleteLine: (b, r) => {
    const l = lines(b);
    l.splice(Math.floor(r() * l.length), 1);
    return Buffer.from(l.join("\n"));
  },
  duplicateLine: (b, r) => {
    const l = lines(b);
    const i = Math.floor(r() * l.length);
    l.splice(i, 0, l[i]!);
    return Buffer.from(l.join("\n"));
  },
  swapLines: (b, r) => {
    const l = lines(b);
    const i = Math.floor(r() * l.length);
    const j = Math.floor(r() * l.length);
    [l[i], l[j]] = [l[j]!, l[i]!];
    return Buffer.from(l.join("\n"));
  },
  shiftIndent: (b, r) => {
    const l = lines(b);
    const i = Math.floor(r() * l.length);
    l[i] = r() < 0.5 ? `  ${l[i]}` : l[i]!.replace(/^ {1,2}/, "");
    return Buffer.from(l.join("\n"));
  },
  yamlNode: (b, r) => {
    // Replace, delete or rename a random node through the YAML document: structure-aware damage.
    const doc = parseDocument(b.toString("utf8"));
    if (doc.errors.length) return b; // an earlier mutation already broke the YAML
    const nodes: { parent: Node; index: number }[] = [];
    const stack: Node[] = [doc.contents as Node];
    while (stack.length) {
      const n = stack.pop()!;
      if (isMap(n) || isSeq(n))
        n.items.forEach((item, index) => {
          nodes.push({ parent: n, index });
          const v = isMap(n) ? (item as { value: Node }).value : (item as Node);
          if (v) stack.push(v);
        });
    }
    if (!nodes.length) return b;
    const { parent, index } = pick(nodes, r);
    const action = r();
    if (isMap(parent)) {
      const pair = parent.items[index]!;
      if (action < 0.3) parent.items.splice(index, 1);
      else if (action < 0.5 && isScalar(pair.key))
        pair.key = doc.createNode(
          `${String(pair.key.value)}${pick(["x", "", "s"], r)}`.slice(
            0,
            Math.max(1, String(pair.key.value).length - (r() < 0.5 ? 1 : 0)),
          ),
        );
      else pair.value = doc.createNode(pick(VALUES, r));
    } else if (isSeq(parent)) {
      if (action < 0.3) parent.items.splice(index, 1);
      else if (action < 0.5) parent.items.push(parent.items[index]!);
      else parent.items[index] = doc.createNode(pick(VALUES, r));
    }
    return Buffer.from(doc.toString());
  },
};

/** Lines of the file as positions count them: the decoded text before NFC (columns are the file's), or raw bytes. */
function fileLines(bytes: Buffer): string[] {
  const decoded = decode(bytes);
  if (!decoded.text) return bytes.toString("latin1").split("\n");
  const text = decoded.fileColumn
    ? new TextDecoder()
        .decode(bytes)
        .replace(/^\uFEFF/, "")
        .replace(/\r\n?/g, "\n")
    : decoded.text;
  return text.split("\n");
}

describe(`fuzz: ${RUNS} seeded mutations (seed ${SEED})`, () => {
  it("never throws; every diagnostic lies inside the file; no I/O codes; bounded time", {
    timeout: 600_000,
  }, async () => {
    const rnd = mulberry32(SEED);
    const names = Object.keys(MUTATORS);
    let valid = 0;
    let rendered = 0;
    for (let run = 0; run < RUNS; run++) {
      let bytes = pick(SOURCES, rnd);
      const applied: string[] = [];
      for (let k = 0, n = 1 + Math.floor(rnd() * 3); k < n; k++) {
        const name = pick(names, rnd);
        applied.push(name);
        bytes = MUTATORS[name]!(bytes, rnd);
      }
      const replay = `seed ${SEED}, run ${run}, mutations ${applied.join("+")}`;
      const started = performance.now();
      let result: ReturnType<typeof checkBytes> | undefined;
      try {
        result = checkBytes(bytes);
        if (result.plan) {
          valid++;
          layout(result.plan);
          stats(result.plan);
          if (valid % 25 === 1) {
            await renderDocx(result.plan);
            rendered++;
          }
        }
      } catch (error) {
        writeFileSync(join(tmpdir(), `plan-fuzz-${SEED}-${run}.yaml`), bytes);
        throw new Error(`${replay}: threw ${(error as Error).stack}`);
      }
      expect(performance.now() - started, replay).toBeLessThan(BOUND_MS);
      const fl = fileLines(bytes);
      const outside = result.diagnostics.flatMap((d) =>
        [d.range.start, d.range.end]
          .filter(
            (p) =>
              !(p.line >= 1 && p.line <= fl.length && p.column >= 1 && p.column <= (fl[p.line - 1]?.length ?? 0) + 1),
          )
          .map((p) => `${d.code} at ${p.line}:${p.column}`),
      );
      const io = result.diagnostics.filter((d) => d.code.startsWith("io/")).map((d) => d.code);
      if (outside.length || io.length) {
        const saved = join(tmpdir(), `plan-fuzz-${SEED}-${run}.yaml`);
        writeFileSync(saved, bytes);
        expect.fail(`${replay} (saved to ${saved}): ${[...outside, ...io].join(", ")}`);
      }
    }
    // The mutations must reach every stage, or the fuzz proves little.
    expect(valid).toBeGreaterThan(RUNS / 50);
    expect(rendered).toBeGreaterThan(0);
  });

  it("through the built CLI: exit 0 or 1 and no stack trace", { timeout: 300_000 }, async () => {
    const rnd = mulberry32(SEED + 1);
    const dir = mkdtempSync(join(tmpdir(), "plan-fuzz-cli-"));
    const names = Object.keys(MUTATORS);
    const files: string[] = [];
    const alone: string[] = [];
    for (let run = 0; run < 30; run++) {
      const file = join(dir, `m${run}.yaml`);
      writeFileSync(file, MUTATORS[pick(names, rnd)]!(pick(SOURCES, rnd), rnd));
      files.push(file);
      // Each file alone in this process (run(argv, io)): its own exit code.
      const r = await runCli(["validate", "--format", "json", file]);
      expect([0, 1], `run ${run}: ${r.stderr}`).toContain(r.status);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      for (const d of JSON.parse(r.stdout) as { file: string; code: string }[]) alone.push(`${d.file} ${d.code}`);
    }
    // All of them through the built program in one real process: its crash handler and exit code.
    const all = cli(["validate", "--format", "json", ...files]);
    expect([0, 1], all.stderr).toContain(all.status);
    expect(all.stdout + all.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    // The same findings, file for file, as the runs one by one.
    const byFile = (JSON.parse(all.stdout) as { file: string; code: string }[]).map((d) => `${d.file} ${d.code}`);
    expect(byFile).toEqual(alone);
  });
});
