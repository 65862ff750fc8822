// One table of exit codes for every command (README, "Mã thoát"): 0 done and valid, 1 an invalid plan —
// or a file written whose plan still has errors for the clerk —, 2 usage or I/O. Each row runs the CLI's
// run(argv, io) in this process (a Node start per row was 18 s of npm test); a few rows run as a real
// process too, so the code the shell sees is the one the table says.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, edit, EXAMPLE_TH, exampleText, linkedAnywhere, ROOT, runCli } from "./helpers.js";
import { wordFixtures } from "./word-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "plan-exit-"));
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  // Copies outside the tool's folder carry an absolute editor link, as plan writes them there.
  const th = linkedAnywhere(readFileSync(EXAMPLE_TH, "utf8"));
  writeFileSync(at("tot.yaml"), th); // valid, no warning
  writeFileSync(at("canh-bao.yaml"), linkedAnywhere(exampleText())); // valid, one warning (phases/gap)
  writeFileSync(at("loi.yaml"), linkedAnywhere(edit(exampleText(), "staffTotal: 31", "staffTotal: 3")));
  writeFileSync(at("ke-hoach.txt"), th);
  writeFileSync(at("tot.yaml~"), th);
  writeFileSync(at("go-nham.yaml"), edit(th, "  place: Điện Biên Phủ", "  place: Điện Biên Phủ: thành phố"));
  writeFileSync(at("word.docx"), (await wordFixtures())[0]!.bytes);
  writeFileSync(at("khong-phai-word.docx"), "không phải zip");
  copyFileSync(join(ROOT, "test/fixtures/staff-import/danh-sach-cb-gv-nv.xlsx"), at("danh-sach.xlsx"));
  writeFileSync(at("chua-xep-loai.csv"), "\ufeffSTT;Họ và tên;Xếp loại\r\n1;Lê Văn An;\r\n");
});

type Row = [command: string, args: () => string[], exit: 0 | 1 | 2];

const ROWS: Row[] = [
  ["validate", () => ["validate", at("tot.yaml")], 0],
  ["validate", () => ["validate", at("canh-bao.yaml")], 0],
  ["validate", () => ["validate", "--fail-on", "warning", at("canh-bao.yaml")], 1],
  ["validate", () => ["validate", at("loi.yaml")], 1],
  ["validate", () => ["validate", at("khong-co.yaml")], 2],
  ["validate", () => ["validate", at("ke-hoach.txt")], 2],
  ["validate", () => ["validate", "--any-name", at("ke-hoach.txt")], 0],
  ["validate", () => ["validate", at("tot.yaml"), at("tot.yaml~")], 0], // the backup is skipped, named
  ["validate", () => ["validate", at("tot.yaml~")], 2],
  ["validate", () => ["validate", at("tot.yaml"), at("loi.yaml")], 1],
  ["validate", () => ["validate", at("tot.yaml"), at("khong-co.yaml")], 2],
  ["stats", () => ["stats", at("tot.yaml")], 0],
  ["stats", () => ["stats", at("loi.yaml")], 1],
  ["stats", () => ["stats", at("ke-hoach.txt")], 2],
  ["render", () => ["render", at("tot.yaml"), "--docx", "-o", at("ra.docx")], 0],
  ["render", () => ["render", at("tot.yaml"), "--docx", "-o", at("ra.docx")], 0], // its own output again
  ["render", () => ["render", at("tot.yaml"), "--docx", "-o", at("word.docx")], 2], // not plan's
  ["render", () => ["render", at("loi.yaml"), "--docx", "-o", at("loi.docx")], 1],
  ["render", () => ["render", at("khong-co.yaml"), "--docx"], 2],
  ["render", () => ["render", at("tot.yaml~"), "--docx"], 2],
  ["preview", () => ["preview", at("khong-co.yaml")], 2],
  ["preview", () => ["preview", at("ke-hoach.txt")], 2],
  ["init", () => ["init", "-o", at("moi.yaml")], 1], // written; its blanks are errors until filled
  ["init", () => ["init", "-o", at("moi.yaml")], 2], // exists
  ["init", () => ["init", "-o", join(dir, "khong-co", "moi.yaml")], 2],
  // written; số and date blank
  ["new", () => ["new", "--from", at("tot.yaml"), "--year", "2025-2026", "-o", at("nam-sau.yaml")], 1],
  ["new", () => ["new", "--from", at("tot.yaml"), "--year", "2025-2026", "-o", at("nam-sau.yaml")], 2], // exists
  ["new", () => ["new", "--from", at("khong-co.yaml"), "--year", "2025-2026"], 2],
  ["new", () => ["new", "--from", at("tot.yaml"), "--year", "2025"], 2],
  ["import", () => ["import", at("word.docx"), "-o", at("nhap.yaml")], 0],
  ["import", () => ["import", at("word.docx"), "-o", at("nhap.yaml")], 2], // exists
  ["import", () => ["import", at("khong-phai-word.docx")], 2],
  [
    "results import",
    () => ["results", "import", at("danh-sach.xlsx"), "--from", at("tot.yaml"), "-o", at("kq.yaml")],
    0,
  ],
  [
    "results import",
    () => ["results", "import", at("danh-sach.xlsx"), "--from", at("tot.yaml"), "-o", at("kq.yaml")],
    2,
  ], // exists
  [
    "results import",
    () => ["results", "import", at("chua-xep-loai.csv"), "--from", at("tot.yaml"), "-o", at("kq-2.yaml")],
    1,
  ], // written; no rating yet
  ["results import", () => ["results", "import", at("word.docx"), "--from", at("tot.yaml"), "-o", at("kq-3.yaml")], 2],
  ["results import", () => ["results", "import", at("danh-sach.xlsx"), "--from", at("khong-co.yaml")], 2],
  ["fix", () => ["fix", "--check", at("tot.yaml")], 0],
  ["fix", () => ["fix", "--check", at("go-nham.yaml")], 1],
  ["fix", () => ["fix", at("khong-co.yaml")], 2],
  ["fix", () => ["fix", at("ke-hoach.txt")], 2],
  ["schema", () => ["schema", "--path"], 0],
  ["help", () => ["help", "validate"], 0],
  ["help", () => ["help", "kiem-tra"], 2],
  ["help", () => ["--lang", "en", "help", "nosuch"], 2],
  ["(none)", () => [], 2],
  ["(unknown)", () => ["kiem-tra", at("tot.yaml")], 2],
  ["(option)", () => ["validate", "--strict", at("tot.yaml")], 2],
  ["--version", () => ["--version"], 0],
];

