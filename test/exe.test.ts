// Issue 24: plan as one program file (npm run build:exe). The Linux one runs here as a clerk would run
// it — by its path, from a folder of the clerk's, with no Node anywhere on PATH; the Windows one cannot
// run here, so its file is checked: a console x64 PE, the SEA fuse set, the same blob as the Linux one.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { edit, EXAMPLE, EXAMPLE_TH, ROOT } from "./helpers.js";
import { wordFixtures } from "./word-fixtures.js";
// The build's own constants: the test looks where the build writes.
import { NODE_VERSION, OUT, SEA_FUSE, WORK } from "../scripts/build-exe.mjs";

const linux = process.platform === "linux" && process.arch === "x64";
const exe = join(OUT, "plan");
const exeWin = join(OUT, "plan.exe");

describe.runIf(linux)("the single executable", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-exe-"));
  const work = join(dir, "van-phong");
  const data = join(dir, "data");
  // The PATH of a PC without Node: every folder that holds a node program is taken out.
  const path = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((d) => d && !existsSync(join(d, "node")))
    .join(delimiter);
  const plan = (args: string[]) => {
    const r = spawnSync(exe, args, {
      cwd: work,
      encoding: "utf8",
      timeout: 60_000,
      env: { PATH: path, HOME: dir, XDG_DATA_HOME: data },
    });
    return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
  };
  const at = (name: string) => join(work, name);

  beforeAll(async () => {
    // dist/ was built by the test run's own build (pretest); this adds dist/exe/, from the cache when
    // nothing changed (~1 s), else downloading the Node binaries (~90 MB) and injecting (~25 s).
    const built = spawnSync(process.execPath, [join(ROOT, "scripts/build-exe.mjs")], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 280_000,
    });
    expect(built.status, built.stderr).toBe(0);
    mkdirSync(work);
    copyFileSync(EXAMPLE_TH, at("tot.yaml"));
    writeFileSync(at("loi.yaml"), edit(readFileSync(EXAMPLE, "utf8"), "staffTotal: 31", "staffTotal: 3"));
    writeFileSync(
      at("go-nham.yaml"),
      edit(readFileSync(EXAMPLE_TH, "utf8"), "  place: Điện Biên Phủ", "  place: Điện Biên Phủ: thành phố"),
    );
    writeFileSync(at("nam-truoc.docx"), (await wordFixtures())[0]!.bytes);
  }, 300_000);

  it("finds no Node on the PATH it runs with", () => {
    expect(spawnSync("node", ["--version"], { env: { PATH: path } }).error).toBeDefined();
  });

  // In order: fix, new and the renders read files that earlier rows wrote.
  const rows: [args: string[], exit: number, made?: string][] = [
    [["--version"], 0],
    [["validate", "tot.yaml"], 0],
    [["validate", "loi.yaml"], 1],
    [["validate", "khong-co.yaml"], 2],
    [["stats", "tot.yaml"], 0],
    [["render", "tot.yaml", "--docx"], 0, "tot.docx"],
    [["render", "tot.yaml", "--html"], 0, "tot.html"],
    [["render", "tot.yaml", "--ics"], 0, "tot.ics"],
    [["render", "loi.yaml", "--docx"], 1],
    [["import", "nam-truoc.docx", "-o", "nhap.yaml"], 0, "nhap.yaml"],
    [["fix", "--check", "go-nham.yaml"], 1],
    [["fix", "go-nham.yaml"], 0],
    [["validate", "go-nham.yaml"], 0],
    [["init", "-o", "moi.yaml"], 1, "moi.yaml"], // written; its blanks are errors until filled
    // số and date blank
    [["new", "--from", "tot.yaml", "--year", "2025-2026", "-o", "nam-sau.yaml"], 1, "nam-sau.yaml"],
    [["kiem-tra", "tot.yaml"], 2],
  ];
  for (const [args, exit, made] of rows) {
    it(`plan ${args.join(" ")} → ${exit}`, () => {
      const r = plan(args);
      expect(r.status, r.out).toBe(exit);
      // What a clerk must never see: a stack trace, or Node's English warning that SEA is experimental.
      expect(r.out).not.toMatch(/\n\s+at .+:\d+:\d+|node:internal|ExperimentalWarning/);
      if (made) expect(existsSync(at(made)), made).toBe(true);
    });
  }

  it("writes files of the right kinds", () => {
    expect(readFileSync(at("tot.docx")).subarray(0, 2).toString()).toBe("PK");
    expect(readFileSync(at("tot.html"), "utf8")).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(at("tot.ics"), "utf8")).toMatch(/^BEGIN:VCALENDAR/);
    expect(readFileSync(at("nhap.yaml"), "utf8")).toContain("schoolYear:");
    expect(readFileSync(at("go-nham.yaml"), "utf8")).toContain('place: "Điện Biên Phủ: thành phố"');
    expect(readFileSync(at("nam-sau.yaml"), "utf8")).toContain("2025-2026");
  });

  it("links the plans it writes to its schema, extracted to the user's data folder", () => {
    const schema = join(data, "plan-thi-dua", "plan.schema.json");
    expect(readFileSync(schema, "utf8")).toBe(readFileSync(join(ROOT, "schemas/plan.schema.json"), "utf8"));
    // A file URL: the link holds wherever the plan is moved, on any drive.
    for (const file of ["moi.yaml", "nhap.yaml"])
      expect(readFileSync(at(file), "utf8").split("\n")[0]).toBe(
        `# yaml-language-server: $schema=${pathToFileURL(schema).href}`,
      );
    expect(plan(["schema", "--path"]).stdout.trim()).toBe(schema);
    expect(JSON.parse(plan(["schema"]).stdout).$schema).toBeDefined();
  });

  it("checks many files on one thread, --jobs or not: it has no worker file to start", () => {
    const many = join(work, "nhieu");
    mkdirSync(many);
    const files = Array.from({ length: 85 }, (_, i) => join(many, `truong-${i}.yaml`));
    for (const file of files) copyFileSync(EXAMPLE_TH, file);
    // 85 files with --jobs 2 would start two workers in the package (40 files a worker at least).
    const r = plan(["validate", "--jobs", "2", ...files]);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain("85");
  });

  it("runs a bundle that evaluates nothing: no eval or Function (as test/hostile.test.ts holds dist/cli)", () => {
    expect(readFileSync(join(WORK, "plan.cjs"), "utf8")).not.toMatch(/\beval\(|new Function\(/);
  });

  it("stays out of the release tarball, which packs package.json's files", () => {
    // Two programs of ~100 MB each inside the npm package would make it 80 MB to download.
    const { files } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] };
    expect(files.filter((f) => `${exe}/`.startsWith(`${join(ROOT, f)}/`))).toEqual([]);
  });

  describe("the Windows one, as far as this machine can check it", () => {
    let win: Buffer;
    let lin: Buffer;
    beforeAll(() => {
      win = readFileSync(exeWin);
      lin = readFileSync(exe);
    });

    it("is a 64-bit Windows console program", () => {
      expect(win.subarray(0, 2).toString("latin1")).toBe("MZ");
      const pe = win.readUInt32LE(0x3c);
      expect(win.subarray(pe, pe + 4).toString("latin1")).toBe("PE\0\0");
      expect(win.readUInt16LE(pe + 4)).toBe(0x8664); // machine: x64
      const optional = pe + 24;
      expect(win.readUInt16LE(optional)).toBe(0x20b); // PE32+
      expect(win.readUInt16LE(optional + 68)).toBe(3); // subsystem: Windows console (a terminal program)
      // Unsigned rather than carrying node.exe's signature, which the injection broke.
      expect(win.readUInt32LE(optional + 112 + 4 * 8 + 4)).toBe(0);
    });

    it("is Node " + NODE_VERSION + " with the SEA fuse set and the blob as a resource", () => {
      for (const program of [win, lin]) {
        expect(program.includes(`${SEA_FUSE}:1`)).toBe(true);
        expect(program.includes(`${SEA_FUSE}:0`)).toBe(false);
      }
      // postject names the PE resource in UTF-16, as Windows resource names are.
      expect(win.includes(Buffer.from("NODE_SEA_BLOB", "utf16le"))).toBe(true);
      expect(win.includes(`v${NODE_VERSION}`)).toBe(true);
    });

    it("carries the same blob as the Linux one: the same bundle and schema", () => {
      const blob = readFileSync(join(WORK, "plan.blob"));
      expect(win.includes(blob)).toBe(true);
      expect(lin.includes(blob)).toBe(true);
      expect(blob.includes(readFileSync(join(WORK, "plan.cjs")))).toBe(true);
      expect(blob.includes(readFileSync(join(ROOT, "schemas/plan.schema.json")))).toBe(true);
      expect(dirname(exeWin)).toBe(dirname(exe));
    });
  });
});
