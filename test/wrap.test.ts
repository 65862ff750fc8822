import { describe, expect, it } from "vitest";
import { headerLines } from "../src/core/render/docx/wrap.js";
import { mm } from "../src/core/render/docx/units.js";

// The left header cell is textWidth − 100 mm (right column) − cell margins: ≈ 62 mm with ND30's
// default margins, ≈ 52 mm with the widest ones (left 35, right 20).
const DEFAULT_CELL = 3515;
const NARROW_CELL = 2948;

describe("header names break between words that belong apart", () => {
  it("a ward named after a person stays whole: UBND / PHƯỜNG HOÀNG VĂN THỤ", () => {
    expect(headerLines("UBND PHƯỜNG HOÀNG VĂN THỤ", 13, false, DEFAULT_CELL)).toEqual(["UBND", "PHƯỜNG HOÀNG VĂN THỤ"]);
    expect(headerLines("UBND PHƯỜNG HOÀNG VĂN THỤ", 13, false, NARROW_CELL)).toEqual(["UBND", "PHƯỜNG HOÀNG VĂN THỤ"]);
  });
  it("a school's name goes after its kind; a district after PHÒNG GD&ĐT", () => {
    expect(headerLines("TRƯỜNG TIỂU HỌC NGUYỄN BỈNH KHIÊM", 13, true, DEFAULT_CELL)).toEqual(["TRƯỜNG TIỂU HỌC", "NGUYỄN BỈNH KHIÊM"]);
    expect(headerLines("PHÒNG GD&ĐT HUYỆN MƯỜNG ẢNG", 13, true, DEFAULT_CELL)).toEqual(["PHÒNG GD&ĐT", "HUYỆN MƯỜNG ẢNG"]);
  });
  it("a short name stays on one line", () => {
    expect(headerLines("UBND HUYỆN ĐIỆN BIÊN", 13, false, DEFAULT_CELL)).toEqual(["UBND HUYỆN ĐIỆN BIÊN"]);
    expect(mm(62)).toBeGreaterThan(DEFAULT_CELL - 100);
  });
});
