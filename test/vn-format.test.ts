import { describe, expect, it } from "vitest";
import { percentOf, writtenPercentAgrees } from "../src/core/compute/percent.js";
import {
  formatDateLong,
  formatDateShort,
  formatPercent,
  formatInteger,
  toRoman,
  vietnameseLetter,
} from "../src/core/text/vn-format.js";

describe("ND30 dates", () => {
  it("pads a day below 10 and the months 1 and 2 only", () => {
    expect(formatDateLong(new Date(2025, 1, 5))).toBe("ngày 05 tháng 02 năm 2025");
    expect(formatDateLong(new Date(2024, 8, 19))).toBe("ngày 19 tháng 9 năm 2024");
    expect(formatDateLong(new Date(2025, 0, 1))).toBe("ngày 01 tháng 01 năm 2025");
    expect(formatDateLong(new Date(2024, 11, 31))).toBe("ngày 31 tháng 12 năm 2024");
    expect(formatDateShort(new Date(2024, 7, 7))).toBe("07/8/2024");
    expect(formatDateShort(new Date(2024, 1, 24))).toBe("24/02/2024");
  });
});

describe("numbers", () => {
  it("decimal comma and thousands dots", () => {
    expect(formatPercent(96.8, 1)).toBe("96,8%");
    expect(formatPercent(100, 1)).toBe("100,0%");
    expect(formatInteger(2340000)).toBe("2.340.000");
    expect([999, 1000, -999, -1000, 0, 31, 12.7].map(formatInteger)).toEqual([
      "999",
      "1.000",
      "-999",
      "-1.000",
      "0",
      "31",
      "12",
    ]);
  });
  it("rounds exactly, in each mode", () => {
    expect(percentOf(30, 31, { decimals: 1, mode: "half-up" })).toBe(96.8);
    expect(percentOf(11, 31, { decimals: 1, mode: "half-up" })).toBe(35.5);
    expect(percentOf(11, 31, { decimals: 1, mode: "down" })).toBe(35.4);
    expect(percentOf(6, 31, { decimals: 1, mode: "up" })).toBe(19.4);
    expect(percentOf(1, 8, { decimals: 1, mode: "half-up" })).toBe(12.5);
    expect(percentOf(1, 16, { decimals: 1, mode: "half-up" })).toBe(6.3); // 6.25 → 6.3, no float drift
    expect(percentOf(30, 31, { decimals: 0, mode: "half-up" })).toBe(97);
  });
  it("a written percentage agrees at the plan's precision or a finer one", () => {
    const r = { decimals: 1, mode: "half-up" } as const;
    expect(writtenPercentAgrees("96,8", 30, 31, r).ok).toBe(true);
    expect(writtenPercentAgrees("96,77", 30, 31, r).ok).toBe(true);
    expect(writtenPercentAgrees("97", 30, 31, r).ok).toBe(false);
    expect(writtenPercentAgrees("100", 31, 31, r).ok).toBe(true);
  });
});

describe("numbering", () => {
  it("Roman numerals and the Vietnamese letter order (no f j w z)", () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(["I", "IV", "IX", "XIV", "XL"]);
    expect([0, 4, 5, 6, 8, 9].map(vietnameseLetter)).toEqual(["a", "đ", "e", "g", "i", "k"]);
  });
});
