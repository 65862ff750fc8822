// The office's summary (issue 26), on the model: the numbers every output prints, computed by hand from
// the examples' YAML. Nam Thanh (MN, 2024-2025): 31 staff, LĐTT 30, CSTĐCS 11, giấy khen of the city 6.
// Hoa Ban (TH, 2024-2025): 42 staff, LĐTT 38, CSTĐCS 6, giấy khen of the city 4, HTXS 180 of 620 pupils.
// Lê Quý Đôn (THCS, 2025-2026): 48 staff, LĐTT 44. Thanh Bình (TH, 2025-2026): 36 staff, LĐTT 33.
// The Phòng GD&ĐT (2024-2025): 9 of its own staff; for its 52 schools TTLĐXS 15, LĐTT 1 320 of 1 460.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { messageFor } from "../src/messages/index.js";
import { describe, expect, it } from "vitest";
import { bodyKey, isOfficeBody, summarize, summaryEntry, type SummaryEntry } from "../src/core/compute/summary.js";
import { checkBytes } from "../src/core/index.js";
import { edit, ROOT } from "./helpers.js";

const text = (name: string): string => readFileSync(join(ROOT, "examples", `${name}.yaml`), "utf8");
const entry = (file: string, yaml: string): SummaryEntry => {
  const checked = checkBytes(new TextEncoder().encode(yaml));
  return summaryEntry(file, checked.plan ?? checked.loaded?.data, checked.diagnostics, (d) => messageFor(d));
};
const EXAMPLES = [
  "hoa-ban-tieu-hoc-2024-2025",
  "le-quy-don-thcs-2025-2026",
  "nam-thanh-2024-2025",
  "phong-gddt-dien-bien-2024-2025",
  "thanh-binh-tieu-hoc-2025-2026",
];
const examples = (): SummaryEntry[] => EXAMPLES.map((n) => entry(`${n}.yaml`, text(n)));

