// The year's documents from a results file (plan render ket-qua.yaml --doc KIND): each held word for word
// by its text fixture, its DOCX holding the same paragraphs, LibreOffice opening every DOCX, and the
// CLI's exit codes for what a clerk may get wrong (an unknown kind, a báo cáo without --for).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBeside } from "../src/cli/results-file.js";
import { renderLayoutDocx } from "../src/core/render/docx/document.js";
import { placeOfAuthority } from "../src/core/render/documents/common.js";
import { type DocumentKind, documentLayout } from "../src/core/render/documents/index.js";
import { pageModel } from "../src/core/render/page.js";
import { layoutToText } from "../src/core/render/text.js";
import { checkResultsBytes } from "../src/core/results/check.js";
import { cli, ROOT, runCli } from "./helpers.js";
import { paragraphs, unzip } from "./zip.js";

// Both results examples of issue 25: a THCS judged after 01/7/2025 (NĐ 152/2025, the phường decides) and
// a mầm non judged in May 2025 (NĐ 98/2023 and TT 01/2024/TT-BNV, the district-level city decides).
type Case = [DocumentKind, string | undefined, string];
const EXAMPLES: { name: string; cases: Case[] }[] = [
  {
    name: "le-quy-don-thcs-2025-2026-ket-qua",
    cases: [
      ["dang-ky", undefined, "dang-ky"],
      ["bien-ban", undefined, "bien-ban"],
      ["to-trinh", undefined, "to-trinh"],
      ["quyet-dinh", undefined, "quyet-dinh"],
      ["tong-ket", undefined, "tong-ket"],
      ["bao-cao-thanh-tich", "gv05", "bao-cao-thanh-tich-gv05"],
      ["bao-cao-thanh-tich", "truong", "bao-cao-thanh-tich-truong"],
    ],
  },
  {
    name: "nam-thanh-2024-2025-ket-qua",
    cases: [
      ["dang-ky", undefined, "dang-ky"],
      ["bien-ban", undefined, "bien-ban"],
      ["to-trinh", undefined, "to-trinh"],
      // The second tờ trình, the school's TTLĐXS sent to the province: picked by its number.
      ["to-trinh", "19/TTr-TrMNNT", "to-trinh-ttldxs"],
      ["quyet-dinh", undefined, "quyet-dinh"],
      ["tong-ket", undefined, "tong-ket"],
      ["bao-cao-thanh-tich", "gv17", "bao-cao-thanh-tich-gv17"],
      ["bao-cao-thanh-tich", "truong", "bao-cao-thanh-tich-truong"],
      ["bao-cao-thanh-tich", "to-mau-giao", "bao-cao-thanh-tich-to-mau-giao"],
    ],
  },
];
const checkedOf = (name: string) => {
  const file = join(ROOT, "examples", `${name}.yaml`);
  return checkResultsBytes(readFileSync(file), readBeside(file));
};

