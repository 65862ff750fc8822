// The year's documents from a results file (plan render ket-qua.yaml --doc KIND): each held word for word
// by its text fixture, its DOCX holding the same paragraphs, LibreOffice opening every DOCX, and the
// CLI's exit codes for what a clerk may get wrong (an unknown kind, a báo cáo without --for).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBeside } from "../src/cli/results-file.js";
import { renderLayoutDocx } from "../src/core/render/docx/document.js";
import { type DocumentKind, documentLayout } from "../src/core/render/documents/index.js";
import { pageModel } from "../src/core/render/page.js";
import { layoutToText } from "../src/core/render/text.js";
import { checkResultsBytes } from "../src/core/results/check.js";
import { cli, ROOT, runCli } from "./helpers.js";
import { paragraphs, unzip } from "./zip.js";

const NAME = "le-quy-don-thcs-2025-2026-ket-qua";
const FILE = join(ROOT, "examples", `${NAME}.yaml`);
const checked = checkResultsBytes(readFileSync(FILE), readBeside(FILE));
const input = (forId?: string) => ({ plan: checked.plan!, results: checked.results!, for: forId });
const CASES: [DocumentKind, string | undefined, string][] = [
  ["dang-ky", undefined, "dang-ky"],
  ["bien-ban", undefined, "bien-ban"],
  ["to-trinh", undefined, "to-trinh"],
  ["quyet-dinh", undefined, "quyet-dinh"],
  ["tong-ket", undefined, "tong-ket"],
  ["bao-cao-thanh-tich", "gv05", "bao-cao-thanh-tich-gv05"],
  ["bao-cao-thanh-tich", "truong", "bao-cao-thanh-tich-truong"],
];

describe("the documents of the year render as their text fixtures", () => {
  it("the example results file is clean", () => {
    expect(checked.results).toBeDefined();
    expect(checked.plan).toBeDefined();
  });
  for (const [kind, forId, fixture] of CASES) {
    it(`${fixture}: the text render equals the fixture, line for line`, () => {
      const expected = readFileSync(join(ROOT, "test/fixtures/expected", `${NAME}-${fixture}.txt`), "utf8");
      expect(layoutToText(documentLayout(kind, input(forId))).split("\n")).toEqual(expected.split("\n"));
    });
    it(`${fixture}: the DOCX holds the text render's lines in order`, async () => {
      const l = documentLayout(kind, input(forId));
      const docx = paragraphs(unzip(await renderLayoutDocx(l)).get("word/document.xml")!).map((p) => p.text);
      // Every paragraph of the page model, cells included, is a paragraph of the DOCX, in the same order.
      const model = pageModel(l)
        .parts.flat()
        .flatMap((b) => (b.type === "paragraph" ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.children))));
      let at = 0;
      for (const p of model.map((p) => p.runs.map((r) => r.text).join("")).filter(Boolean)) {
        const found = docx.indexOf(p, at);
        expect(found, p).toBeGreaterThanOrEqual(at);
        at = found + 1;
      }
    });
  }
  it("the ballot table gives each share on all voting members, with a decimal comma", () => {
    const text = layoutToText(documentLayout("bien-ban", input()));
    expect(text).toContain("1 | Vũ Văn Bảo | 7 | 87,5 | 1");
    expect(text).toContain("trên tổng số 08 thành viên Hội đồng có quyền biểu quyết");
  });
  it("the decision cites the texts of its date and the prizes from the base salary", () => {
    const text = layoutToText(documentLayout("quyet-dinh", input()));
    expect(text).toContain("Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025");
    expect(text).not.toContain("98/2023");
    expect(text).toContain("“Lao động tiên tiến”: 0,3 lần mức lương cơ sở (702.000 đồng);");
    expect(text).toContain("(Kèm theo Quyết định số 215/QĐ-UBND ngày 20 tháng 6 năm 2026");
  });
  it("a decision dated before 01/7/2025 cites NĐ 98/2023 and TT 01/2024", () => {
    const results = structuredClone(checked.results!);
    results.decisions = [];
    for (const p of results.proposals ?? []) p.date = "2025-05-27";
    results.meeting!.date = "2025-05-25";
    const text = layoutToText(documentLayout("quyet-dinh", { plan: checked.plan!, results }));
    expect(text).toContain("Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023");
    expect(text).toContain("Thông tư số 01/2024/TT-BNV");
    expect(text).toContain("Số:      /QĐ-UBND");
  });
});

