// `plan stats` as an education office runs it (issue 26): the five examples and one broken plan, in the
// terminal, JSON, CSV and XLSX. Every output must say the same: 2024-2025 has Hoa Ban and Nam Thanh
// (73 staff, LĐTT 68/73 = 93,2%), 2025-2026 has Lê Quý Đôn and Thanh Bình (84 staff, LĐTT 77/84 =
// 91,7%), the Phòng GD&ĐT's plan is apart (LĐTT 1.320/1.460 set, the schools' 68/73 beside it), and
// the broken file is listed with its first error. The XLSX is read back with exceljs, and opened by
// LibreOffice in a Vietnamese and an English locale: a number cell shows "96,8%" in one and "96.8%" in
// the other, which a text cell could not.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, edit, libreOfficeConvert, ROOT, runCli } from "./helpers.js";
import { ownershipOf } from "../src/core/output-mark.js";
import { unzipParts, zipParts } from "../src/core/render/docx/zip.js";

const EXAMPLES = [
  "hoa-ban-tieu-hoc-2024-2025",
  "le-quy-don-thcs-2025-2026",
  "nam-thanh-2024-2025",
  "phong-gddt-dien-bien-2024-2025",
  "thanh-binh-tieu-hoc-2025-2026",
];

/** A folder as the office keeps it: the examples, and a school's plan with two errors. */
function officeFolder(): { dir: string; files: string[]; broken: string } {
  const dir = mkdtempSync(join(tmpdir(), "plan-office-"));
  const files = EXAMPLES.map((n) => {
    const to = join(dir, `${n}.yaml`);
    copyFileSync(join(ROOT, "examples", `${n}.yaml`), to);
    return to;
  });
  const broken = join(dir, "truong-hoa-sen-2024-2025.yaml");
  const seed = readFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), "utf8");
  writeFileSync(
    broken,
    edit(
      edit(
        edit(seed, "issuingBody: Trường Mầm non Nam Thanh", "issuingBody: Trường Mầm non Hoa Sen"),
        "  staffTotal: 31 ",
        "  staffTotal: ba mươi mốt ",
      ),
      "  code: KH-TrMNNT",
      "  code: 7",
    ),
  );
  return { dir, files: [...files, broken], broken };
}

