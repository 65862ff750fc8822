// The visual check: LibreOffice opens the DOCX, and the PDF is A4, of the expected length, set only in
// Liberation Serif (Times New Roman's metric twin) with no fallback font for any Vietnamese letter.
// CI installs LibreOffice (.ci/run); on a developer machine without it the test is skipped.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, EXAMPLE, EXAMPLE_TH } from "./helpers.js";

const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const available = has("soffice") && has("pdfinfo") && has("pdffonts");
const required = process.env.CI === "true";

function toPdf(example: string): { info: string; fonts: string } {
  const dir = mkdtempSync(join(tmpdir(), "plan-lo-"));
  const yaml = join(dir, "plan.yaml");
  copyFileSync(example, yaml);
  expect(cli(["render", yaml, "--docx"]).status).toBe(0);
  const lo = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      join(dir, "plan.docx"),
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(lo.status, lo.stderr).toBe(0);
  const pdf = join(dir, "plan.pdf");
  return {
    info: spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout,
    fonts: spawnSync("pdffonts", [pdf], { encoding: "utf8" }).stdout,
  };
}

describe.runIf(available || required)("LibreOffice renders the DOCX", () => {
  it("is installed (CI must run this test for real)", () => {
    expect(available).toBe(true);
  });
  // Single-spaced 14 pt lines (16,1 pt apart) as in Word: until every line said its rule was "auto",
  // LibreOffice read them as exactly 12 pt and got 6 and 2 pages.
  for (const [example, pages] of [
    [EXAMPLE, 8],
    [EXAMPLE_TH, 3],
  ] as const) {
    it(`${example.split("/").pop()}: A4, ${pages} pages, Liberation Serif only`, { timeout: 180_000 }, () => {
      const { info, fonts } = toPdf(example);
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      expect(Math.abs(Number(size[1]) - 595.3)).toBeLessThan(1);
      expect(Math.abs(Number(size[2]) - 841.9)).toBeLessThan(1);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(pages);
      const names = fonts
        .split("\n")
        .slice(2)
        .filter(Boolean)
        .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""));
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((n) => !/^LiberationSerif(-Bold|-Italic|-BoldItalic)?$/.test(n))).toEqual([]);
    });
  }
});
