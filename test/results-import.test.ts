// `plan results import danh-sach.xlsx --from ke-hoach.yaml`: a staff list as offices keep it → a results file.
// The workbook and the CSV files under test/fixtures/staff-import/ were made by LibreOffice Calc from a sheet
// written by hand (make-fixtures.mjs there): no part of plan, nor exceljs, wrote them.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { decodeCsv, readStaffSheet, type SheetGrid } from "../src/core/results/import/index.js";
import { csvRows, sniffSeparator } from "../src/cli/csv-rows.js";
import { headingField, type StaffField } from "../src/core/results/import/headers.js";
import { cellAddress, columnLetter } from "../src/core/results/import/notes.js";
import { readDate, readRating, readTitles, slug } from "../src/core/results/import/values.js";
import { checkResultsBytes } from "../src/core/results/check.js";
import type { Results } from "../src/core/results/types.js";
import { ROOT, runCli } from "./helpers.js";

const FIXTURES = join(ROOT, "test/fixtures/staff-import");
const XLSX = "danh-sach-cb-gv-nv.xlsx";
const SHEET = "DS CBGVNV";

/** A folder with the plan (nam-thanh.yaml, staffTotal 31) and the fixtures beside it. */
function workspace(): { dir: string; at: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), "results-import-"));
  copyFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), join(dir, "nam-thanh.yaml"));
  for (const f of [XLSX, "danh-sach-cb-gv-nv-excel.csv", "danh-sach-cb-gv-nv-1258.csv"])
    copyFileSync(join(FIXTURES, f), join(dir, f));
  return { dir, at: (name) => join(dir, name) };
}

const importArgs = (w: ReturnType<typeof workspace>, file: string, out: string, ...more: string[]): string[] => [
  "results",
  "import",
  w.at(file),
  "--from",
  w.at("nam-thanh.yaml"),
  "-o",
  w.at(out),
  ...more,
];

function checked(path: string): ReturnType<typeof checkResultsBytes> {
  return checkResultsBytes(readFileSync(path), (p) => {
    try {
      return readFileSync(join(path, "..", p));
    } catch {
      return undefined;
    }
  });
}

const grid = (
  rows: (string | number | { date: string } | undefined)[][],
  merges: SheetGrid["merges"] = [],
): SheetGrid => ({
  name: "Sheet1",
  rows,
  merges,
});

describe("the headings offices give their columns", () => {
  // Real forms from staff lists, danh sách đăng ký thi đua and kết quả đánh giá lists.
  const FORMS: [string, StaffField | undefined][] = [
    ["STT", "stt"],
    ["TT", "stt"],
    ["Số TT", "stt"],
    ["Họ và tên", "name"],
    ["HỌ VÀ TÊN", "name"],
    ["Họ tên", "name"],
    ["Họ, tên", "name"],
    ["Họ và tên cán bộ, giáo viên", "name"],
    ["Họ và tên (viết có dấu)", "name"],
    ["Họ và tên đệm", "surname"],
    ["Tên", "given"],
    ["Ngày sinh", "birth"],
    ["Ngày, tháng, năm sinh", "birth"],
    ["Ngày sinh (dd/mm/yyyy)", "birth"],
    ["Năm sinh", "birthYear"],
    ["Giới tính", "gender"],
    ["Nam/Nữ", "gender"],
    ["Nam", "male"],
    ["Nữ", "female"],
    ["NỮ", "female"],
    ["Năm", undefined],
    ["Chức vụ", "post"],
    ["Chức danh", "post"],
    ["Chức vụ, chức danh", "post"],
    ["Tổ", "unit"],
    ["Tổ chuyên môn", "unit"],
    ["Tổ CM", "unit"],
    ["Bộ phận", "unit"],
    ["Đơn vị", "unit"],
    ["Đơn vị công tác", "unit"],
    ["Ngày tuyển dụng", "recruited"],
    ["Ngày vào ngành", "recruited"],
    ["Năm vào ngành", "recruitedYear"],
    ["Xếp loại", "rating"],
    ["Đánh giá, xếp loại", "rating"],
    ["Kết quả đánh giá", "rating"],
    ["Kết quả đánh giá, xếp loại", "rating"],
    ["Xếp loại năm học 2024-2025", "rating"],
    ["Đăng ký danh hiệu", "registered"],
    ["Đăng ký thi đua", "registered"],
    ["Danh hiệu đăng ký", "registered"],
    ["Đăng ký danh hiệu thi đua năm học 2025-2026", "registered"],
    ["LĐTT", "ldtt"],
    ["CSTĐCS", "cstdcs"],
    ["Chiến sĩ thi đua cơ sở", "cstdcs"],
    ["Giấy khen", "giay-khen"],
    ["Ghi chú", "remark"],
    ["Trình độ chuyên môn", undefined],
    ["Chức danh nghề nghiệp", undefined],
    ["Số điện thoại", undefined],
    ["Dân tộc", undefined],
  ];
  it.each(FORMS)("%s → %s", (heading, field) => {
    expect(headingField(heading)).toBe(field);
  });
  it("reads each form the same in NFD, without marks, in capitals, with spaces and a colon around it", () => {
    const strip = (s: string): string =>
      s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    for (const [heading, field] of FORMS) {
      // "Năm" without its marks is "Nam": the one form whose meaning lives in its marks.
      if (heading === "Năm") continue;
      for (const variant of [
        heading.normalize("NFD"),
        heading.toLocaleUpperCase("vi"),
        heading.toLocaleLowerCase("vi"),
        `  ${heading.replace(/ /g, "  ")} `,
        `${heading}:`,
        strip(heading),
      ])
        expect(headingField(variant), JSON.stringify(variant)).toBe(field);
    }
  });
});