describe("the examples' summary", () => {
  const s = summarize(examples());
  const [y24, y25] = s.years;

  it("two school years, each school once, the office apart", () => {
    expect(s.years.map((y) => [y.schoolYear, y.schools.map((x) => x.body)])).toEqual([
      ["2024-2025", ["Trường Tiểu học Hoa Ban", "Trường Mầm non Nam Thanh"]],
      ["2025-2026", ["Trường THCS Lê Quý Đôn", "Trường Tiểu học Thanh Bình"]],
    ]);
    expect(s.files).toEqual({ given: 5, schools: 4, offices: 1, duplicates: 0, problems: 0 });
    expect(y24!.offices.map((o) => o.body)).toEqual(["Phòng Giáo dục và Đào tạo huyện Điện Biên"]);
    expect(y25!.offices).toEqual([]);
  });

  it("staff totals and title totals per year, never across years, never with the office's staff", () => {
    // 31 + 42, not + 48 + 36 of the next year, not + the Phòng's 9.
    expect(y24!.staffTotal).toEqual({ sum: 73, schools: 2, of: 2 });
    expect(y25!.staffTotal).toEqual({ sum: 84, schools: 2, of: 2 });
    const row = (y: typeof y24, key: string) => y!.targets.find((t) => t.key === key)!;
    // 30 + 38 of 73 = 93,15…% → 93,2%
    expect(row(y24, "ldtt")).toMatchObject({ count: 68, total: 73, percentText: "93,2%", schools: 2, of: 2 });
    // 44 + 33 of 48 + 36 = 91,66…% → 91,7%; Lê Quý Đôn prints counts only, its staff total is still the denominator.
    expect(row(y25, "ldtt")).toMatchObject({ count: 77, total: 84, percentText: "91,7%", schools: 2, of: 2 });
  });

  it("a target's total only over the schools that set it, with n of N schools", () => {
    const htxs = y24!.targets.find((t) => t.name.startsWith("Học sinh hoàn thành xuất sắc"))!;
    // Hoa Ban's 180 of 620 pupils alone: Nam Thanh set no such target and its staff are not pupils.
    expect(htxs).toMatchObject({ count: 180, total: 620, percentText: "29,0%", schools: 1, of: 2 });
    // A city's Giấy khen and a ward's are two targets, each over its own schools.
    expect(y24!.targets.find((t) => t.name === "Giấy khen của Chủ tịch UBND thành phố")).toMatchObject({
      count: 10,
      total: 73,
      schools: 2,
    });
    expect(y25!.targets.find((t) => t.name === "Giấy khen của Chủ tịch UBND phường")).toMatchObject({
      count: 6,
      total: 48,
      percentText: "12,5%",
      schools: 1,
      of: 2,
    });
    // "12 giải" in a group of 540 pupils is a count, not 2,2% of them.
    expect(y25!.targets.find((t) => t.name === "Học sinh giỏi cấp tỉnh")).toMatchObject({
      count: 12,
      total: null,
      percent: null,
      unit: "giải",
      schools: 1,
    });
    expect(y24!.collective.map((c) => [c.name, c.schools, c.of])).toEqual([
      ["Tập thể lao động tiên tiến", 2, 2],
      ["Liên đội mạnh cấp thành phố", 1, 2],
      ["Tập thể lao động xuất sắc", 1, 2],
    ]);
  });

  it("the office's targets for its schools set against their sum", () => {
    const o = y24!.offices[0]!;
    expect(o.own.map((t) => [t.name, t.count, t.total])).toEqual([
      ["Lao động tiên tiến", 9, 9],
      ["Chiến sĩ thi đua cơ sở", 2, 9],
    ]);
    const rows = o.comparisons.map((c) => [
      c.name,
      c.office.count,
      c.office.total,
      c.schools && [c.schools.count, c.schools.total, c.schools.percentText, c.schools.schools, c.schools.of],
    ]);
    expect(rows).toEqual([
      ["Tổng số trường", 52, null, [2, null, null, 2, 2]],
      ["Trường đạt danh hiệu Tập thể lao động xuất sắc", 15, 52, [1, 2, "50,0%", 2, 2]],
      ["Trường đạt danh hiệu Tập thể lao động tiên tiến", 35, 52, [2, 2, "100,0%", 2, 2]],
      ["Trường được công nhận đạt chuẩn quốc gia", 38, 52, null],
      ["Trường được tặng Cờ thi đua của UBND tỉnh", 1, 52, [0, 2, "0,0%", 2, 2]],
      ["Tổng số người", 1460, null, [73, null, null, 2, 2]],
      ["Lao động tiên tiến", 1320, 1460, [68, 73, "93,2%", 2, 2]],
      ["Chiến sĩ thi đua cơ sở", 190, 1460, [17, 73, "23,3%", 2, 2]],
      // The schools' Giấy khen are the city's: nothing of the huyện's to compare.
      ["Giấy khen của Chủ tịch UBND huyện", 120, 1460, null],
      ["Sáng kiến được công nhận cấp huyện", 150, null, null],
    ]);
    expect(o.comparisons.find((c) => c.name === "Lao động tiên tiến")!.office.percentText).toBe("90,4%");
  });

  it("every school's target is a column, in the order first met", () => {
    expect(s.columns.slice(0, 4).map((c) => c.key)).toEqual([
      "ldtt",
      "cstdcs",
      "giay-khen|chủ tịch ubnd thành phố",
      "~học sinh hoàn thành xuất sắc các nội dung học tập và rèn luyện",
    ]);
    expect(new Set(s.columns.map((c) => c.key)).size).toBe(s.columns.length);
  });
});

