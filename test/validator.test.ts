import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build helper without types
import { generateValidatorSource } from "../scripts/validator-source.mjs";
import ucs2length from "../src/core/validate/ucs2length.cjs";
import { ROOT } from "./helpers.js";

const require = createRequire(import.meta.url);

describe("the precompiled validator", () => {
  it("matches a fresh generation from schemas/plan.schema.json (rebuild after editing the schema)", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas/plan.schema.json"), "utf8"));
    expect(readFileSync(join(ROOT, "src/generated/plan-validator.cjs"), "utf8")).toBe(generateValidatorSource(schema));
  });
  it("is inside the shipped bundle, so no run compiles the schema", () => {
    const { readdirSync } = require("node:fs") as typeof import("node:fs");
    const chunks = readdirSync(join(ROOT, "dist/cli/chunks")).map((f) => readFileSync(join(ROOT, "dist/cli/chunks", f), "utf8"));
    const all = chunks.join("\n");
    // (The bundle is minified: no spaces.)
    expect(all).toMatch(/function validate\d+\(data, ?\{ ?instancePath ?= ?""/);
    // ajv's compiler is not shipped at all: only its small runtime helpers are.
    expect(all).not.toMatch(/new Ajv\b|ajv\/dist\/compile|ajv\/dist\/core/);
  });
});

describe("the validator's ucs2length", () => {
  it("counts as ajv's own does (code points; a lone surrogate counts one), on 20 000 seeded strings", () => {
    const ajvLength = (require("ajv/dist/runtime/ucs2length") as { default: (s: string) => number }).default;
    const pieces = ["a", "ư", "Đợt", "📚", "\uD83D", "\uDCDA", "\uDBFF\uDFFF", "\uD800", " ", "\uFFFF"];
    let seed = 20261130;
    const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    let withSurrogates = 0;
    for (let i = 0; i < 20_000; i++) {
      let s = "";
      for (let k = Math.floor(rnd() * 12); k > 0; k--) s += pieces[Math.floor(rnd() * pieces.length)];
      if (/[\uD800-\uDFFF]/.test(s)) withSurrogates++;
      expect(ucs2length(s), JSON.stringify(s)).toBe(ajvLength(s));
    }
    expect(withSurrogates).toBeGreaterThan(10_000);
  });
  it("is the one the built validator uses", () => {
    const source = readFileSync(join(ROOT, "src/generated/plan-validator.cjs"), "utf8");
    expect(source).not.toContain("ajv/dist/runtime/ucs2length");
    expect(source).toContain('require("../core/validate/ucs2length.cjs")');
  });
});

describe("the validator's length checks", () => {
  it("give ajv's own answers around every limit, with and without surrogate pairs", async () => {
    const { Ajv } = await import("ajv");
    const addFormats = (await import("ajv-formats")).default;
    const { parse } = await import("yaml");
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas/plan.schema.json"), "utf8"));
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, inlineRefs: false });
    addFormats(ajv, ["date"]);
    const reference = ajv.compile(schema);
    const built = require("../src/generated/plan-validator.cjs") as { (d: unknown): boolean; errors?: { keyword: string; instancePath: string }[] | null };
    const plan = parse(readFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), "utf8"));
    const brief = (errors?: { keyword: string; instancePath: string }[] | null): string[] => (errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort();
    const emoji = "📚";
    let checked = 0;
    // document.code: 1–50 code points; document.number: up to 20; intro: 1–10 000.
    for (const [field, limit] of [["code", 50], ["number", 20]] as const)
      for (const n of [0, 1, limit - 1, limit, limit + 1, 2 * limit])
        for (const unit of ["a", emoji, "\uD800", `a${emoji}`]) {
          const data = structuredClone(plan);
          data.document[field] = unit.repeat(n).slice(0, unit === `a${emoji}` ? n + Math.floor(n / 2) : undefined);
          expect(built(data), `${field} ${JSON.stringify(data.document[field])}`).toBe(reference(data));
          expect(brief(built.errors)).toEqual(brief(reference.errors));
          checked++;
        }
    expect(checked).toBe(48);
  });
});