describe("the values of a staff list's cells", () => {
  it.each([
    ["Hoàn thành xuất sắc nhiệm vụ", "htxs"],
    ["HOÀN THÀNH XUẤT SẮC NHIỆM VỤ", "htxs"],
    ["HTXSNV", "htxs"],
    ["HTXS", "htxs"],
    ["Hoàn thành xuất sắc", "htxs"],
    ["Hoàn thành tốt nhiệm vụ", "htt"],
    ["HTTNV", "htt"],
    ["HTT", "htt"],
    ["htt", "htt"],
    ["Hoàn thành tốt nhiệm vụ (HTT)", "htt"],
    ["Hoàn thành nhiệm vụ", "ht"],
    ["HTNV", "ht"],
    ["HT", "ht"],
    ["Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực", "ht"],
    ["Không hoàn thành nhiệm vụ", "kht"],
    ["KHTNV", "kht"],
    ["KHT", "kht"],
    ["Tốt?", undefined],
    ["Loại A", undefined],
  ])("rating %s → %s", (text, rating) => {
    expect(readRating(text)).toBe(rating);
    expect(readRating(text.normalize("NFD"))).toBe(rating);
  });
  it.each([
    [{ date: "2016-09-05" }, { date: "2016-09-05" }],
    ["05/09/2016", { date: "2016-09-05" }],
    ["5/9/2016", { date: "2016-09-05" }],
    ["05-09-2016", { date: "2016-09-05" }],
    ["05.09.2016", { date: "2016-09-05" }],
    ["ngày 5 tháng 9 năm 2016", { date: "2016-09-05" }],
    ["2016-09-05", { date: "2016-09-05" }],
    [42618, { date: "2016-09-05" }],
    [1989, { year: 1989 }],
    ["1989", { year: 1989 }],
    ["Năm 1989", { year: 1989 }],
    ["31/02/1992", { problem: "not-a-day", text: "31/02/1992" }],
    ["09/25/2016", { problem: "month-first", text: "09/25/2016" }],
    ["5/9/16", { problem: "unreadable", text: "5/9/16" }],
    ["chưa rõ", { problem: "unreadable", text: "chưa rõ" }],
  ] as const)("date %j → %j", (value, read) => {
    expect(readDate(value as never)).toEqual(read);
  });
  it("reads a registration written as a list, and says what it could not read", () => {
    expect(readTitles("LĐTT, CSTĐCS")).toEqual({ titles: ["ldtt", "cstdcs"], unread: [], guessed: [] });
    expect(readTitles("LĐTT; Giấy khen")).toMatchObject({ titles: ["ldtt", "giay-khen"] });
    expect(readTitles("Lao động tiên tiến và Chiến sĩ thi đua cơ sở").titles).toEqual(["ldtt", "cstdcs"]);
    expect(readTitles("LĐTT + CSTĐ").guessed).toEqual(["CSTĐ"]);
    expect(readTitles("LĐTT, Bằng khen UBND tỉnh")).toEqual({
      titles: ["ldtt"],
      unread: ["Bằng khen UBND tỉnh"],
      guessed: [],
    });
    expect(readTitles("Không đăng ký").titles).toEqual([]);
  });
  it("makes ids from names: ASCII, lower case, joined by dashes", () => {
    expect(slug("Nguyễn Văn A")).toBe("nguyen-van-a");
    expect(slug("Đỗ Thị Minh")).toBe("do-thi-minh");
    expect(slug("Tổ Toán - Tin")).toBe("to-toan-tin");
    expect(slug("Nguyễn Văn A".normalize("NFD"))).toBe("nguyen-van-a");
  });
  it("names cells as Excel does", () => {
    expect([0, 7, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(["A", "H", "Z", "AA", "AB", "AZ", "BA"]);
    expect(cellAddress({ row: 21, column: 3 }, "Sheet1")).toBe("Sheet1!D22");
    expect(cellAddress({ row: 21, column: 3 }, "DS CBGVNV")).toBe("'DS CBGVNV'!D22");
    expect(cellAddress({ row: 21, column: 3 })).toBe("D22");
  });
});

describe("CSV as Excel and LibreOffice save it", () => {
  it("splits on quotes as RFC 4180 writes them, and keeps every cell as typed", async () => {
    expect((await csvRows('a;"b;c";"say ""hi"""\r\n"line\nbreak";;x\n', ";")).rows).toEqual([
      ["a", "b;c", 'say "hi"'],
      ["line\nbreak", "", "x"],
    ]);
    // No conversion: a day-first date and a code with its zeros stay the text the clerk typed.
    expect((await csvRows("05-09-2016,007,1.460\n", ",")).rows).toEqual([["05-09-2016", "007", "1.460"]]);
    // The line a quote is left open on, after rows read and a cell broken over two lines.
    expect(await csvRows('a,b\nc,"x"y,b\n', ",")).toEqual({ rows: [["a", "b"]], brokenAt: 2 });
    expect((await csvRows('a;"line\nbreak";c\nd;e\n"x"y;z\n', ";")).brokenAt).toBe(4);
    expect((await csvRows("a,b\nc,d", ",")).rows).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });
  it("finds the separator: ; of a Vietnamese locale, , or a tab", async () => {
    expect(await sniffSeparator("STT;Họ và tên;Ngày sinh\n1;Lê Văn An, tổ trưởng;05/09/1985\n")).toBe(";");
    expect(await sniffSeparator('STT,Họ và tên,"Ngày, tháng, năm sinh"\n1,Lê Văn An,05/09/1985\n')).toBe(",");
    expect(await sniffSeparator("STT\tHọ và tên\n1\tLê Văn An\n")).toBe("\t");
  });
  it("reads UTF-8 with or without its mark, UTF-16, Windows-1258 and TCVN3; names what it cannot", () => {
    const text = "Họ và tên;Xếp loại\nNguyễn Văn An;HTT\n";
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsv(utf8)).toEqual({ text, encoding: "utf-8" });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: "utf-8" });
    expect(decodeCsv(new TextEncoder().encode(text.normalize("NFD")))).toEqual({ text, encoding: "utf-8" });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    expect(decodeCsv(utf16)).toEqual({ text, encoding: "utf-16" });
    const cp1258 = readFileSync(join(FIXTURES, "danh-sach-cb-gv-nv-1258.csv"));
    const read = decodeCsv(cp1258);
    expect(read).toMatchObject({ encoding: "windows-1258" });
    expect("text" in read && read.text).toContain("Nguyễn Thị Nhàn");
    const tcvn3 = Buffer.from("Hä vµ tªn;XÕp lo¹i\nNguyÔn V¨n An;HTT\nHoµng ThÞ Lan;HT\n", "latin1");
    expect(decodeCsv(tcvn3)).toEqual({
      text: "Họ và tên;Xếp loại\nNguyễn Văn An;HTT\nHoàng Thị Lan;HT\n",
      encoding: "tcvn3",
    });
    expect(decodeCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toEqual({ problem: "binary" });
    expect(decodeCsv(new Uint8Array([0x48, 0xff, 0xfe, 0x81, 0x8d, 0x0a, 0x9d, 0x90]))).toMatchObject({
      problem: "encoding",
    });
  });
});