describe("every command's exit code follows the one table", () => {
  // In order: some rows depend on the file an earlier row wrote.
  for (const [i, [command, args, exit]] of ROWS.entries()) {
    it(`${i + 1}. ${command} → ${exit}`, async () => {
      const argv = args();
      const r = await runCli(argv);
      expect(r.status, `${argv.join(" ")}\n${r.stdout}\n${r.stderr}`).toBe(exit);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|node:internal/);
    });
  }
  it("covers every command", () => {
    const commands = new Set(ROWS.map((r) => r[0]));
    for (const c of ["validate", "stats", "render", "preview", "init", "new", "import", "fix", "schema", "help"])
      expect(commands.has(c), c).toBe(true);
  });
  it("a real process exits with the table's code and prints what run() prints", async () => {
    // One row of each code, and one that needs no file: bin/plan.js sets the process's exit code. (Not
    // --version: the build writes the package's version in, src says 0.0.0-dev.)
    for (const argv of [
      ["validate", at("tot.yaml")],
      ["validate", at("loi.yaml")],
      ["validate", at("khong-co.yaml")],
      ["fix", "--check", at("go-nham.yaml")],
      [],
    ]) {
      // The summary line's time differs run to run.
      const same = (r: { status: number | null; stdout: string; stderr: string }) => ({
        ...r,
        stdout: r.stdout.replace(/\(\d+,\d+ s\)/, "(… s)"),
      });
      expect(same(cli(argv)), argv.join(" ")).toEqual(same(await runCli(argv)));
    }
  });
  it("stats over a glob with an editor's backup counts the school once", async () => {
    const one = await runCli(["stats", "--format", "json", at("tot.yaml"), at("tot.yaml~")]);
    expect(one.status).toBe(0);
    const parsed = JSON.parse(one.stdout) as {
      files: { file: string }[];
      summary: { files: { given: number; schools: number } };
    };
    expect(parsed.files.map((f) => f.file)).toEqual([at("tot.yaml")]);
    expect(parsed.summary.files).toMatchObject({ given: 1, schools: 1 });
    expect(one.stderr).toContain("Bỏ qua 1 bản sao lưu");
  });
  it("names the skipped backup in one line", async () => {
    const r = await runCli(["validate", at("tot.yaml"), at("tot.yaml~")]);
    expect(r.stderr.trim().split("\n")).toEqual([`Bỏ qua 1 bản sao lưu của trình soạn thảo: ${at("tot.yaml~")}`]);
  });
});
