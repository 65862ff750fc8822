import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build helper without types
import { generateValidatorSource } from "../scripts/validator-source.mjs";
import { check, edit, exampleText, ROOT } from "./helpers.js";

const require = createRequire(import.meta.url);

describe("the precompiled validator", () => {
  it("matches a fresh generation from schemas/plan.schema.json (rebuild after editing the schema)", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas/plan.schema.json"), "utf8"));
    expect(readFileSync(join(ROOT, "src/generated/plan-validator.cjs"), "utf8")).toBe(generateValidatorSource(schema));
  });
  it("is inside the shipped bundle, so no run compiles the schema", () => {
    const { readdirSync } = require("node:fs") as typeof import("node:fs");
    const chunks = readdirSync(join(ROOT, "dist/cli/chunks")).map((f) =>
      readFileSync(join(ROOT, "dist/cli/chunks", f), "utf8"),
    );
    const all = chunks.join("\n");
    // (The bundle is minified: no spaces.)
    expect(all).toMatch(/function validate\d+\(data, ?\{ ?instancePath ?= ?""/);
    // ajv's compiler is not shipped at all: only its small runtime helpers are.
    expect(all).not.toMatch(/new Ajv\b|ajv\/dist\/compile|ajv\/dist\/core/);
  });
});

describe("the validator's length limits", () => {
  it("count characters as a clerk sees them (code points), not UTF-16 units", () => {
    const withCode = (code: string) =>
      check(edit(exampleText(), "  code: KH-TrMNNT ", `  code: "${code}" `)).filter((d) =>
        d.code.startsWith("schema/"),
      );
    // document.code: at most 50. "📚" is one character and two UTF-16 units.
    expect(withCode(`KH-${"📚".repeat(47)}`)).toEqual([]);
    expect(withCode(`KH-${"📚".repeat(48)}`).map((d) => d.code)).toEqual(["schema/max-length"]);
    expect(withCode(`KH-${"a".repeat(48)}`).map((d) => d.code)).toEqual(["schema/max-length"]);
  });
});