describe("one school, two files", () => {
  const namThanh = text("nam-thanh-2024-2025");
  // The same school written another way (case, spacing), amended a week later with one more LĐTT.
  const amended = edit(
    edit(
      edit(namThanh, "issuingBody: Trường Mầm non Nam Thanh", "issuingBody: TRƯỜNG MẦM NON  nam thanh"),
      "  date: 2024-09-19",
      "  date: 2024-09-26",
    ),
    "      count: 30",
    "      count: 31",
  );

  it("is counted once, the later document, with a note naming both files", () => {
    const s = summarize([entry("nam-thanh.yaml", namThanh), entry("nam-thanh-sua.yaml", amended)]);
    expect(s.years[0]!.schools.map((x) => x.file)).toEqual(["nam-thanh-sua.yaml"]);
    expect(s.years[0]!.staffTotal.sum).toBe(31);
    expect(s.years[0]!.targets.find((t) => t.key === "ldtt")).toMatchObject({
      count: 31,
      total: 31,
      schools: 1,
      of: 1,
    });
    expect(s.years[0]!.duplicates).toEqual([
      {
        body: "TRƯỜNG MẦM NON  nam thanh",
        schoolYear: "2024-2025",
        counted: "nam-thanh-sua.yaml",
        notCounted: ["nam-thanh.yaml"],
        differ: true,
      },
    ]);
    expect(s.files).toMatchObject({ given: 2, schools: 1, duplicates: 1 });
  });
  it("of equal dates the first given counts; identical numbers are said to be the same", () => {
    const s = summarize([entry("a.yaml", namThanh), entry("b.yaml", namThanh)]);
    expect(s.years[0]!.duplicates).toEqual([
      {
        body: "Trường Mầm non Nam Thanh",
        schoolYear: "2024-2025",
        counted: "a.yaml",
        notCounted: ["b.yaml"],
        differ: false,
      },
    ]);
  });
  it("two years of one school are that school once in each year", () => {
    // Thanh Bình's 2025-2026 plan issued in Hoa Ban's name: Hoa Ban's two years.
    const next = edit(
      text("thanh-binh-tieu-hoc-2025-2026"),
      "issuingBody: Trường Tiểu học Thanh Bình",
      "issuingBody: Trường Tiểu học Hoa Ban",
    );
    const s = summarize([entry("a.yaml", text("hoa-ban-tieu-hoc-2024-2025")), entry("b.yaml", next)]);
    expect(s.problems).toEqual([]);
    expect(s.years.map((y) => [y.schoolYear, y.schools.length, y.duplicates.length])).toEqual([
      ["2024-2025", 1, 0],
      ["2025-2026", 1, 0],
    ]);
  });
  it("a decomposed (NFD) name is the same school as the composed one", () => {
    expect(bodyKey("Trường Mầm non Nam Thanh".normalize("NFD"))).toBe(bodyKey("trường mầm non nam thanh"));
  });
});

describe("a file that cannot be counted is listed with its first error", () => {
  it("a schema error: code, line, column, message, how many errors, and the school it names", () => {
    const broken = edit(
      edit(text("nam-thanh-2024-2025"), "  staffTotal: 31 ", "  staffTotal: ba mươi mốt "),
      "  code: KH-TrMNNT",
      "  code: 7",
    );
    const s = summarize([entry("hoa-ban.yaml", text("hoa-ban-tieu-hoc-2024-2025")), entry("hong.yaml", broken)]);
    expect(s.years[0]!.schools.map((x) => x.file)).toEqual(["hoa-ban.yaml"]);
    expect(s.problems).toHaveLength(1);
    const p = s.problems[0]!;
    expect([p.file, p.body, p.schoolYear, p.errors]).toEqual(["hong.yaml", "Trường Mầm non Nam Thanh", "2024-2025", 2]);
    // The first by position: document.code (line 23) comes before targets.staffTotal (line 103).
    expect([p.code, p.line]).toEqual(["schema/type", 23]);
    expect(p.message).toContain("Ký hiệu");
  });
  it("an unreadable file (an I/O diagnostic, no data) is a problem too", () => {
    const s = summarize([
      summaryEntry("mat.yaml", undefined, [
        {
          code: "io/not-found",
          severity: "error",
          path: [],
          range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
          args: {},
        },
      ]),
    ]);
    expect(s.problems.map((p) => [p.file, p.code, p.body])).toEqual([["mat.yaml", "io/not-found", null]]);
    expect(s.years).toEqual([]);
  });
});

describe("which plans are an office's", () => {
  it("Phòng or Sở GD&ĐT in any spelling, and the xã's Phòng Văn hóa - Xã hội since 07/2025", () => {
    for (const body of [
      "Phòng Giáo dục và Đào tạo huyện Điện Biên",
      "PHÒNG GD&ĐT THÀNH PHỐ ĐIỆN BIÊN PHỦ",
      "Phòng GDĐT quận 1",
      "Sở Giáo dục và Đào tạo tỉnh Điện Biên",
      "Sở GD&ĐT Hà Nội",
      "Phòng Văn hoá – Xã hội phường Mường Thanh",
    ])
      expect(isOfficeBody(body), body).toBe(true);
    for (const body of [
      "Trường Mầm non Nam Thanh",
      "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Điện Biên",
      "Trường Tiểu học Phòng Hạ",
    ])
      expect(isOfficeBody(body), body).toBe(false);
  });
  it("an office's plan is never a school, even of a school level", () => {
    const office = edit(text("phong-gddt-dien-bien-2024-2025"), "level: khac", "level: thcs");
    const s = summarize([entry("phong.yaml", office)]);
    expect(s.years[0]!.schools).toEqual([]);
    expect(s.years[0]!.offices).toHaveLength(1);
  });
});