/** RFC 4180 with ";" — quoted fields may hold the separator, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const folder = officeFolder();
const BROKEN_LINE = 23; // document.code, before targets.staffTotal on line 103

describe("plan stats over the examples and a broken plan", () => {
  it("terminal: per year, each school once, the office apart, the broken file listed; 80 columns", async () => {
    const r = await runCli(["stats", ...folder.files]);
    expect(r.status).toBe(1);
    const summary = r.stdout.slice(r.stdout.indexOf("TỔNG HỢP"));
    expect(summary).toContain("6 tệp: 4 trường trong 2 năm học, 1 kế hoạch của Phòng/Sở");
    expect(summary).toContain("Năm học 2024-2025: 2 trường");
    expect(summary).toContain("Năm học 2025-2026: 2 trường");
    expect(summary).toMatch(/Tổng số CBGVNV +73 +2\/2/);
    expect(summary).toMatch(/Lao động tiên tiến +68\/73 +93,2% +2\/2/);
    expect(summary).toMatch(/Lao động tiên tiến +77\/84 +91,7% +2\/2/);
    expect(summary).toMatch(/Học sinh hoàn thành xuất sắc các nội dung +180\/620 +29,0% +1\/2/);
    expect(summary).toContain("Kế hoạch của Phòng Giáo dục và Đào tạo huyện Điện Biên — không tính là");
    expect(summary).toMatch(/Lao động tiên tiến +1\.320\/1\.460 90,4% +68\/73 93,2% +2\/2/);
    expect(summary).toContain("Tệp không tính vào tổng hợp (1)");
    expect(summary).toContain(`${folder.broken}:${BROKEN_LINE}:9  schema/type (2 lỗi)`);
    expect(summary).toContain("Trường Mầm non Hoa Sen, năm học 2024-2025");
    // The office's 9 staff and Hoa Sen's numbers are in no total: 73 = 31 + 42.
    expect(summary).not.toMatch(/Tổng số CBGVNV +(82|104)/);
    // File names are as long as the clerk's folders make them; every other line fits 80 columns.
    for (const line of summary.split("\n").filter((l) => !l.includes(folder.dir)))
      expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(r.stderr).toContain("schema/type");
  });

  it("JSON: the same summary as data", async () => {
    const r = await runCli(["stats", "--format", "json", ...folder.files]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files).toHaveLength(6);
    const s = out.summary;
    expect(
      s.years.map((y: { schoolYear: string; schools: { body: string }[] }) => [
        y.schoolYear,
        y.schools.map((x) => x.body),
      ]),
    ).toEqual([
      ["2024-2025", ["Trường Tiểu học Hoa Ban", "Trường Mầm non Nam Thanh"]],
      ["2025-2026", ["Trường THCS Lê Quý Đôn", "Trường Tiểu học Thanh Bình"]],
    ]);
    expect(s.years[0].offices.map((o: { body: string }) => o.body)).toEqual([
      "Phòng Giáo dục và Đào tạo huyện Điện Biên",
    ]);
    expect(s.years[0].targets[0]).toMatchObject({
      key: "ldtt",
      count: 68,
      total: 73,
      percentText: "93,2%",
      schools: 2,
      of: 2,
    });
    expect(s.problems).toEqual([
      expect.objectContaining({
        file: folder.broken,
        body: "Trường Mầm non Hoa Sen",
        schoolYear: "2024-2025",
        code: "schema/type",
        line: BROKEN_LINE,
        errors: 2,
      }),
    ]);
  });

  it("CSV: BOM, ';', CRLF, one row per school and year, the totals, the office, the broken file", async () => {
    const r = await runCli(["stats", "--format", "csv", ...folder.files]);
    expect(r.status).toBe(1);
    expect(
      r.stdout.startsWith(
        "\ufeffLoại;Năm học;Đơn vị;Cấp học;Tổng số CBGVNV;Lao động tiên tiến — số lượng;Lao động tiên tiến — tỉ " +
          "lệ (%);",
      ),
    ).toBe(true);
    expect(r.stdout.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(r.stdout.slice(1));
    const header = rows[0]!;
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const col = (name: string): number => header.indexOf(name);
    const find = (kind: string, body: string) => rows.filter((row) => row[0] === kind && row[2] === body);
    expect(rows.slice(1).map((row) => `${row[0]} ${row[1]} ${row[2]}`)).toEqual([
      "Trường 2024-2025 Trường Tiểu học Hoa Ban",
      "Trường 2024-2025 Trường Mầm non Nam Thanh",
      "Tổng năm học 2024-2025 2 trường",
      "Phòng/Sở 2024-2025 Phòng Giáo dục và Đào tạo huyện Điện Biên",
      "Phòng/Sở giao cho các trường 2024-2025 Phòng Giáo dục và Đào tạo huyện Điện Biên",
      "Trường 2025-2026 Trường THCS Lê Quý Đôn",
      "Trường 2025-2026 Trường Tiểu học Thanh Bình",
      "Tổng năm học 2025-2026 2 trường",
      "Lỗi, không tính 2024-2025 Trường Mầm non Hoa Sen",
    ]);
    const namThanh = find("Trường", "Trường Mầm non Nam Thanh")[0]!;
    expect([
      namThanh[3],
      namThanh[col("Tổng số CBGVNV")],
      namThanh[col("Lao động tiên tiến — số lượng")],
      namThanh[col("Lao động tiên tiến — tỉ lệ (%)")],
    ]).toEqual(["Mầm non", "31", "30", "96,8"]);
    const total = find("Tổng năm học", "2 trường")[0]!;
    expect([
      total[col("Tổng số CBGVNV")],
      total[col("Lao động tiên tiến — số lượng")],
      total[col("Lao động tiên tiến — tỉ lệ (%)")],
    ]).toEqual(["73", "68", "93,2"]);
    expect(total[header.length - 1]).toContain(
      "Học sinh hoàn thành xuất sắc các nội dung học tập và rèn luyện 1/2 trường",
    );
    const set = rows.find((row) => row[0] === "Phòng/Sở giao cho các trường")!;
    expect([
      set[col("Tổng số CBGVNV")],
      set[col("Lao động tiên tiến — số lượng")],
      set[col("Lao động tiên tiến — tỉ lệ (%)")],
    ]).toEqual(["1460", "1320", "90,4"]);
    const broken = rows[rows.length - 1]!;
    expect(broken[header.length - 2]).toBe(folder.broken);
    expect(broken[header.length - 1]).toMatch(
      new RegExp(`^schema/type, dòng ${BROKEN_LINE}, cột 9: .+\\(cả tệp có 2 lỗi\\)$`),
    );
  });

  it("a plan's numbers are the same read alone and among many (the fast path for many files)", async () => {
    const many = (await runCli(["stats", ...folder.files])).stdout;
    for (const file of folder.files) {
      const alone = (await runCli(["stats", file])).stdout;
      expect(many.includes(alone), file).toBe(true);
    }
  });

  it("one school in two files: counted once, the other named, in the terminal and the CSV; text is NFC", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-office-"));
    const hoaBan = readFileSync(join(ROOT, "examples/hoa-ban-tieu-hoc-2024-2025.yaml"), "utf8");
    const first = join(dir, "hoa-ban.yaml");
    const again = join(dir, "hoa-ban-ban-sua.yaml");
    // Saved again by an editor that decomposes letters (NFD), dated later, one LĐTT more.
    writeFileSync(first, hoaBan);
    writeFileSync(
      again,
      edit(edit(hoaBan, "  date: 2024-09-25", "  date: 2024-10-02"), "      count: 38", "      count: 39").normalize(
        "NFD",
      ),
    );
    const table = (await runCli(["stats", first, again])).stdout;
    expect(table).toContain("TỔNG HỢP — 2 tệp: 1 trường trong 1 năm học, 1 tệp trùng trường đã có");
    expect(table).toMatch(/Lao động tiên tiến +39\/42 +92,9% +1\/1/);
    expect(table.replace(/\s+/g, " ")).toContain(
      `! Trường Tiểu học Hoa Ban: 2 tệp cùng năm học 2024-2025; tính ${again} (ngày ban hành muộn nhất, hoặc tệp ` +
        `đầu tiên), không tính ${first} — số liệu các tệp khác nhau, cần xem lại`,
    );
    const csv = (await runCli(["stats", "--format", "csv", first, again])).stdout;
    expect(csv).toBe(csv.normalize("NFC"));
    const rows = parseCsv(csv.slice(1));
    expect(rows.slice(1).map((r) => [r[0], r[2], r[rows[0]!.length - 2]])).toEqual([
      ["Trường", "Trường Tiểu học Hoa Ban", again],
      ["Tổng năm học", "1 trường", ""],
      ["Trùng, không tính", "Trường Tiểu học Hoa Ban", first],
    ]);
  });

  it("CSV: a name that Excel would run as a formula stays text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-office-"));
    const file = join(dir, "a.yaml");
    writeFileSync(
      file,
      edit(
        readFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), "utf8"),
        "issuingBody: Trường Mầm non Nam Thanh",
        'issuingBody: "=HYPERLINK(\\"http://x\\";\\"A\\")"',
      ),
    );
    const rows = parseCsv((await runCli(["stats", "--format", "csv", file])).stdout.slice(1));
    expect(rows[1]![2]).toBe(`'=HYPERLINK("http://x";"A")`);
  });
});

const xlsxDir = mkdtempSync(join(tmpdir(), "plan-office-xlsx-"));
const xlsx = join(xlsxDir, "tong-hop.xlsx");
const written = await runCli(["stats", ...folder.files, "--format", "xlsx", "-o", xlsx]);

describe("plan stats --format xlsx", () => {
  it("writes the workbook (exit 1: a plan has errors; the summary says which)", () => {
    expect(written.status).toBe(1);
    expect(written.stdout).toBe(`Đã ghi ${xlsx}\n`);
    expect(written.stderr).toContain("schema/type");
  });

  it("reads back with exceljs: sheets, frozen header rows, numbers with Vietnamese display formats", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Trường",
      "Tổng hợp 2024-2025",
      "Phòng, Sở 2024-2025",
      "Tổng hợp 2025-2026",
      "Vấn đề",
    ]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true);
    }

    const schools = wb.getWorksheet("Trường")!;
    const header = (schools.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual([
      "Năm học",
      "Tên trường",
      "Cấp học",
      "Tổng số CBGVNV",
      "Lao động tiên tiến",
      "Lao động tiên tiến — tỉ lệ",
    ]);
    expect(schools.rowCount).toBe(5);
    const names = [2, 3, 4, 5].map((r) => [
      schools.getCell(r, 1).value,
      schools.getCell(r, 2).value,
      schools.getCell(r, 3).value,
    ]);
    expect(names).toEqual([
      ["2024-2025", "Trường Tiểu học Hoa Ban", "Tiểu học"],
      ["2024-2025", "Trường Mầm non Nam Thanh", "Mầm non"],
      ["2025-2026", "Trường THCS Lê Quý Đôn", "THCS"],
      ["2025-2026", "Trường Tiểu học Thanh Bình", "Tiểu học"],
    ]);
    const namThanh = schools.getRow(3);
    expect([namThanh.getCell(4).value, namThanh.getCell(5).value, namThanh.getCell(6).value]).toEqual([31, 30, 0.968]);
    expect([namThanh.getCell(4).numFmt, namThanh.getCell(5).numFmt, namThanh.getCell(6).numFmt]).toEqual([
      "#,##0",
      "#,##0",
      "0.0%",
    ]);
    // The widest school name fits its column; a long header wraps, its longest word fits.
    expect(schools.getColumn(2).width).toBeGreaterThanOrEqual("Trường Tiểu học Thanh Bình".length);
    expect(schools.getRow(1).alignment?.wrapText).toBe(true);

    const y24 = wb.getWorksheet("Tổng hợp 2024-2025")!;
    const rowOf = (ws: ExcelJS.Worksheet, name: string): unknown[] => {
      for (let r = 2; r <= ws.rowCount; r++)
        if (ws.getCell(r, ws.name.startsWith("Phòng") ? 3 : 1).value === name)
          return (ws.getRow(r).values as unknown[]).slice(1);
      throw new Error(`no row ${name} in ${ws.name}`);
    };
    expect(rowOf(y24, "Tổng số CBGVNV").slice(0, 7)).toEqual([
      "Tổng số CBGVNV",
      73,
      undefined,
      undefined,
      "người",
      2,
      2,
    ]);
    expect(rowOf(y24, "Lao động tiên tiến").slice(0, 7)).toEqual([
      "Lao động tiên tiến",
      68,
      73,
      0.932,
      "đồng chí",
      2,
      2,
    ]);
    expect(rowOf(y24, "Học sinh hoàn thành xuất sắc các nội dung học tập và rèn luyện").slice(0, 7)).toEqual([
      "Học sinh hoàn thành xuất sắc các nội dung học tập và rèn luyện",
      180,
      620,
      0.29,
      undefined,
      1,
      2,
    ]);
    expect(y24.getCell(3, 4).numFmt).toBe("0.0%");
    expect(rowOf(wb.getWorksheet("Tổng hợp 2025-2026")!, "Lao động tiên tiến").slice(0, 4)).toEqual([
      "Lao động tiên tiến",
      77,
      84,
      0.917,
    ]);

    const office = wb.getWorksheet("Phòng, Sở 2024-2025")!;
    expect(rowOf(office, "Tổng số người").slice(3, 11)).toEqual([
      1460,
      undefined,
      undefined,
      73,
      undefined,
      undefined,
      2,
      2,
    ]);
    const ldtt = office.getRow(
      [...Array(office.rowCount).keys()]
        .map((i) => i + 1)
        .find(
          (r) =>
            office.getCell(r, 3).value === "Lao động tiên tiến" &&
            office.getCell(r, 2).value !== "Chỉ tiêu của cán bộ cơ quan (không cộng vào các trường)",
        )!,
    );
    expect((ldtt.values as unknown[]).slice(4, 12)).toEqual([1320, 1460, 0.904, 68, 73, 0.932, 2, 2]);

    const problems = wb.getWorksheet("Vấn đề")!;
    expect((problems.getRow(2).values as unknown[]).slice(1)).toEqual([
      "Lỗi, không tính",
      folder.broken,
      "Trường Mầm non Hoa Sen",
      "2024-2025",
      "schema/type",
      BROKEN_LINE,
      9,
      expect.stringContaining("Ký hiệu"),
      2,
    ]);
  });

  it("never replaces a file it did not write; --force does; its own workbook it replaces; an input never", async () => {
    const mine = join(xlsxDir, "bao-cao-cua-toi.xlsx");
    writeFileSync(mine, "bảng tính của văn thư");
    const refused = await runCli(["stats", ...folder.files.slice(0, 2), "--format", "xlsx", "-o", mine]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("io/output-foreign");
    expect(readFileSync(mine, "utf8")).toBe("bảng tính của văn thư");
    expect(
      (await runCli(["stats", ...folder.files.slice(0, 2), "--format", "xlsx", "-o", mine, "--force"])).status,
    ).toBe(0);
    expect(readFileSync(mine).subarray(0, 2).toString()).toBe("PK");
    // Next month's run over plan's own unchanged workbook: replaced without --force.
    expect(ownershipOf("xlsx", readFileSync(mine))).toBe("ours");
    expect((await runCli(["stats", ...folder.files.slice(0, 3), "--format", "xlsx", "-o", mine])).status).toBe(0);
    // A cell changed in the workbook (a sheet written again): "changed", kept, --force offered.
    const parts = unzipParts(readFileSync(mine));
    const sheet = [...parts.keys()].find((n) => n.startsWith("xl/worksheets/"))!;
    parts.set(sheet, new TextEncoder().encode(new TextDecoder().decode(parts.get(sheet)!).replace("<v>", "<v>9")));
    const edited = zipParts(parts, new Date(2026, 0, 1));
    writeFileSync(mine, edited);
    const changed = await runCli(["stats", ...folder.files.slice(0, 2), "--format", "xlsx", "-o", mine]);
    expect(changed.status).toBe(2);
    expect(changed.stderr).toContain("io/output-changed");
    expect(readFileSync(mine)).toEqual(Buffer.from(edited));
    const input = folder.files[0]!;
    const before = readFileSync(input);
    const own = await runCli(["stats", input, "--format", "csv", "-o", input, "--force"]);
    expect(own.status).toBe(2);
    expect(own.stderr).toContain("io/output-is-input");
    expect(readFileSync(input)).toEqual(before);
  });

  it("needs -o: a workbook is not written to a terminal", async () => {
    const r = await runCli(["stats", folder.files[0]!, "--format", "xlsx"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("-o tong-hop.xlsx");
  });
});

// LibreOffice, the second reader. Calc is a package of its own (libreoffice-calc-nogui): Writer alone,
// which the DOCX tests need, answers "source file could not be loaded".
const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const programDir = soffice ? dirname(realpathSync(soffice)) : "";
const hasCalc = soffice !== "" && readdirSync(programDir).some((f) => /^libsclo\./.test(f));
const required = process.env.CI === "true";

/** Every sheet as LibreOffice shows it, in a profile of the given locale. */
function libreOfficeSheets(locale: string): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "plan-lo-calc-"));
  mkdirSync(join(dir, "profile/user"), { recursive: true });
  writeFileSync(
    join(dir, "profile/user/registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" ` +
      `xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item ` +
      `oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" ` +
      `oor:op="fuse"><value>${locale}</value></prop></item><item oor:path="/org.openoffice.Setup/L10N"><prop ` +
      `oor:name="ooLocale" oor:op="fuse"><value>${locale}</value></prop></item></oor:items>`,
  );
  // Filter options: ';' separator, '"' quotes, UTF-8 (76), from line 1, cells as shown (9th), every sheet (-1).
  libreOfficeConvert(
    join(dir, "profile"),
    "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1",
    join(dir, "out"),
    xlsx,
  );
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(join(dir, "out")))
    sheets.set(
      f.replace(/^tong-hop-/, "").replace(/\.csv$/, ""),
      parseCsv(
        readFileSync(join(dir, "out", f), "utf8")
          .replace(/\n/g, "\r\n")
          .replace(/\r\r\n/g, "\r\n"),
      ),
    );
  return sheets;
}

