// Fixtures that carry their own expectations, as markdownlint's test files do: a full-line comment
// `# expect: code` stands just above the line that must be reported with that code, and nothing else
// may be reported. A new case is a new file in test/fixtures/expect/, with no test code to write.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers.js";

const DIR = join(ROOT, "test/fixtures/expect");
const MARKER = /^\s*# expect: (.+)$/;

/** `code@line` for every marker: the line is the next one that is not itself a comment. */
function expectations(text: string): string[] {
  const lines = text.split("\n");
  const out: string[] = [];
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return;
    let target = i + 1;
    while (target < lines.length && /^\s*#/.test(lines[target]!)) target++;
    for (const code of m[1]!.split(",").map((c) => c.trim())) out.push(`${code}@${target + 1}`);
  });
  return out.sort();
}

describe("fixtures with their expected findings written in them", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".yaml"));
  it("there are fixtures, each with at least one marker", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(expectations(readFileSync(join(DIR, f), "utf8")).length, f).toBeGreaterThan(0);
  });
  for (const f of files) {
    it(f, async () => {
      const file = join(DIR, f);
      const r = await runCli(["validate", "--format", "json", file]);
      const found = (JSON.parse(r.stdout) as { code: string; line: number; severity: string }[])
        .filter((d) => d.severity !== "info")
        .map((d) => `${d.code}@${d.line}`);
      expect(found.sort()).toEqual(expectations(readFileSync(file, "utf8")));
    });
  }
  it("the JSON output keeps its shape (snapshot)", async () => {
    const file = join(DIR, "count-exceeds-total.yaml");
    const r = await runCli(["validate", "--format", "json", file]);
    const reports = (JSON.parse(r.stdout) as { file: string }[]).map((d) => ({ ...d, file: relative(ROOT, d.file) }));
    await expect(`${JSON.stringify(reports, null, 2)}\n`).toMatchFileSnapshot("__snapshots__/validate-json.json");
  });
});
