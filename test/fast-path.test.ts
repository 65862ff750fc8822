// The fast path (issue 14) may only ever say "clean": wherever it does, the full path must find nothing
// either — no error, warning or note. Checked on every example, fixture and slip, and on mutations of
// the examples made the fuzz test's way (seeded, so a failure can be replayed).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanFast } from "../src/core/fast.js";
import { checkBytes, diagnosticsOf } from "../src/core/index.js";
import { decode } from "../src/core/load/decode.js";
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
