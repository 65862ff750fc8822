import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schemas/plan.schema.json"), "utf8"));
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/** Every property schema reachable from the root, with its path. */
function properties(node: any, path: string, out: [string, any][] = []): [string, any][] {
  for (const [key, value] of Object.entries<any>(node.properties ?? {})) {
    // Like the editors: a $ref shows the referenced definition's words unless it has its own.
    const target = typeof value.$ref === "string" ? schema.definitions[value.$ref.split("/").pop()] : {};
    out.push([`${path}.${key}`, { ...target, ...value }]);
    properties(value, `${path}.${key}`, out);
  }
  for (const branch of node.anyOf ?? []) properties(branch, `${path}|`, out);
  if (node.items) properties(node.items, `${path}[]`, out);
  return out;
}

describe("the schema speaks Vietnamese to a clerk hovering in VS Code", () => {
  const all = [
    ...properties(schema, "$"),
    ...Object.entries<any>(schema.definitions).flatMap(([k, d]) => properties(d, `#${k}`)),
  ];
  it("covers the whole format", () => {
    expect(all.length).toBeGreaterThan(70);
  });
  it("every property has a Vietnamese title and description", () => {
    const missing = all
      .filter(
        ([, s]) =>
          !(
            typeof s.title === "string" &&
            typeof s.description === "string" &&
            VIETNAMESE.test(`${s.title} ${s.description}`)
          ),
      )
      .map(([p]) => p);
    expect(missing).toEqual([]);
  });
  it("is draft-07 for the editors clerks have", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
  });
  it("offers snippets for a target, a phase, a month and a căn cứ", () => {
    for (const name of ["individualTarget", "phase", "timelineMonth", "legalBasis"])
      expect(schema.definitions[name].defaultSnippets?.length, name).toBeGreaterThan(0);
  });
});