describe("a sheet's shape: title block, two heading rows, groups, totals, signatures", () => {
  it("finds the heading row under a title block and reads Nam | Nữ marked with an x", () => {
    const sheet = readStaffSheet(
      grid([
        ["TRƯỜNG THCS LÊ QUÝ ĐÔN"],
        ["DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM HỌC 2025-2026"],
        [],
        ["TT", "Họ, tên", "Giới tính", undefined, "LĐTT", "CSTĐCS", "Xếp loại"],
        [undefined, undefined, "Nam", "Nữ"],
        ["I", "Ban giám hiệu"],
        [1, "VŨ VĂN BẢO", "x", undefined, "x", "x", "HTXS"],
        [2, "Trần Thu Mai", undefined, "X", "x", undefined, "HTT"],
        ["II", "Tổ Toán - Tin"],
        [3, "Hoàng Ngọc Trang", undefined, "x", "x", "?", "HT"],
        ["", "Cộng", undefined, undefined, 3, 1],
      ]),
      { startYear: 2025 },
    );
    if ("problem" in sheet) throw new Error("no header");
    expect(sheet.header).toEqual({ first: 3, last: 4 });
    expect(sheet.people.map((p) => p.entry)).toEqual([
      {
        id: "vu-van-bao",
        name: "Vũ Văn Bảo",
        gender: "nam",
        unit: "ban-giam-hieu",
        rating: "htxs",
        registered: ["ldtt", "cstdcs"],
      },
      {
        id: "tran-thu-mai",
        name: "Trần Thu Mai",
        gender: "nu",
        unit: "ban-giam-hieu",
        rating: "htt",
        registered: ["ldtt"],
      },
      {
        id: "hoang-ngoc-trang",
        name: "Hoàng Ngọc Trang",
        gender: "nu",
        unit: "to-toan-tin",
        rating: "ht",
        registered: ["ldtt"],
      },
    ]);
    expect(sheet.units).toEqual([
      { id: "ban-giam-hieu", name: "Ban giám hiệu" },
      { id: "to-toan-tin", name: "Tổ Toán - Tin" },
    ]);
    expect(sheet.notes.map((n) => n.code)).toEqual([
      "row-heading",
      "row-heading",
      "title-unreadable",
      "row-total",
      "name-capitals",
    ]);
  });
  it("reads split name columns, TCVN3 and NFD text, and a merged unit down its members", () => {
    const sheet = readStaffSheet(
      grid(
        [
          ["Hä vµ tªn ®Öm", "Tªn", "Tæ", "Ngµy sinh", "XÕp lo¹i"],
          ["NguyÔn V¨n", "An", "Nhµ trÎ", "05/09/1985", "HTT"],
          ["Hoàng Thị".normalize("NFD"), "Lan", undefined, "5/9/1990", "Hoàn thành tốt nhiệm vụ".normalize("NFD")],
        ],
        [{ top: 1, left: 2, bottom: 2, right: 2 }],
      ),
      { startYear: 2024 },
    );
    if ("problem" in sheet) throw new Error("no header");
    expect(sheet.people.map((p) => p.entry)).toEqual([
      { id: "nguyen-van-an", name: "Nguyễn Văn An", unit: "to-nha-tre", birthDate: "1985-09-05", rating: "htt" },
      { id: "hoang-thi-lan", name: "Hoàng Thị Lan", unit: "to-nha-tre", birthDate: "1990-09-05", rating: "htt" },
    ]);
    expect(sheet.units).toEqual([{ id: "to-nha-tre", name: "Tổ Nhà trẻ" }]);
    expect(sheet.notes.map((n) => n.code).sort()).toEqual(["decomposed-text", "legacy-text"]);
  });
  it("takes a person's row without a name for what it is, not for the signatures below the table", () => {
    const sheet = readStaffSheet(
      grid([
        ["STT", "Họ và tên", "Chức vụ", "Xếp loại"],
        [1, undefined, "Hiệu trưởng", "HTT"],
        [2, "Lê Văn An", "Giáo viên", "HTT"],
        [undefined, undefined, "Nam Thanh, ngày 20 tháng 5 năm 2025"],
        [undefined, undefined, "HIỆU TRƯỞNG"],
        [undefined, "Nguyễn Thị Nhàn"],
      ]),
      { startYear: 2024 },
    );
    if ("problem" in sheet) throw new Error("no header");
    expect(sheet.people.map((p) => p.entry.name)).toEqual(["Lê Văn An"]);
    expect(sheet.notes.map((n) => [n.code, n.args.row ?? n.args.from])).toEqual([
      ["row-no-name", 2],
      ["footer", 4],
    ]);
  });
  it.each([["Người lập biểu"], ["NGƯỜI LẬP BẢNG"], ["Hiệu trưởng"], ["Thủ trưởng đơn vị"]])(
    "'%s' in the name column under the list is the signatures, not a person",
    (title) => {
      const sheet = readStaffSheet(
        grid([
          ["STT", "Họ và tên", "Chức vụ", "Xếp loại"],
          [1, "Lê Văn An", "Giáo viên", "HTT"],
          [undefined, "Tổng cộng: 1 người"],
          [],
          [undefined, title, undefined, "Hiệu trưởng"],
          [undefined, "Đào Thị Linh", undefined, "Nguyễn Thị Nhàn"],
        ]),
        { startYear: 2024 },
      );
      if ("problem" in sheet) throw new Error("no header");
      expect(sheet.people.map((p) => p.entry.name)).toEqual(["Lê Văn An"]);
      expect(sheet.notes.map((n) => [n.code, n.args.row ?? n.args.from])).toEqual([
        ["row-total", 3],
        ["footer", 5],
      ]);
    },
  );
  it("has no header without a name column in the first 15 rows", () => {
    const rows = Array.from({ length: 16 }, () => ["tiêu đề"]);
    expect(readStaffSheet(grid([...rows, ["Họ và tên"], ["Lê Văn An"]]), { startYear: 2024 })).toEqual({
      problem: "no-header",
    });
    expect(
      readStaffSheet(
        grid([
          ["STT", "Chức vụ"],
          [1, "Giáo viên"],
        ]),
        { startYear: 2024 },
      ),
    ).toEqual({
      problem: "no-header",
    });
  });
  it("asks for a recruitment day when the year alone may be under 6 months; keeps an old year as a comment", () => {
    const sheet = readStaffSheet(
      grid([
        ["Họ và tên", "Năm vào ngành", "Xếp loại"],
        ["Lê Văn An", 2010, "HTT"],
        ["Lê Văn Bình", 2024, "HTT"],
      ]),
      { startYear: 2024 },
    );
    if ("problem" in sheet) throw new Error("no header");
    expect(sheet.notes.map((n) => [n.code, n.args.year])).toEqual([
      ["year-kept", 2010],
      ["date-year-only", 2024],
    ]);
  });
});

