// The calendar arithmetic that replaced date-fns in the rules' hot path gives date-fns' answers.
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { endOfMonth as dateFnsEndOfMonth } from "date-fns/endOfMonth";
import { describe, expect, it } from "vitest";
import { daysBetween, endOfMonth } from "../src/core/compute/calendar.js";

function seeded(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** A local date in any year 1–9999 (setFullYear: new Date(y, …) would read 0–99 as 1900–1999). */
function randomDate(rnd: () => number, years: [number, number]): Date {
  const d = new Date(2000, 0, 1, Math.floor(rnd() * 24), Math.floor(rnd() * 60));
  d.setFullYear(years[0] + Math.floor(rnd() * (years[1] - years[0])), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 31));
  return d;
}

describe("calendar arithmetic", () => {
  it("daysBetween is differenceInCalendarDays on 20 000 seeded pairs (school years and years 1–9999)", () => {
    const rnd = seeded(20261130);
    for (let i = 0; i < 20_000; i++) {
      const span: [number, number] = i % 2 ? [2015, 2035] : [1, 9999];
      const a = randomDate(rnd, span);
      const b = i % 3 ? randomDate(rnd, span) : new Date(a.getFullYear(), a.getMonth(), a.getDate() + Math.floor(rnd() * 400) - 200);
      expect(daysBetween(a, b), `${a.toISOString()} → ${b.toISOString()}`).toBe(differenceInCalendarDays(b, a));
    }
    expect(Number.isNaN(daysBetween(new Date(NaN), new Date()))).toBe(true);
  });
  it("endOfMonth is date-fns' endOfMonth on 5 000 seeded dates, to the millisecond", () => {
    const rnd = seeded(7);
    for (let i = 0; i < 5_000; i++) {
      const d = randomDate(rnd, i % 2 ? [2015, 2035] : [1, 9999]);
      expect(endOfMonth(d).getTime(), d.toISOString()).toBe(dateFnsEndOfMonth(d).getTime());
    }
  });
});
