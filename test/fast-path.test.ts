// Issue 14's shortcuts against the full path (the yaml library, with positions), on every example,
// fixture and slip, and on mutations of the examples made the fuzz test's way (seeded, so a failure
// can be replayed): the fast path may only ever say "clean" where the full path finds nothing; the
// plain reader reads what the full reader reads, or gives up; the plain loader's diagnostics (codes,
// messages' arguments, positions) are the full path's, exactly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanFast } from "../src/core/fast.js";
import { checkBytes, diagnosticsOf } from "../src/core/index.js";
import { decode } from "../src/core/load/decode.js";
import { load } from "../src/core/load/load.js";
import { readPlain } from "../src/core/load/read-plain.js";
import { checkFile } from "../src/cli/check.js";
import { checkPlain } from "../src/core/check.js";
import { loadPlain } from "../src/core/load/load-plain.js";
import { mulberry32, ROOT, yamlFilesUnder } from "./helpers.js";

const enc = new TextEncoder();
const fullPath = (text: string) => checkBytes(enc.encode(text), undefined, { full: true }).diagnostics;
/** The path every command takes: the plain loader when the plan is plain, else the full one. */
const usualPath = (text: string) => checkBytes(enc.encode(text)).diagnostics;
const fast = (text: string): boolean => {
  const d = decode(enc.encode(text));
  return !d.problem && !d.normalized && !d.hadBom && cleanFast(d.text!);
};



const TOKENS = [": ", "\t", "&a ", "*a", "!!str ", "{", "}", "[", "]", "'", '"', "- ", "#", " #x", "? ", "|\n", ">\n", "%", "@", "`", "“", "•", "\u00a0", "–", "…", "ư", "\n", "  ", "2025-02-30", "~", "null", "1,5", "1. ", "+ ", "– ", "0b1", "1_000", "0x1F"];
/** More for the plain reader: what YAML types (numbers, booleans, nulls), other spaces, quotes and flows. */
const READER_TOKENS = [...TOKENS, "true", "True", "0o7", "1e3", ".5", "-1", "+1", ".inf", ".NaN", "-", ",", "\u3000", "\u2003", "'it''s'", '"a"', "{a: 1}", "[1, 2]", "{}", "[]", " ", "  # c", "~ ", "07", "-0", "1.50"];

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
  const corpus = [...yamlFilesUnder(join(ROOT, "examples")), ...yamlFilesUnder(join(ROOT, "test/fixtures"))];
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
    const sources = yamlFilesUnder(join(ROOT, "examples")).map((f) => readFileSync(f, "utf8"));
    let fastClean = 0;
    for (let run = 0; run < 4000; run++) {
      const text = mutate(sources[Math.floor(rnd() * sources.length)]!, rnd, TOKENS);
      if (!fast(text)) continue;
      fastClean++;
      expect(fullPath(text), `run ${run} (FUZZ_SEED=${process.env.FUZZ_SEED ?? 20261130})`).toEqual([]);
    }
    expect(fastClean).toBeGreaterThan(100);
  });
  it("diagnosticsOf gives the full path's diagnostics for a file that is not clean", () => {
    const text = readFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), "utf8");
    expect(diagnosticsOf(enc.encode(text), cleanFast)).toEqual(fullPath(text));
  });
});