describe("plan results import: a staff list from LibreOffice Calc", () => {
  it("imports the workbook into a results file that passes the results check, exit 0", async () => {
    const w = workspace();
    const run = await runCli(importArgs(w, XLSX, "ket-qua.yaml"));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Đã ghi ${w.at("ket-qua.yaml")}\n`);
    const result = checked(w.at("ket-qua.yaml"));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const warnings = result.diagnostics.filter((d) => d.severity === "warning").map((d) => d.code);
    // The three "# kiểm tra" the sheet calls for (31/02, two remarks), and nothing else.
    expect(warnings).toEqual(["text/review-note", "text/review-note", "text/review-note"]);
    const results = result.results as Results;
    expect(results.plan).toBe("nam-thanh.yaml");
    expect(results.staff).toHaveLength(31);
    const names = results.staff.map((s) => s.name);
    expect(names.every((n) => n === n.normalize("NFC"))).toBe(true);
    expect(names.slice(0, 3)).toEqual(["Nguyễn Thị Nhàn", "Lò Thị Hương", "Trần Thị Thu Hà"]);
    const count = (rating: string): number => results.staff.filter((s) => s.rating === rating).length;
    expect([count("htxs"), count("htt"), count("ht"), count("kht")]).toEqual([5, 22, 4, 0]);
    const nhan = results.staff[0]!;
    expect(nhan).toEqual({
      id: "nguyen-thi-nhan",
      name: "Nguyễn Thị Nhàn",
      gender: "nu",
      birthDate: "1975-03-12",
      post: "Hiệu trưởng",
      unit: "to-van-phong",
      leader: true,
      recruited: "1996-09-01",
      rating: "htxs",
      registered: ["ldtt", "cstdcs"],
    });
    expect(results.staff.find((s) => s.name === "Phạm Thị Hồng")?.birthDate).toBe("1991-03-15"); // typed as text
    expect(results.staff.find((s) => s.name === "Lù Thị Phương")?.recruited).toBe("2020-09-05");
    expect(results.staff.filter((s) => s.gender === "nam").map((s) => s.name)).toEqual([
      "Lò Văn Thắng",
      "Lường Văn Sơn",
      "Quàng Văn Hùng",
      "Nguyễn Văn Tuấn",
    ]);
    expect(results.staff.map((s) => s.id)).toContain("lo-thi-huong-2");
    expect(results.staff.filter((s) => s.leader).map((s) => s.id)).toEqual([
      "nguyen-thi-nhan",
      "lo-thi-huong",
      "tran-thi-thu-ha",
    ]);
    expect(results.collectives?.map((c) => c.id)).toEqual([
      "truong",
      "to-van-phong",
      "to-mau-giao",
      "to-nha-tre",
      "to-nuoi-duong",
    ]);
    expect(results.council?.members).toEqual([{ staff: "nguyen-thi-nhan", role: "chu-tich" }]);
  });
  it(
    "reports the unknown column with its letter, skipped rows, and each bad cell at its address, kept in the " + "file",
    async () => {
      const w = workspace();
      const run = await runCli(importArgs(w, XLSX, "ket-qua.yaml"));
      const text = readFileSync(w.at("ket-qua.yaml"), "utf8");
      const lines = text.split("\n");
      expect(run.stderr).toContain(
        `${XLSX}:'${SHEET}'!H6  cột H “Trình độ chuyên môn” không ứng với mục nào của tệp kết quả: bỏ qua`,
      );
      expect(run.stderr).toContain(`${XLSX}:'${SHEET}'!A8  dòng 8 đánh số cột`);
      expect(run.stderr).toContain(`${XLSX}:'${SHEET}'!A41  dòng 41 là dòng tổng (“Tổng cộng: 31 người”)`);
      expect(run.stderr).toContain("dòng 43–46 là phần ký tên cuối bảng");
      expect(run.stderr).toContain("dòng trống giữa bảng (dòng 30)");
      const bad = new RegExp(
        `${XLSX}:'${SHEET}'!D22  ngày sinh “31/02/1992” không phải ngày có thật.*→ ` +
          `${w.at("ket-qua.yaml").replace(/[.]/g, "\\.")}:(\\d+)`,
      ).exec(run.stderr);
      expect(bad, run.stderr).not.toBeNull();
      const line = lines[Number(bad![1]) - 1]!;
      expect(line).toBe(
        "    # kiểm tra: ngày sinh “31/02/1992” (ô D22) không phải ngày có thật: đối chiếu hồ sơ rồi ghi birthDate: " +
          "năm-tháng-ngày",
      );
      // The comment stands in Bạc Thị Dung's entry, where birthDate would be.
      expect(lines.slice(Number(bad![1]) - 4, Number(bad![1]) + 1)).toEqual([
        "  - id: bac-thi-dung   # dòng 22",
        "    name: Bạc Thị Dung",
        "    gender: nu",
        line,
        "    post: Giáo viên",
      ]);
      expect(text).toContain("    # kiểm tra: ghi chú của bảng (ô K23): “Nghỉ thai sản từ 01/02/2025”");
      expect(text).toContain("    # ngày sinh: bảng chỉ ghi năm 1989 (ô D19)");
      expect(run.stderr).toMatch(/Đã ghi 31 người; 3 chỗ cần xem lại\.\n$/);
      const en = await runCli(["--lang", "en", ...importArgs(w, XLSX, "ket-qua-en.yaml")]);
      expect(en.stderr).toContain(
        `${XLSX}:'${SHEET}'!H6  column H “Trình độ chuyên môn” is no field of a results file`,
      );
      expect(en.stderr).toContain("31 people written; 3 to check.");
      // The file's comments are the clerk's, in Vietnamese, whatever --lang says.
      expect(readFileSync(w.at("ket-qua-en.yaml"), "utf8")).toBe(text);
    },
  );
  it("imports the same staff from Calc's CSV (UTF-8 with Excel's mark, ;) and from Windows-1258", async () => {
    const w = workspace();
    await runCli(importArgs(w, XLSX, "tu-xlsx.yaml"));
    const staff = (file: string) => (parse(readFileSync(w.at(file), "utf8")) as Results).staff;
    for (const csv of ["danh-sach-cb-gv-nv-excel.csv", "danh-sach-cb-gv-nv-1258.csv"]) {
      const out = `${csv}.yaml`;
      const run = await runCli(importArgs(w, csv, out));
      expect(run.status, run.stderr).toBe(0);
      expect(staff(out)).toEqual(staff("tu-xlsx.yaml"));
      expect(run.stderr).toContain(`${csv}:D22  ngày sinh “31/02/1992”`);
    }
    const ansi = await runCli(importArgs(w, "danh-sach-cb-gv-nv-1258.csv", "lan-2.yaml"));
    expect(ansi.stderr).toContain("đọc theo bảng mã Windows-1258");
  });
});

describe("plan results import: exit codes and the files it will not write", () => {
  it(
    "exit 1 when the file written still has errors: a rating it could not read is a comment, not a " + "guess",
    async () => {
      const w = workspace();
      writeFileSync(
        w.at("loi.csv"),
        "\ufeffSTT;Họ và tên;Xếp loại\r\n1;Lê Văn An;HTT\r\n2;Trần Thị Bình;Tốt?\r\n3;Đỗ Văn Cường;\r\n",
      );
      const run = await runCli(importArgs(w, "loi.csv", "loi.yaml"));
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain("loi.csv:C3  xếp loại “Tốt?” không đọc được");
      expect(run.stderr).toContain("loi.csv:C4  bảng chưa ghi xếp loại");
      expect(run.stderr).toContain("schema/required");
      const text = readFileSync(w.at("loi.yaml"), "utf8");
      expect(text).toContain(
        "    # kiểm tra: xếp loại “Tốt?” (ô C3) không đọc được: ghi rating: htxs, htt, ht hoặc kht",
      );
      expect(checked(w.at("loi.yaml")).diagnostics.filter((d) => d.severity === "error")).toHaveLength(2);
    },
  );
  it("never writes over an existing file without --force (exit 2), and --force replaces it", async () => {
    const w = workspace();
    writeFileSync(w.at("cua-van-thu.yaml"), "# tệp của văn thư\n");
    const refused = await runCli(importArgs(w, XLSX, "cua-van-thu.yaml"));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("io/exists");
    expect(readFileSync(w.at("cua-van-thu.yaml"), "utf8")).toBe("# tệp của văn thư\n");
    const forced = await runCli(importArgs(w, XLSX, "cua-van-thu.yaml", "--force"));
    expect(forced.status).toBe(0);
    expect(readFileSync(w.at("cua-van-thu.yaml"), "utf8")).toContain("kind: results");
    // Nor over the spreadsheet itself, even with --force.
    const self = await runCli(importArgs(w, XLSX, XLSX, "--force"));
    expect(self.status).toBe(2);
    expect(readFileSync(w.at(XLSX))).toEqual(readFileSync(join(FIXTURES, XLSX)));
  });
  it("results init's skeleton leaves no note to clear: its guide does not start with “Kiểm tra:”", async () => {
    const w = workspace();
    expect((await runCli(["results", "init", "--from", w.at("nam-thanh.yaml")])).status).toBe(0);
    const codes = checked(w.at("nam-thanh-ket-qua.yaml")).diagnostics.map((d) => d.code);
    expect(codes).not.toContain("text/review-note");
  });
  it("writes beside the plan by default, as results init does", async () => {
    const w = workspace();
    const run = await runCli(["results", "import", w.at(XLSX), "--from", w.at("nam-thanh.yaml")]);
    expect(run.status).toBe(0);
    expect(existsSync(w.at("nam-thanh-ket-qua.yaml"))).toBe(true);
  });
  it.each([
    ["no heading row", "khong-tieu-de.csv", "Tiêu đề\r\nmột dòng\r\n", "io/no-header", "Không tìm thấy dòng tiêu đề"],
    ["an extension it does not read", "danh-sach.docx", "x", "io/not-spreadsheet", "chỉ đọc .xlsx"],
    ["an old .xls", "danh-sach.xls", "x", "io/xls-binary", "Excel cũ (.xls"],
    ["a damaged .xlsx", "hong.xlsx", "PK\u0003\u0004 không phải zip", "io/xlsx-corrupt", "bị hỏng"],
    ["a text named .xlsx", "chu.xlsx", "Họ và tên;Xếp loại\n", "io/xlsx-corrupt", "bị hỏng"],
    ["a password-protected .xlsx", "mat-khau.xlsx", "encrypted", "io/xlsx-encrypted", "mật khẩu"],
    ["an .xls named .xlsx", "cu.xlsx", "ole", "io/xls-binary", "Excel cũ"],
    ["a CSV in no encoding it knows", "la.csv", "bytes", "io/csv-encoding", "không phải UTF-8"],
    [
      "a CSV with a quote left open",
      "nhay.csv",
      'Họ và tên;Xếp loại\n"Lê Văn" An;HTT\n',
      "io/csv-malformed",
      "nhay.csv:2:1  lỗi  Dòng 2 của tệp CSV có một ô mở bằng dấu nháy kép",
    ],
    ["a missing file", "khong-co.xlsx", undefined, "io/not-found", ""],
  ])("exit 2 for %s, in words and without a stack trace", async (_, name, content, code, words) => {
    const w = workspace();
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    if (content === "encrypted")
      writeFileSync(
        w.at(name),
        Buffer.concat([Buffer.from(ole), Buffer.alloc(64), Buffer.from("EncryptionInfo", "utf16le")]),
      );
    else if (content === "ole") writeFileSync(w.at(name), Buffer.concat([Buffer.from(ole), Buffer.alloc(512)]));
    else if (content === "bytes") writeFileSync(w.at(name), Buffer.from([0x48, 0xff, 0xfe, 0x81, 0x8d, 0x0a, 0x9d]));
    else if (content !== undefined) writeFileSync(w.at(name), content);
    const run = await runCli(importArgs(w, name, "ra.yaml"));
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain(code);
    expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|node:internal/);
    expect(existsSync(w.at("ra.yaml"))).toBe(false);
  });
  it("reads the sheet --sheet names, and lists the sheets when there is none of that name", async () => {
    const w = workspace();
    const ok = await runCli(importArgs(w, XLSX, "ra.yaml", "--sheet", "ds cbgvnv"));
    expect(ok.status).toBe(0);
    const missing = await runCli(importArgs(w, XLSX, "ra-2.yaml", "--sheet", "Sheet2"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Bảng tính không có trang “Sheet2”. Các trang có: “DS CBGVNV”.");
  });
});