for (const { name, cases } of EXAMPLES) {
  const checked = checkedOf(name);
  const input = (forId?: string) => ({ plan: checked.plan!, results: checked.results!, for: forId });
  describe(`${name}: the documents of the year render as their text fixtures`, () => {
    it("the example results file validates clean: no error, no warning, no note", () => {
      expect(checked.results).toBeDefined();
      expect(checked.plan).toBeDefined();
      expect(checked.diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual([]);
    });
    for (const [kind, forId, fixture] of cases) {
      it(`${fixture}: the text render equals the fixture, line for line`, () => {
        const expected = readFileSync(join(ROOT, "test/fixtures/expected", `${name}-${fixture}.txt`), "utf8");
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
  });
}

const NAME = "le-quy-don-thcs-2025-2026-ket-qua";
const FILE = join(ROOT, "examples", `${NAME}.yaml`);
const checked = checkedOf(NAME);
const input = (forId?: string) => ({ plan: checked.plan!, results: checked.results!, for: forId });
const mn = checkedOf("nam-thanh-2024-2025-ket-qua");
const mnText = (kind: DocumentKind, results = mn.results!, forId?: string): string =>
  layoutToText(documentLayout(kind, { plan: mn.plan!, results, for: forId }));

describe("the documents say what a clerk would check", () => {
  it("the ballot table gives each share on all voting members, with a decimal comma", () => {
    const text = layoutToText(documentLayout("bien-ban", input()));
    expect(text).toContain("1 | Vũ Văn Bảo | 7 | 87,5 | 1");
    expect(text).toContain("trên tổng số 08 thành viên Hội đồng có quyền biểu quyết");
  });
  it("a council with nobody absent says so, not 'vắng 00 người'", () => {
    const text = mnText("bien-ban");
    expect(text).toContain("có mặt 09 người; không có thành viên vắng mặt.");
    expect(text).not.toContain("vắng 00");
    expect(text).toContain("8 | Lê Thị Mỹ Linh | 6 | 75,0 | 2");
  });
  it("the biên bản says when the meeting ended, or leaves the hour to fill", () => {
    expect(layoutToText(documentLayout("bien-ban", input()))).toContain("Cuộc họp kết thúc vào 16 giờ 30 cùng ngày.");
    const results = structuredClone(checked.results!);
    delete results.meeting!.endTime;
    expect(layoutToText(documentLayout("bien-ban", { plan: checked.plan!, results }))).toContain(
      "Cuộc họp kết thúc vào …… giờ …… cùng ngày.",
    );
  });
  it("the decision cites the texts of its date and the prizes from the base salary", () => {
    const text = layoutToText(documentLayout("quyet-dinh", input()));
    expect(text).toContain("Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025");
    expect(text).not.toContain("98/2023");
    // 0,3 × 2.340.000 = 702.000, rounded up to the next 10.000 đồng as the decree says.
    expect(text).toContain("“Lao động tiên tiến”: 0,3 lần mức lương cơ sở (710.000 đồng);");
    expect(text).toContain("“Tập thể lao động tiên tiến”: 0,8 lần mức lương cơ sở (1.880.000 đồng).");
    // The phường's Giấy khen to a person under NĐ 152/2025: 0,3 (confirmed); the district's under NĐ 98 is not.
    expect(text).toContain("“Giấy khen”: 0,3 lần mức lương cơ sở (710.000 đồng);");
    expect(mnText("quyet-dinh")).toContain("“Giấy khen”: mức thưởng theo quy định hiện hành");
    expect(text).toContain("(Kèm theo Quyết định số 215/QĐ-UBND ngày 20 tháng 6 năm 2026");
  });
  it("a decision of June 2025 cites NĐ 98/2023 and TT 01/2024/TT-BNV of 24/02/2024, by its trích yếu", () => {
    const text = mnText("quyet-dinh");
    expect(text).toContain(
      "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một " +
        "số điều của Luật Thi đua, khen thưởng;",
    );
    expect(text).toContain(
      "Căn cứ Thông tư số 01/2024/TT-BNV ngày 24 tháng 02 năm 2024 của Bộ trưởng Bộ Nội vụ quy định biện pháp thi " +
        "hành Luật Thi đua, khen thưởng;",
    );
    expect(text).toContain("Căn cứ Thông tư số 29/2023/TT-BGDĐT ngày 29 tháng 12 năm 2023");
    expect(text).toContain("khen thưởng và Nghị định số 98/2023/NĐ-CP, tính trên mức lương cơ sở 2.340.000 đồng:");
    expect(text).not.toMatch(/152\/2025|15\/2025\/TT-BNV|17 tháng 02/u);
  });
  it("a draft decision before 01/7/2025 cites NĐ 98/2023 and leaves its number to the văn thư", () => {
    const results = structuredClone(checked.results!);
    results.decisions = [];
    for (const p of results.proposals ?? []) p.date = "2025-05-27";
    results.meeting!.date = "2025-05-25";
    const text = layoutToText(documentLayout("quyet-dinh", { plan: checked.plan!, results }));
    expect(text).toContain("Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023");
    expect(text).toContain("Thông tư số 01/2024/TT-BNV ngày 24 tháng 02 năm 2024");
    expect(text).toContain("Số:      /QĐ-UBND");
  });
  it("a draft decision of the Giám đốc Sở (a THPT's) is numbered QĐ-SGDĐT, a UBND's QĐ-UBND", () => {
    const results = structuredClone(checked.results!);
    results.decisions = [];
    for (const p of results.proposals ?? []) p.to = "Giám đốc Sở Giáo dục và Đào tạo";
    const text = layoutToText(documentLayout("quyet-dinh", { plan: checked.plan!, results }));
    expect(text).toContain("Số:      /QĐ-SGDĐT");
    expect(text).toContain("GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  });
  it("each document cites the texts of its own date: a tờ trình of 27/6/2025, its decision of 08/7/2025", () => {
    const results = structuredClone(mn.results!);
    results.meeting!.date = "2025-06-25";
    for (const p of results.proposals ?? []) p.date = "2025-06-27";
    for (const d of results.decisions ?? []) d.date = "2025-07-08";
    const toTrinh = mnText("to-trinh", results);
    expect(toTrinh).toContain("Căn cứ Nghị định số 98/2023/NĐ-CP");
    expect(toTrinh).not.toContain("152/2025");
    const decision = mnText("quyet-dinh", results);
    expect(decision).toContain("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025");
    expect(decision).toContain("khen thưởng và Nghị định số 152/2025/NĐ-CP, tính trên");
    // TT 15/2025/TT-BNV was signed 04/8/2025: in July TT 01/2024 still stands.
    expect(decision).toContain("Căn cứ Thông tư số 01/2024/TT-BNV ngày 24 tháng 02 năm 2024");
    expect(decision).not.toContain("98/2023");
    // A draft (no decision yet) takes the tờ trình's date.
    results.decisions = [];
    for (const p of results.proposals ?? []) p.date = "2025-07-02";
    expect(mnText("quyet-dinh", results)).toContain("Căn cứ Nghị định số 152/2025/NĐ-CP");
  });
  it("the decision is the authority's: its full name, its own địa danh, the school as each person's unit", () => {
    const text = mnText("quyet-dinh");
    const lines = text.split("\n");
    expect(lines[0]).toBe("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐIỆN BIÊN PHỦ");
    expect(lines).toContain("Điện Biên Phủ, ngày 16 tháng 6 năm 2025");
    expect(lines).toContain("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐIỆN BIÊN PHỦ");
    expect(text).not.toContain("Nam Thanh, ngày");
    expect(lines).toContain("20 | Lò Thị Mai | Giáo viên tổ Mẫu giáo | Trường Mầm non Nam Thanh");
    // The school's own tờ trình keeps its place and the tổ.
    const toTrinh = mnText("to-trinh").split("\n");
    expect(toTrinh).toContain("Nam Thanh, ngày 28 tháng 5 năm 2025");
    expect(toTrinh).toContain("20 | Lò Thị Mai | Giáo viên tổ Mẫu giáo | Tổ Mẫu giáo");
  });
  it("the province's draft for the TTLĐXS is dated at the province and grants no Giấy khen", () => {
    const text = mnText("quyet-dinh", mn.results!, "19/TTr-TrMNNT");
    expect(text.split("\n")[0]).toBe("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN");
    expect(text).toContain("Điện Biên, ngày      tháng      năm 2025");
    expect(text).toContain(
      "Điều 1. Công nhận danh hiệu thi đua năm học 2024 - 2025 cho 01 tập thể thuộc Trường Mầm non Nam Thanh",
    );
    expect(text).toContain("“Tập thể lao động xuất sắc”: 1,5 lần mức lương cơ sở (3.510.000 đồng).");
    const onlyGiayKhen = structuredClone(mn.results!);
    onlyGiayKhen.proposals = onlyGiayKhen.proposals!.filter((p) => p.title === "giay-khen");
    expect(mnText("quyet-dinh", onlyGiayKhen)).toContain("Điều 1. Tặng Giấy khen năm học 2024 - 2025 cho 06 cá nhân");
  });
  it("the địa danh of a local body's decision is its unit, kept whole when named by a number or a person", () => {
    expect(placeOfAuthority("Chủ tịch UBND thành phố Điện Biên Phủ")).toBe("Điện Biên Phủ");
    expect(placeOfAuthority("Chủ tịch Ủy ban nhân dân phường Hoàng Văn Thụ")).toBe("Hoàng Văn Thụ");
    expect(placeOfAuthority("Chủ tịch UBND quận 1")).toBe("Quận 1");
    expect(placeOfAuthority("Chủ tịch UBND thành phố Hồ Chí Minh")).toBe("Thành phố Hồ Chí Minh");
    expect(placeOfAuthority("Giám đốc Sở Giáo dục và Đào tạo")).toBeUndefined();
    expect(placeOfAuthority("Chủ tịch UBND tỉnh")).toBeUndefined();
  });
  it("a tổ's report is signed by its tổ trưởng and confirmed by the head; the school's by its head", () => {
    const to = mnText("bao-cao-thanh-tich", mn.results!, "to-mau-giao").trimEnd().split("\n");
    expect(to.slice(-5)).toEqual([
      "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ",
      "Nguyễn Thị Nhàn",
      "",
      "TỔ TRƯỞNG",
      "Hoàng Thị Vân Anh",
    ]);
    const school = mnText("bao-cao-thanh-tich", mn.results!, "truong");
    expect(school).toContain("1 | 2022 - 2023 | Tập thể lao động tiên tiến");
    expect(school.trimEnd().split("\n").slice(-2)).toEqual(["THỦ TRƯỞNG ĐƠN VỊ", "Nguyễn Thị Nhàn"]);
  });
});

describe("plan render --doc", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-doc-"));
  copyFileSync(FILE, join(dir, `${NAME}.yaml`));
  copyFileSync(join(ROOT, "examples/le-quy-don-thcs-2025-2026.yaml"), join(dir, "le-quy-don-thcs-2025-2026.yaml"));
  const results = join(dir, `${NAME}.yaml`);
  it("an unknown kind, a missing --doc, a báo cáo without --for, --ics: usage errors (exit 2)", async () => {
    expect((await runCli(["render", results, "--doc", "giay-moi", "--text"])).status).toBe(2);
    expect((await runCli(["render", results, "--text"])).status).toBe(2);
    expect((await runCli(["render", results, "--doc", "bao-cao-thanh-tich", "--text"])).status).toBe(2);
    expect((await runCli(["render", results, "--doc", "bao-cao-thanh-tich", "--for", "nobody", "--text"])).status).toBe(
      2,
    );
    expect((await runCli(["render", results, "--doc", "to-trinh", "--ics"])).status).toBe(2);
    expect(
      (await runCli(["render", join(dir, "le-quy-don-thcs-2025-2026.yaml"), "--doc", "to-trinh", "--text"])).status,
    ).toBe(2);
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
  it("a results file with errors renders nothing (exit 1)", async () => {
    const bad = join(dir, "loi-ket-qua.yaml");
    writeFileSync(
      bad,
      readFileSync(results, "utf8").replace(
        "{ candidate: ht01, title: cstdcs, yes: 7, no: 1 }",
        "{ candidate: ht01, title: cstdcs, yes: 9, no: 1 }",
      ),
    );
    const r = await runCli(["render", bad, "--doc", "to-trinh", "--text"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
  });
});

// What a clerk types: `plan render <file> --doc KIND [--for ID] --text`, then without --text for the DOCX.
// --for picks the person or collective of a báo cáo ("truong", "to-mau-giao") and the tờ trình by its number.
for (const { name, cases } of EXAMPLES) {
  describe(`plan render --doc on ${name}`, () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-doc-"));
    const planName = name.replace(/-ket-qua$/u, "");
    copyFileSync(join(ROOT, "examples", `${name}.yaml`), join(dir, `${name}.yaml`));
    copyFileSync(join(ROOT, "examples", `${planName}.yaml`), join(dir, `${planName}.yaml`));
    const results = join(dir, `${name}.yaml`);
    const args = (kind: string, forId?: string): string[] => [
      "render",
      results,
      "--doc",
      kind,
      ...(forId ? ["--for", forId] : []),
    ];
    it("prints each document's text as its fixture (exit 0)", { timeout: 120_000 }, async () => {
      for (const [kind, forId, fixture] of cases) {
        const r = await runCli([...args(kind, forId), "--text"]);
        expect(r.status, fixture).toBe(0);
        expect(r.stdout, fixture).toBe(
          readFileSync(join(ROOT, "test/fixtures/expected", `${name}-${fixture}.txt`), "utf8"),
        );
      }
    });
    it("writes one DOCX per document beside the file, and LibreOffice opens each", { timeout: 300_000 }, async () => {
      const files: string[] = [];
      for (const [kind, forId, fixture] of cases) {
        expect((await runCli(args(kind, forId))).status, fixture).toBe(0);
        // The file is named by the kind and --for ("19/TTr-TrMNNT" → "19-TTr-TrMNNT"): none replaces another.
        const file = join(dir, `${name}-${kind}${forId ? `-${forId.replace("/", "-")}` : ""}.docx`);
        expect(existsSync(file), file).toBe(true);
        expect(files, file).not.toContain(file);
        files.push(file);
      }
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
}
