import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, edit, runCli, EXAMPLE, EXAMPLE_TH, exampleText, lineOf, linkedAnywhere } from "./helpers.js";

let dir: string;
let bad: string;
let badLine: number;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "plan-cli-"));
  bad = join(dir, "bad.yaml");
  const text = linkedAnywhere(edit(exampleText(), "  staffTotal: 31", "  staffTotal: ba mươi mốt"));
  badLine = lineOf(text, "ba mươi mốt");
  writeFileSync(bad, text);
});

const noStackTrace = (s: string): void => {
  expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);
};

describe("plan validate (run in this process; --jobs and the colour of a real terminal as real processes)", () => {
  it("exits 0 on both examples", async () => {
    const r = await runCli(["validate", EXAMPLE, EXAMPLE_TH]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("2 tệp");
  });

  it("exits 1 on an invalid plan and prints file:line:column with the code", async () => {
    const r = await runCli(["validate", bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${bad}:${badLine}:15`);
    expect(r.stdout).toContain("schema/type");
    expect(r.stdout).toContain("phải là một số nguyên");
    noStackTrace(r.stdout + r.stderr);
  });

  it("exits 2 on a missing file, a directory, an unknown option or command", async () => {
    for (const args of [
      ["validate", join(dir, "nope.yaml")],
      ["validate", dir],
      ["validate", "--frmat", "json", EXAMPLE],
      ["valdate", EXAMPLE],
      ["validate"],
    ]) {
      const r = await runCli(args);
      expect(r.status, args.join(" ")).toBe(2);
      noStackTrace(r.stdout + r.stderr);
    }
  });

  it("--fail-on warning makes a warning fail the run; errors only by default", async () => {
    expect((await runCli(["validate", EXAMPLE])).status).toBe(0);
    expect((await runCli(["validate", "--fail-on", "warning", EXAMPLE])).status).toBe(1);
    expect((await runCli(["validate", "--fail-on", "warning", EXAMPLE_TH])).status).toBe(0);
  });

  it("--jobs spreads many files over threads with the same results, in the same order", {
    timeout: 120_000,
  }, async () => {
    const files = Array.from({ length: 80 }, (_, i) => {
      const file = join(dir, `many-${String(i).padStart(3, "0")}.yaml`);
      writeFileSync(
        file,
        i % 7 === 0 ? edit(exampleText(), "      count: 30", `      count: ${40 + i}`) : exampleText(),
      );
      return file;
    });
    const one = await runCli(["validate", "--format", "json", "--jobs", "1", ...files]);
    // Worker threads start dist/cli/validate-worker.js: the built program, in a real process.
    const two = cli(["validate", "--format", "json", "--jobs", "2", ...files]);
    expect(two.status).toBe(one.status);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(
      JSON.parse(one.stdout).filter((r: { code: string }) => r.code === "targets/count-exceeds-total"),
    ).toHaveLength(12);
  });

  it("an I/O error outranks an invalid plan in the exit code", async () => {
    expect((await runCli(["validate", bad, join(dir, "nope.yaml")])).status).toBe(2);
  });

  it("suggests the option that was meant, in Vietnamese", async () => {
    const r = await runCli(["validate", "--frmat", "json", EXAMPLE]);
    expect(r.stderr).toContain("tùy chọn không có: --frmat");
    expect(r.stderr).toContain("--format");
  });

  it("rejects an unknown format value with exit 2", async () => {
    const r = await runCli(["validate", "--format", "xml", EXAMPLE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("xml");
  });

  it("--format json prints the documented shape", async () => {
    const r = await runCli(["validate", "--format", "json", bad]);
    expect(r.status).toBe(1);
    const reports = JSON.parse(r.stdout);
    expect(reports).toEqual([
      {
        file: bad,
        line: badLine,
        column: 15,
        endLine: badLine,
        endColumn: 26,
        severity: "error",
        code: "schema/type",
        message: expect.stringContaining("Tổng số cán bộ"),
        path: "targets.staffTotal",
      },
    ]);
  });

  it("--format json of a clean plan is an empty array; warnings alone exit 0", async () => {
    expect(JSON.parse((await runCli(["validate", "--format", "json", EXAMPLE_TH])).stdout)).toEqual([]);
    const r = await runCli(["validate", "--format", "json", EXAMPLE]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { severity: string; code: string }) => `${x.severity} ${x.code}`)).toEqual([
      "warning phases/gap",
    ]);
  });

  it("--format github prints workflow commands with escaped properties", async () => {
    const r = await runCli(["validate", "--format", "github", bad]);
    expect(r.stdout).toMatch(
      new RegExp(
        `^::error file=${bad.replace(/[/.]/g, "\\$&")},line=${badLine},col=15,` +
          `endLine=${badLine},endColumn=26,title=schema/type::`,
      ),
    );
  });

  it("--lang en gives English messages, codes unchanged", async () => {
    const r = await runCli(["--lang", "en", "validate", bad]);
    expect(r.stdout).toContain("must be an integer");
    expect(r.stdout).toContain("schema/type");
    expect(r.stdout).toContain("error");
    // English throughout: no Vietnamese letter in the messages or the count, and plurals agree.
    expect(r.stdout.replace(/"[^"]*"/g, "")).not.toMatch(
      /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu,
    );
    expect(r.stdout).toMatch(/^1 file: 1 error, 0 warnings/m);
  });

  it("--lang en: the help is English too", async () => {
    for (const args of [
      ["--lang", "en", "--help"],
      ["--lang", "en", "validate", "--help"],
      ["--lang", "en", "fix", "--help"],
    ]) {
      const r = await runCli(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("Usage:");
      expect(r.stdout).not.toMatch(/[ảạằắẳẵặầấẩẫậẻẽẹềếểễệỉịỏọồốổỗộờớởỡợủụừứửữựỳỷỹỵ]/iu);
    }
  });

  it("no colour when output is not a terminal, or with NO_COLOR even when forced", async () => {
    expect((await runCli(["validate", bad])).stdout).not.toContain("\u001b[");
    expect((await runCli(["validate", bad], { env: { FORCE_COLOR: "1" } })).stdout).toContain("\u001b[");
    expect((await runCli(["validate", bad], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).stdout).not.toContain(
      "\u001b[",
    );
    expect((await runCli(["--no-color", "validate", bad], { env: { FORCE_COLOR: "1" } })).stdout).not.toContain(
      "\u001b[",
    );
  });

  it("--help lists exit codes in Vietnamese; --version prints the version", async () => {
    const help = await runCli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Mã thoát");
    expect(help.stdout).toContain("Cách dùng:");
    // The build writes the package version in (src says 0.0.0-dev): the built program, as installed.
    const version = cli(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