describe("the plain reader reads what the full reader reads, or leaves the file to it", () => {
  const same = (text: string): { read: boolean } => {
    const data = readPlain(text);
    if (data === undefined) return { read: false };
    const full = load(text);
    // A plain plan is one the full reader finds nothing to say about (the plain loader relies on it).
    if (data !== null && typeof data === "object" && !Array.isArray(data)) expect(full.diagnostics, text.slice(0, 200)).toEqual([]);
    expect(data, text.slice(0, 200)).toEqual(full.data);
    return { read: true };
  };
  it("on every example and fixture it reads", () => {
    const corpus = [...yamlFilesUnder(join(ROOT, "examples")), ...yamlFilesUnder(join(ROOT, "test/fixtures"))];
    const read = corpus.filter((file) => same(decode(readFileSync(file)).text ?? "").read);
    expect(read.length).toBeGreaterThanOrEqual(5);
  });
  it("on 6 000 seeded mutations of the examples", () => {
    const rnd = mulberry32(Number(process.env.FUZZ_SEED ?? 20261130) + 1);
    const sources = yamlFilesUnder(join(ROOT, "examples")).map((f) => readFileSync(f, "utf8"));
    let read = 0;
    for (let run = 0; run < 6000; run++) if (same(mutate(sources[Math.floor(rnd() * sources.length)]!, rnd, READER_TOKENS)).read) read++;
    // About a fifth of the mutations stay plain (measured: 20 %); the rest must have been left alone.
    expect(read).toBeGreaterThan(600);
  });
  it("types scalars as the YAML 1.2 core schema does and refuses what it cannot be sure of", () => {
    expect(readPlain("a: 1\nb: 1.5\nc: true\nd: ~\ne: 2024-09-05\nf: 0x1F\ng: '1'\nh: \"x\"\ni: { week: 3 }\nj: [1, 2]\nk:\nl: 0b1\nm: 1_000\n")).toEqual({ a: 1, b: 1.5, c: true, d: null, e: "2024-09-05", f: 31, g: "1", h: "x", i: { week: 3 }, j: [1, 2], k: null, l: "0b1", m: "1_000" });
    expect(readPlain("list:\n  - a\n  - b: 1\n    c: 2\n")).toEqual({ list: ["a", { b: 1, c: 2 }] });
    // Quoted values, read by hand: as the full reader reads them, or left to it.
    const quoted = "a: 'it''s'\nb: ''''\nc: ''\nd: \"x: y\"\ne: \"\"\n";
    expect(readPlain(quoted)).toEqual({ a: "it's", b: "'", c: "", d: "x: y", e: "" });
    expect(readPlain(quoted)).toEqual(load(quoted).data);
    for (const text of ["a: '''\n", "a: '\n", "a: 'x'y'\n", "a: \"\n", "a: \"x\"y\"\n", "a: \"x\\\"\n", "a: x: y\n", "a: x:\n", "a: x:\u3000y\n"])
      expect(readPlain(text), JSON.stringify(text)).toBeUndefined();
    for (const text of ["a: |\n  x\n", "a: x\n  y\n", "a: &x 1\n", "a: 1\na: 2\n", "a:\n- 1\n", "True: 1\n", 'a: "x\\ny"\n', "a: x # y\n", "a: b: c\n", "a:\n  -\nb: 1\n", "a:\n  - 1. Mục\n"])
      expect(readPlain(text), JSON.stringify(text)).toBeUndefined();
    // Nested past any plan's depth: left to the full reader, which reports it (and no stack overflows).
    const deep = Array.from({ length: 2_000 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n");
    expect(readPlain(deep)).toBeUndefined();
  });
});

describe("the plain loader reports what the full path reports, at the same positions", () => {
  const agree = (text: string): void => {
    expect(usualPath(text), text.slice(0, 200)).toEqual(fullPath(text));
  };
  it("on every example and fixture", () => {
    for (const file of [...yamlFilesUnder(join(ROOT, "examples")), ...yamlFilesUnder(join(ROOT, "test/fixtures"))]) agree(readFileSync(file, "utf8"));
  });
  it("on 1 200 seeded mutations of the examples (most of them with findings), and so do the commands, which load yaml only when needed", async () => {
    const rnd = mulberry32(Number(process.env.FUZZ_SEED ?? 20261130) + 2);
    const sources = yamlFilesUnder(join(ROOT, "examples")).map((f) => readFileSync(f, "utf8"));
    // Edits that keep a plan plain but wrong: other numbers, dates, titles, and keys dropped or repeated.
    const WRONG = ["9", "0", "99", "2024-02-30", "2023-09-05", "ldtt", "x", "100%", "30/31 đạt 50%", "42 năm ngày Nhà giáo Việt Nam"];
    let withFindings = 0;
    let neededFull = 0;
    for (let run = 0; run < Number(process.env.PLAIN_RUNS ?? 1200); run++) {
      const source = sources[Math.floor(rnd() * sources.length)]!;
      const lines = source.split("\n");
      for (let k = 0; k < 1 + Math.floor(rnd() * 2); k++) {
        const i = Math.floor(rnd() * lines.length);
        const m = /^(\s*(?:- )?[A-Za-z]+: )(\S.*)$/u.exec(lines[i]!);
        if (m && rnd() < 0.7) lines[i] = m[1] + WRONG[Math.floor(rnd() * WRONG.length)]!;
        else if (rnd() < 0.5) lines.splice(i, 1);
        else lines.splice(i, 0, lines[Math.floor(rnd() * lines.length)]!);
      }
      const text = lines.join("\n");
      const expected = fullPath(text);
      if (expected.length > 0) withFindings++;
      if (process.env.PLAIN_DEBUG && JSON.stringify(usualPath(text)) !== JSON.stringify(expected)) require("node:fs").writeFileSync(`/tmp/plain-${run}.yaml`, text);
      expect(usualPath(text), `run ${run}`).toEqual(expected);
      // The commands' path (cli/check.ts): the plain loader without yaml, which gives up on a position
      // only the full reader has; then the core's checkBytes.
      expect((await checkFile(enc.encode(text))).diagnostics, `run ${run}, commands`).toEqual(expected);
      if (loadPlain(text) && !checkPlain(enc.encode(text))) neededFull++;
    }
    expect(withFindings).toBeGreaterThan(Number(process.env.PLAIN_RUNS ?? 1200) / 2);
    // Some plain plans do report at a position only the full reader has (a null, a list in a list).
    expect(neededFull).toBeGreaterThan(10);
  });
});
