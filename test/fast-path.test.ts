// The fast path (issue 14) may only ever say "clean": wherever it does, the full path must find nothing
// either — no error, warning or note. Checked on every example, fixture and slip, and on mutations of
// the examples made the fuzz test's way (seeded, so a failure can be replayed).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORE_SCHEMA, load as loadJsYaml } from "js-yaml";
import { cleanFast } from "../src/core/fast.js";
import { checkBytes, diagnosticsOf } from "../src/core/index.js";
import { decode } from "../src/core/load/decode.js";
import { readPlain } from "../src/core/load/read-plain.js";
import { ROOT } from "./helpers.js";

const enc = new TextEncoder();
const fullPath = (text: string) => checkBytes(enc.encode(text)).diagnostics;
const fast = (text: string): boolean => {
  const d = decode(enc.encode(text));
  return !d.problem && !d.normalized && !d.hadBom && cleanFast(d.text!);
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []));
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [": ", "\t", "&a ", "*a", "!!str ", "{", "}", "[", "]", "'", '"', "- ", "#", " #x", "? ", "|\n", ">\n", "%", "@", "`", "“", "•", "\u00a0", "–", "…", "ư", "\n", "  ", "2025-02-30", "~", "null", "1,5"];
/** More for the plain reader: what YAML types (numbers, booleans, nulls), other spaces, quotes and flows. */
const READER_TOKENS = [...TOKENS, "true", "True", "0x1F", "0o7", "0b1", "1e3", ".5", "-1", "+1", ".inf", ".NaN", "1_000", "-", ",", "\u3000", "\u2003", "'it''s'", '"a"', "{a: 1}", "[1, 2]", "{}", "[]", " ", "  # c", "~ "];

/** One to three of the fuzz test's edits: a token put in a line, a line dropped, indented, outdented or repeated. */
function mutate(source: string, rnd: () => number, tokens: readonly string[]): string {
  const lines = source.split("\n");
  const edits = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < edits; k++) {
    const i = Math.floor(rnd() * lines.length);
    const roll = rnd();
    if (roll < 0.5) {
      const at = Math.floor(rnd() * (lines[i]!.length + 1));
      lines[i] = lines[i]!.slice(0, at) + tokens[Math.floor(rnd() * tokens.length)] + lines[i]!.slice(at);
    } else if (roll < 0.7) lines.splice(i, 1);
    else if (roll < 0.85) lines[i] = rnd() < 0.5 ? ` ${lines[i]}` : lines[i]!.replace(/^ /, "");
    else lines.splice(i, 0, lines[Math.floor(rnd() * lines.length)]!);
  }
  return lines.join("\n");
}

describe("the fast path never calls a file clean that the full path does not", () => {
  const corpus = [...filesUnder(join(ROOT, "examples")), ...filesUnder(join(ROOT, "test/fixtures"))];
  it(`on ${corpus.length} examples and fixtures`, () => {
    let fastClean = 0;
    for (const file of corpus) {
      const text = readFileSync(file, "utf8");
      if (!fast(text)) continue;
      fastClean++;
      expect(fullPath(text), file).toEqual([]);
    }
    // The clean examples do take the fast path (otherwise this test would prove nothing).
    expect(fastClean).toBeGreaterThanOrEqual(4);
  });
  it("on 4 000 seeded mutations of the examples", () => {
    const rnd = mulberry32(Number(process.env.FUZZ_SEED ?? 20261130));
    const sources = filesUnder(join(ROOT, "examples")).map((f) => readFileSync(f, "utf8"));
    let fastClean = 0;
    for (let run = 0; run < 4000; run++) {
      let text = sources[Math.floor(rnd() * sources.length)]!;
      const lines = text.split("\n");
      const i = Math.floor(rnd() * lines.length);
      const roll = rnd();
      if (roll < 0.5) {
        const at = Math.floor(rnd() * (lines[i]!.length + 1));
        lines[i] = lines[i]!.slice(0, at) + TOKENS[Math.floor(rnd() * TOKENS.length)] + lines[i]!.slice(at);
      } else if (roll < 0.7) lines.splice(i, 1);
      else if (roll < 0.85) lines[i] = rnd() < 0.5 ? ` ${lines[i]}` : lines[i]!.replace(/^ /, "");
      else lines.splice(i, 0, lines[Math.floor(rnd() * lines.length)]!);
      text = lines.join("\n");
      if (!fast(text)) continue;
      fastClean++;
      expect(fullPath(text), `run ${run}, line ${i + 1}: ${lines[i]}`).toEqual([]);
    }
    expect(fastClean).toBeGreaterThan(100);
  });
  it("diagnosticsOf gives the full path's diagnostics for a file that is not clean", () => {
    const text = readFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), "utf8");
    expect(diagnosticsOf(enc.encode(text), cleanFast)).toEqual(fullPath(text));
  });
});

describe("the plain reader reads what js-yaml reads, or leaves the file to the full reader", () => {
  const same = (text: string): { read: boolean } => {
    const data = readPlain(text);
    if (data === undefined) return { read: false };
    expect(data, text.slice(0, 200)).toEqual(loadJsYaml(text, { schema: CORE_SCHEMA }));
    return { read: true };
  };
  it("on every example and fixture it reads", () => {
    const corpus = [...filesUnder(join(ROOT, "examples")), ...filesUnder(join(ROOT, "test/fixtures"))];
    const read = corpus.filter((file) => same(decode(readFileSync(file)).text ?? "").read);
    expect(read.length).toBeGreaterThanOrEqual(5);
  });
  it("on 6 000 seeded mutations of the examples", () => {
    const rnd = mulberry32(Number(process.env.FUZZ_SEED ?? 20261130) + 1);
    const sources = filesUnder(join(ROOT, "examples")).map((f) => readFileSync(f, "utf8"));
    let read = 0;
    for (let run = 0; run < 6000; run++) if (same(mutate(sources[Math.floor(rnd() * sources.length)]!, rnd, READER_TOKENS)).read) read++;
    // About a fifth of the mutations stay plain (measured: 21 %); the rest must have been left alone.
    expect(read).toBeGreaterThan(600);
  });
  it("reads types as the core schema does and refuses what it cannot be sure of", () => {
    expect(readPlain("a: 1\nb: 1.5\nc: true\nd: ~\ne: 2024-09-05\nf: 0x1F\ng: '1'\nh: \"x\"\ni: { week: 3 }\nj: [1, 2]\nk:\n")).toEqual({ a: 1, b: 1.5, c: true, d: null, e: "2024-09-05", f: 31, g: "1", h: "x", i: { week: 3 }, j: [1, 2], k: null });
    expect(readPlain("list:\n  - a\n  - b: 1\n    c: 2\n")).toEqual({ list: ["a", { b: 1, c: 2 }] });
    for (const text of ["a: |\n  x\n", "a: x\n  y\n", "a: &x 1\n", "a: 1\na: 2\n", "a:\n- 1\n", "True: 1\n", 'a: "x\\ny"\n', "a: x # y\n", "a: b: c\n", "a:\n  -\nb: 1\n"])
      expect(readPlain(text), JSON.stringify(text)).toBeUndefined();
  });
});
