// The Tết table plan new lays Tết breaks on, held to two libraries: vietnamese-lunar-calendar (Hồ Ngọc Đức's
// algorithm, asked for UTC+7, Vietnam's time) on every year, and lunar-javascript (China's calendar, UTC+8)
// on every year but those where the hour between the two time zones puts the new moon on another day.
import L from "lunar-javascript";
import { LunarDate } from "vietnamese-lunar-calendar";
import { convertLunar2Solar } from "vietnamese-lunar-calendar/build/solar-lunar/index.js";
import { describe, expect, it } from "vitest";
import { canChi, canChiPattern, TET_YEARS, tetDate } from "../src/core/compute/lunar.js";

const iso = (d: Date | undefined): string | undefined =>
  d && `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
const years = Array.from({ length: TET_YEARS.last - TET_YEARS.first + 1 }, (_, i) => TET_YEARS.first + i);

describe("Tết Nguyên đán in Vietnam (UTC+7)", () => {
  it("covers 2000-2100", () => {
    expect(TET_YEARS).toEqual({ first: 2000, last: 2100 });
    expect(tetDate(1999)).toBeUndefined();
    expect(tetDate(2101)).toBeUndefined();
  });
  it("the years a school plans for, as Vietnamese calendars print them", () => {
    expect([2025, 2026, 2027, 2028, 2029, 2030, 2031].map((y) => iso(tetDate(y)))).toEqual([
      "2025-01-29",
      "2026-02-17",
      "2027-02-06",
      "2028-01-26",
      "2029-02-13",
      "2030-02-02",
      "2031-01-23",
    ]);
  });
  it("agrees with Hồ Ngọc Đức's algorithm at UTC+7 on every year", () => {
    const differ = years.filter(
      (y) => iso(tetDate(y)) !== (convertLunar2Solar(1, 1, y, 0, 7) as Date).toISOString().slice(0, 10),
    );
    expect(differ).toEqual([]);
  });
  it("agrees with China's calendar except 2007, 2030 and 2053, where Vietnam's Tết is a day earlier", () => {
    const differ = years.filter((y) => iso(tetDate(y)) !== L.Lunar.fromYmd(y, 1, 1).getSolar().toYmd());
    expect(differ).toEqual([2007, 2030, 2053]);
    for (const y of differ) {
      const china = new Date(`${L.Lunar.fromYmd(y, 1, 1).getSolar().toYmd()}T00:00:00`);
      expect((china.getTime() - tetDate(y)!.getTime()) / 86_400_000).toBe(1);
    }
  });
  it("names the lunar year as the Vietnamese calendar does (Mão, not Mẹo, is the standard spelling)", () => {
    for (const y of years) {
      const l = new LunarDate(y, 6, 1);
      expect(canChi(y), String(y)).toBe(`${l.lunarYear.can} ${l.lunarYear.chi.replace("Mẹo", "Mão")}`);
    }
    expect(canChi(2026)).toBe("Bính Ngọ");
    expect(canChiPattern(2025).test("Tết Ất Tị")).toBe(true);
    expect(canChiPattern(2023).test("xuân quý mẹo")).toBe(true);
    expect(canChiPattern(2026).test("Bính Ngọc")).toBe(false);
  });
});