describe.runIf(hasCalc || required)("LibreOffice opens the XLSX", () => {
  it("is installed with Calc (CI must run this test for real)", () => {
    expect(hasCalc).toBe(true);
    expect(existsSync(xlsx)).toBe(true);
  });
  it("saved again by LibreOffice, plan's workbook is 'changed' and kept", { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-lo-resave-"));
    libreOfficeConvert(join(dir, "profile"), "xlsx:Calc MS Excel 2007 XML", join(dir, "out"), xlsx);
    const saved = join(dir, "out", "tong-hop.xlsx");
    const bytes = readFileSync(saved);
    // LibreOffice keeps the keywords (the mark is still there) but writes the sheets anew.
    expect(new TextDecoder().decode(unzipParts(bytes).get("docProps/core.xml"))).toContain("PlanGenerator=plan");
    expect(ownershipOf("xlsx", bytes)).toBe("changed");
    const r = await runCli(["stats", ...folder.files.slice(0, 2), "--format", "xlsx", "-o", saved]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("io/output-changed");
    expect(readFileSync(saved)).toEqual(bytes);
  });
  it("every sheet, with the numbers shown as a Vietnamese locale shows them", { timeout: 180_000 }, () => {
    const vi = libreOfficeSheets("vi-VN");
    expect([...vi.keys()].sort()).toEqual(
      ["Phòng, Sở 2024-2025", "Trường", "Tổng hợp 2024-2025", "Tổng hợp 2025-2026", "Vấn đề"].sort(),
    );
    const schools = vi.get("Trường")!;
    expect(schools[2]!.slice(0, 6)).toEqual(["2024-2025", "Trường Mầm non Nam Thanh", "Mầm non", "31", "30", "96,8%"]);
    expect(
      vi
        .get("Tổng hợp 2024-2025")!
        .find((r) => r[0] === "Lao động tiên tiến")!
        .slice(0, 4),
    ).toEqual(["Lao động tiên tiến", "68", "73", "93,2%"]);
    expect(
      vi
        .get("Phòng, Sở 2024-2025")!
        .find((r) => r[2] === "Lao động tiên tiến" && r[3] === "1.320")!
        .slice(3, 11),
    ).toEqual(["1.320", "1.460", "90,4%", "68", "73", "93,2%", "2", "2"]);
    expect(vi.get("Vấn đề")![1]!.slice(0, 6)).toEqual([
      "Lỗi, không tính",
      folder.broken,
      "Trường Mầm non Hoa Sen",
      "2024-2025",
      "schema/type",
      String(BROKEN_LINE),
    ]);
    // The same cells in an English locale: numbers, not text that happens to read "96,8%".
    const en = libreOfficeSheets("en-US");
    expect(en.get("Trường")![2]!.slice(3, 6)).toEqual(["31", "30", "96.8%"]);
    expect(
      en
        .get("Phòng, Sở 2024-2025")!
        .find((r) => r[2] === "Lao động tiên tiến" && r[3] === "1,320")!
        .slice(3, 6),
    ).toEqual(["1,320", "1,460", "90.4%"]);
  });
});
