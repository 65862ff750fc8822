// The hand-written scans that stand before the prose regexes must let through everything the regexes
// could match: checked against the regex they stand for, for every UTF-16 code unit.
import { describe, expect, it } from "vitest";
import { hasOrdinalYears } from "../src/core/compute/anniversaries.js";

describe("hasOrdinalYears", () => {
  it("agrees with /\\d\\s+năm/u for every code unit between the number and năm", () => {
    let spaces = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const text = `Kỷ niệm 42${ch}năm ngày Nhà giáo`;
      const expected = /\d\s+năm/u.test(text);
      if (expected) spaces++;
      expect(hasOrdinalYears(text), `U+${c.toString(16)}`).toBe(expected);
      expect(hasOrdinalYears(`42 ${ch}${ch}năm`), `U+${c.toString(16)} twice`).toBe(
        /\d\s+năm/u.test(`42 ${ch}${ch}năm`),
      );
    }
    expect(spaces).toBe(25); // JavaScript's \s: 25 code units
    expect(hasOrdinalYears("năm học 2024 - 2025")).toBe(false);
  });
});

describe("isSpace", () => {
  it("is JavaScript's \\s, for every UTF-16 code unit", async () => {
    const { isSpace } = await import("../src/core/text/space.js");
    for (let c = 0; c <= 0xffff; c++)
      expect(isSpace(c), `U+${c.toString(16)}`).toBe(/\s/u.test(String.fromCharCode(c)));
  });
});