describe("plan render --doc", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-doc-"));
  copyFileSync(FILE, join(dir, `${NAME}.yaml`));
  copyFileSync(join(ROOT, "examples/le-quy-don-thcs-2025-2026.yaml"), join(dir, "le-quy-don-thcs-2025-2026.yaml"));
  const results = join(dir, `${NAME}.yaml`);
  it("prints the text of a kind (exit 0)", () => {
    const r = cli(["render", results, "--doc", "to-trinh", "--text"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "test/fixtures/expected", `${NAME}-to-trinh.txt`), "utf8"));
  });
  it("an unknown kind, a missing --doc, a báo cáo without --for, --ics: usage errors (exit 2)", () => {
    expect(cli(["render", results, "--doc", "giay-moi", "--text"]).status).toBe(2);
    expect(cli(["render", results, "--text"]).status).toBe(2);
    expect(cli(["render", results, "--doc", "bao-cao-thanh-tich", "--text"]).status).toBe(2);
    expect(cli(["render", results, "--doc", "bao-cao-thanh-tich", "--for", "nobody", "--text"]).status).toBe(2);
    expect(cli(["render", results, "--doc", "to-trinh", "--ics"]).status).toBe(2);
    expect(cli(["render", join(dir, "le-quy-don-thcs-2025-2026.yaml"), "--doc", "to-trinh", "--text"]).status).toBe(2);
  });
  it("plan preview --doc: the same usage errors, said before anything is served (exit 2)", async () => {
    const cases: [string[], string][] = [
      [[results], "results/doc-missing"],
      [[results, "--doc", "giay-moi"], "results/doc-unknown"],
      [[join(dir, "le-quy-don-thcs-2025-2026.yaml"), "--doc", "to-trinh"], "results/doc-needs-results"],
      [[results, "--doc", "bao-cao-thanh-tich"], "results/doc-needs-for"],
      [[results, "--doc", "bao-cao-thanh-tich", "--for", "nobody"], "results/doc-for-unknown"],
    ];
    for (const [args, code] of cases) {
      const r = await runCli(["preview", ...args, "--port", "0"]);
      expect([r.status, r.stdout], code).toEqual([2, ""]);
      expect(r.stderr).toContain(code);
    }
  });
  it("a results file with errors renders nothing (exit 1)", () => {
    const bad = join(dir, "loi-ket-qua.yaml");
    writeFileSync(
      bad,
      readFileSync(results, "utf8").replace(
        "{ candidate: ht01, title: cstdcs, yes: 7, no: 1 }",
        "{ candidate: ht01, title: cstdcs, yes: 9, no: 1 }",
      ),
    );
    const r = cli(["render", bad, "--doc", "to-trinh", "--text"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
  });
  it("writes one DOCX per kind beside the file, and LibreOffice opens each", { timeout: 300_000 }, () => {
    const kinds = ["dang-ky", "bien-ban", "to-trinh", "quyet-dinh", "tong-ket"];
    for (const kind of kinds) expect(cli(["render", results, "--doc", kind]).status).toBe(0);
    expect(cli(["render", results, "--doc", "bao-cao-thanh-tich", "--for", "gv05"]).status).toBe(0);
    const files = [...kinds, "bao-cao-thanh-tich-gv05"].map((k) => join(dir, `${NAME}-${k}.docx`));
    const has = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
    if (!has && process.env.CI !== "true") return;
    const lo = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files],
      { encoding: "utf8", timeout: 280_000 },
    );
    expect(lo.status, lo.stderr).toBe(0);
    for (const f of files) {
      const info = spawnSync("pdfinfo", [f.replace(/\.docx$/, ".pdf")], { encoding: "utf8" }).stdout;
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), f).toBeGreaterThan(0);
    }
  });
});
