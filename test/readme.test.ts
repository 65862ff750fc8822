import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { vi } from "../src/messages/vi.js";
import { en } from "../src/messages/en.js";
import { RULES } from "../src/core/rules/index.js";
import { codesOf } from "../src/core/rules/rule.js";
import { ROOT } from "./helpers.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe("the README keeps up with the code", () => {
  it("lists every diagnostic code", () => {
    expect(Object.keys(vi).filter((code) => !readme.includes(`\`${code}\``))).toEqual([]);
  });
  it("every code has an English message too", () => {
    expect(Object.keys(vi).filter((code) => !(code in en))).toEqual([]);
  });
  it("every code a rule declares exists", () => {
    expect(RULES.flatMap(codesOf).filter((c) => !(c in vi))).toEqual([]);
  });
  it("the two commands are there, Vietnamese first", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm test");
    expect(readme.indexOf("## Bắt đầu")).toBeLessThan(readme.indexOf("## Quick start"));
  });
});
