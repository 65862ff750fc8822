// Generates dist/generated/plan-validator.cjs: the schema compiled once by ajv at build time,
// so `plan validate` does not pay ~50 ms for ajv start-up and compilation on every run.
// The schema itself is appended (module.exports.schema) for titles and "did you mean" lookups.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateValidatorSource } from "./validator-source.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const schema = JSON.parse(readFileSync(join(root, "schemas/plan.schema.json"), "utf8"));
const source = generateValidatorSource(schema);
// dist/ is what ships; the copy beside the sources lets the tests import src/ directly.
for (const out of ["dist/generated/plan-validator.cjs", "src/generated/plan-validator.cjs"]) {
  mkdirSync(dirname(join(root, out)), { recursive: true });
  writeFileSync(join(root, out), source);
}
