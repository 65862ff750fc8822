// Issue 24: the tool as CI gets it — `npm pack` gives a tarball with dist/ built, which installs with
// `npm install -g <tarball>` and production dependencies only, and then works from any folder.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_TH, ROOT } from "./helpers.js";
import { wordFixtures } from "./word-fixtures.js";

const npm = (args: string[], cwd: string) =>
  spawnSync("npm", args, {
    cwd,
    encoding: "utf8",
    timeout: 180_000,
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" },
  });

describe("the release tarball", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-pack-"));
  const prefix = join(dir, "prefix");
  let plan: string;

  beforeAll(() => {
    // dist/ is built by the test run's own build; npm run release packs it without scripts or dev tools.
    const packed = npm(["run", "release", "--", "--out", dir], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
    const installed = npm(
      ["install", "-g", "--prefix", prefix, "--omit=dev", "--prefer-offline", join(dir, tarball)],
      dir,
    );
    expect(installed.status, installed.stderr).toBe(0);
    // The installing user's first sight: no engine or install-script warnings.
    expect(installed.stderr).not.toMatch(/EBADENGINE|install-scripts/);
    plan = process.platform === "win32" ? join(prefix, "plan.cmd") : join(prefix, "bin", "plan");
  }, 240_000);

  it("is named plan-thi-dua (the name plan is taken on the registry) and installs the command plan", () => {
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).name).toBe("plan-thi-dua");
    expect(existsSync(plan)).toBe(true);
  });

  it("holds dist/ and no sources, tests or development tools; its bundle needs no dependency", () => {
    const root = join(prefix, "lib", "node_modules", "plan-thi-dua");
    expect(existsSync(join(root, "dist", "cli", "main.js"))).toBe(true);
    expect(existsSync(join(root, "schemas", "plan.schema.json"))).toBe(true);
    for (const absent of ["src", "test", "scripts", "node_modules"])
      expect(existsSync(join(root, absent)), absent).toBe(false);
    expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies).toBeUndefined();
  });

  it("validates, renders and imports from a folder of its own", async () => {
    const work = join(dir, "work");
    spawnSync("mkdir", ["-p", work]);
    copyFileSync(EXAMPLE_TH, join(work, "ke-hoach.yaml"));
    const run = (args: string[]) =>
      spawnSync(plan, args, { cwd: work, encoding: "utf8", timeout: 60_000, env: { PATH: process.env.PATH ?? "" } });
    expect(run(["validate", "ke-hoach.yaml"]).status).toBe(0);
    const rendered = run(["render", "ke-hoach.yaml", "--docx"]);
    expect(rendered.status, rendered.stderr).toBe(0);
    expect(readFileSync(join(work, "ke-hoach.docx")).subarray(0, 2).toString()).toBe("PK");
    writeFileSync(join(work, "nam-truoc.docx"), (await wordFixtures())[0]!.bytes);
    const imported = run(["import", "nam-truoc.docx", "-o", "nhap.yaml"]);
    expect(imported.status, imported.stderr).toBeLessThanOrEqual(1);
    expect(readFileSync(join(work, "nhap.yaml"), "utf8")).toContain("schoolYear:");
    expect(run(["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });
});
