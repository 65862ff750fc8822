import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { cli, edit, EXAMPLE, exampleText, runCli } from "./helpers.js";

let dir: string;
let plan: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "plan-render-"));
  plan = join(dir, "ke-hoach.yaml");
  copyFileSync(EXAMPLE, plan);
});
const isZip = (path: string): boolean => readFileSync(path).subarray(0, 2).toString() === "PK";

describe("plan render --docx", () => {
  it("writes beside the input by default, same name, .docx", async () => {
    const r = await runCli(["render", plan, "--docx"]);
    expect(r.status).toBe(0);
    expect(isZip(join(dir, "ke-hoach.docx"))).toBe(true);
    expect(r.stderr).toContain("phases/gap"); // warnings are shown, they do not stop the render
  });
  it("-o names the output", async () => {
    expect((await runCli(["render", plan, "--docx", "-o", join(dir, "out.docx")])).status).toBe(0);
    expect(isZip(join(dir, "out.docx"))).toBe(true);
  });
  it("a plan with errors renders nothing and exits 1, showing the errors", async () => {
    writeFileSync(plan, edit(exampleText(), "      count: 30", "      count: 40"));
    const r = await runCli(["render", plan, "--docx"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("targets/count-exceeds-total");
    expect(existsSync(join(dir, "ke-hoach.docx"))).toBe(false);
  });
  it("an output folder that does not exist is exit 2 and is not created", async () => {
    const r = await runCli(["render", plan, "--docx", "-o", join(dir, "khong-co/out.docx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("io/output-dir-missing");
    expect(existsSync(join(dir, "khong-co"))).toBe(false);
  });
  it("-o onto the input file itself is refused, the plan untouched", async () => {
    const before = readFileSync(plan, "utf8");
    const r = await runCli(["render", plan, "--docx", "-o", plan]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("io/output-is-input");
    expect(readFileSync(plan, "utf8")).toBe(before);
  });
  it("a folder where the file should go is refused before anything is written", async () => {
    const target = join(dir, "out.docx");
    mkdirSync(target);
    const r = await runCli(["render", plan, "--docx", "-o", target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("io/output-is-directory");
    expect(statSync(target).isDirectory()).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
  it("replaces its own earlier output whole; a file it did not write only with --force", async () => {
    const target = join(dir, "out.docx");
    writeFileSync(target, "old");
    const refused = await runCli(["render", plan, "-o", target]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("io/output-foreign");
    expect(readFileSync(target, "utf8")).toBe("old");
    expect((await runCli(["render", plan, "-o", target, "--force"])).status).toBe(0);
    expect(isZip(target)).toBe(true);
    expect((await runCli(["render", plan, "-o", target])).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["ke-hoach.yaml", "out.docx"]);
  });
  it("--text prints the document as plain text", async () => {
    const r = await runCli(["render", plan, "--text"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("- Lao động tiên tiến: 30/31 đạt 96,8%");
    expect(r.stdout).toContain("Nam Thanh, ngày 19 tháng 9 năm 2024");
  });
  it("--text -o writes the text to a file; two formats at once are a usage error", async () => {
    expect((await runCli(["render", plan, "--text", "-o", join(dir, "ke-hoach.txt")])).status).toBe(0);
    // Plain text carries no mark: an existing one is kept unless --force.
    expect((await runCli(["render", plan, "--text", "-o", join(dir, "ke-hoach.txt")])).stderr).toContain(
      "io/output-unmarked",
    );
    expect(readFileSync(join(dir, "ke-hoach.txt"), "utf8")).toContain("- CSTĐCS: 11/31 đạt 35,5%");
    const both = await runCli(["render", plan, "--docx", "--ics"]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--docx");
    expect(both.stderr).toContain("--ics");
    expect(readdirSync(dir).filter((f) => f.endsWith(".docx") || f.endsWith(".ics"))).toEqual([]);
  });
  it("a missing input is exit 2", async () => {
    expect((await runCli(["render", join(dir, "nope.yaml"), "--docx"])).status).toBe(2);
  });
});
