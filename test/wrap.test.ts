import { describe, expect, it } from "vitest";
import { mm } from "../src/core/render/page.js";
import { capsWidth, headerLines } from "../src/core/render/wrap.js";

// The left header cell is textWidth − 100 mm (right column) − cell margins: ≈ 62 mm with ND30's
// default margins, ≈ 52 mm with the widest ones (left 35, right 20).
const DEFAULT_CELL = 3515;
const NARROW_CELL = 2948;

describe("header names break between words that belong apart", () => {
  it("a ward named after a person stays whole: UBND / PHƯỜNG HOÀNG VĂN THỤ", () => {
    expect(headerLines("UBND PHƯỜNG HOÀNG VĂN THỤ", 13, false, DEFAULT_CELL)).toEqual(["UBND", "PHƯỜNG HOÀNG VĂN THỤ"]);
    // Too narrow for "PHƯỜNG HOÀNG VĂN THỤ" on one line: the person's name still stays whole.
    expect(headerLines("UBND PHƯỜNG HOÀNG VĂN THỤ", 13, false, NARROW_CELL)).toEqual(["UBND PHƯỜNG", "HOÀNG VĂN THỤ"]);
  });
  it("a school's name goes after its kind; a district after PHÒNG GD&ĐT", () => {
    expect(headerLines("TRƯỜNG TIỂU HỌC NGUYỄN BỈNH KHIÊM", 13, true, DEFAULT_CELL)).toEqual([
      "TRƯỜNG TIỂU HỌC",
      "NGUYỄN BỈNH KHIÊM",
    ]);
    expect(headerLines("PHÒNG GD&ĐT HUYỆN MƯỜNG ẢNG", 13, true, DEFAULT_CELL)).toEqual([
      "PHÒNG GD&ĐT",
      "HUYỆN MƯỜNG ẢNG",
    ]);
  });
  it("widths are Times New Roman's own: the 13 pt bold Quốc hiệu is ≈ 95,7 mm (nd30-layout.md §3)", () => {
    expect(capsWidth("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true) / 56.69).toBeCloseTo(95.7, 0);
    expect(capsWidth("TRƯỜNG MẦM NON NGỌC THỤY", 13, true) / 56.69).toBeCloseTo(74, 0);
  });
  it("a short name stays on one line", () => {
    expect(headerLines("UBND HUYỆN ĐIỆN BIÊN", 13, false, DEFAULT_CELL)).toEqual(["UBND HUYỆN ĐIỆN BIÊN"]);
    expect(mm(62)).toBeGreaterThan(DEFAULT_CELL - 100);
  });
});

describe("a header that cannot fit at 13 pt is set at 12 pt with a wider left column (ND30 allows 12–13)", () => {
  it("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO stays on one line", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { checkBytes } = await import("../src/core/index.js");
    const { renderDocx } = await import("../src/core/render/docx/document.js");
    const { paragraphs, unzip } = await import("./zip.js");
    const { ROOT } = await import("./helpers.js");
    const plan = checkBytes(readFileSync(join(ROOT, "examples/phong-gddt-dien-bien-2024-2025.yaml"))).plan!;
    const doc = unzip(await renderDocx(plan)).get("word/document.xml")!;
    const paras = paragraphs(doc);
    const size = (text: string): string | undefined =>
      /<w:sz w:val="(\d+)"/.exec(paras.find((p) => p.text === text)?.xml ?? "")?.[1];
    expect(size("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")).toBe("24");
    expect(size("HUYỆN ĐIỆN BIÊN")).toBe("24");
    expect(size("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBe("24");
    const [left, right] = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].slice(0, 2).map((m) => Number(m[1]));
    expect(capsWidth("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", 12, true)).toBeLessThanOrEqual(left! - 170);
    expect(capsWidth("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true)).toBeLessThanOrEqual(right! - 170);
  });
});
