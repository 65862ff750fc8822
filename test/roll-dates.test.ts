// `plan new` moves dates with their meaning (issue 21, item 7): on every example and every fixture that is
// a plan, to every school year up to 2030-2031, each date of the new plan is moved or listed at its line,
// no calendar point is on a weekend unsaid, Tết breaks sit where the lunar calendar puts Tết, and every
// anniversary says the same in every paragraph. Expectations come from the calendar itself (weekdays,
// the lunar library at UTC+7), not from the code under test.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { convertLunar2Solar } from "vietnamese-lunar-calendar/build/solar-lunar/index.js";
import { describe, expect, it } from "vitest";
import { isSeq, parseDocument } from "yaml";
import { checkBytes } from "../src/core/index.js";
import { rollOver, type RollOver } from "../src/core/new/roll-over.js";
import { starterPlan } from "../src/core/new/starter.js";
import { check, cli, edit, lineOf, mulberry32, ROOT, yamlFilesUnder } from "./helpers.js";

const WEEKDAY = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];
const date = (iso: string): Date => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
/** "05/9/2025": Vietnamese short dates (day padded, months 1-2 padded). */
const vn = (d: Date): string => {
  const month = d.getMonth() + 1;
  const day = String(d.getDate()).padStart(2, "0");
  return `${day}/${month <= 2 ? String(month).padStart(2, "0") : month}/${d.getFullYear()}`;
};
const days = (a: Date, b: Date): number =>
  Math.round(
    (Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) /
      86_400_000,
  );
/** Tết from the library, asked for Vietnam's time zone. */
const tet = (year: number): Date => {
  const d = convertLunar2Solar(1, 1, year, 0, 7) as Date;
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
};

/** Plans plan new accepts: every example, and every fixture that loads as a plan. */
const PLANS = [...yamlFilesUnder(join(ROOT, "examples")), ...yamlFilesUnder(join(ROOT, "test/fixtures"))].filter(
  (file) => {
    const checked = checkBytes(readFileSync(file));
    const fatal = checked.diagnostics.some((d) => /^(yaml|encoding|plan|limits)\//.test(d.code));
    return checked.plan !== undefined && !fatal;
  },
);

const said = (r: RollOver, line: number): string =>
  [...r.changes, ...r.notes]
    .filter((n) => n.line === line)
    .map((n) => n.text)
    .join(" | ");
const codes = (text: string): Set<string> =>
  new Set(
    check(text)
      .filter((d) => d.severity !== "info")
      .map((d) => d.code),
  );

/**
 * Every date written in a line's value (not its comment): ISO days and months, "5/9/2025", "ngày 5 tháng 9 năm 2025",
 * "tháng 9/2025".
 */
function datesIn(line: string): { written: string; date: Date; month: boolean }[] {
  const value = line.replace(/\s#.*$/u, "");
  const out: { written: string; date: Date; month: boolean }[] = [];
  for (const m of value.matchAll(/(?<![\d/-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d/-])/gu))
    out.push({ written: m[0], date: new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)), month: !m[3] });
  for (const m of value.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu))
    out.push({ written: m[0], date: new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1])), month: false });
  for (const m of value.matchAll(/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/gu))
    out.push({ written: m[0], date: new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1])), month: false });
  for (const m of value.matchAll(/(?<![\d/])(\d{1,2})\/(\d{4})(?![\d/])/gu))
    if (Number(m[1]) >= 1 && Number(m[1]) <= 12)
      out.push({ written: m[0], date: new Date(Number(m[2]), Number(m[1]) - 1, 1), month: true });
  return out;
}

/** Lines of the legal bases: căn cứ keep the dates their documents were issued on, by design. */
function legalBasisLines(text: string): Set<number> {
  const doc = parseDocument(text);
  const bases = doc.get("legalBases", true);
  const lines = new Set<number>();
  if (isSeq(bases) && bases.range) {
    const [from, to] = [
      text.slice(0, bases.range[0]).split("\n").length,
      text.slice(0, bases.range[1]).split("\n").length,
    ];
    for (let l = from; l <= to; l++) lines.add(l);
  }
  return lines;
}

function targets(source: string): number[] {
  const start = Number(/^schoolYear:\s*"?(\d{4})/mu.exec(source)![1]);
  // Every year from the next one to 2030-2031, and at least two.
  return Array.from({ length: Math.max(2, 2030 - start) }, (_, i) => start + 1 + i);
}

describe("plan new on every example and plan fixture, to every year up to 2030-2031", () => {
  it("finds the plans", () => {
    expect(PLANS.map((f) => basename(f))).toEqual(
      expect.arrayContaining([
        "nam-thanh-2024-2025.yaml",
        "le-quy-don-thcs-2025-2026.yaml",
        "thanh-binh-tieu-hoc-2025-2026.yaml",
      ]),
    );
  });
  for (const file of PLANS) {
    const source = readFileSync(file, "utf8");
    const oldStart = Number(/^schoolYear:\s*"?(\d{4})/mu.exec(source)![1]);
    const oldCodes = codes(source);
    for (const start of targets(source)) {
      const year = `${start}-${start + 1}`;
      describe(`${basename(file)} → ${year}`, () => {
        const r = rollOver(source, year);
        const lines = r.text.split("\n");
        const oldDoc = parseDocument(source);
        const newDoc = parseDocument(r.text);
        const years = start - oldStart;

        it("adds no finding but the date to sign and a repealed decree", () => {
          const added = [...codes(r.text)].filter((c) => !oldCodes.has(c));
          expect(
            added.filter(
              (c) => c !== "document/date-placeholder" && c !== "legal/repealed" && c !== "legal/replaced-likely",
            ),
          ).toEqual([]);
        });

        it(
          "moves each calendar point to its weekday (or its fixed day), says so at its line, and says a weekend " +
            "again",
          () => {
            const points = ["start", "semester1End", "semester2Start", "end", "week1"].filter(
              (p) => oldDoc.getIn(["calendar", p]) !== undefined,
            );
            for (const p of points) {
              const [was, now] = [
                date(String(oldDoc.getIn(["calendar", p]))),
                date(String(newDoc.getIn(["calendar", p]))),
              ];
              const line = lineOf(r.text, `  ${p}:`);
              const text = r.changes
                .filter((c) => c.line === line)
                .map((c) => c.text)
                .join(" ");
              expect(text, p).toContain(
                `${vn(was)} (${WEEKDAY[was.getDay()]}) → ${vn(now)} (${WEEKDAY[now.getDay()]})`,
              );
              // A year on, by the calendar: the same weekday within 3 days of the same date (a week earlier to stay
              // before 31/5),
              // or a day fixed by date (khai giảng 05/9, the frame's usual date), or the day after HK I as last year.
              const sameDate = new Date(was.getFullYear() + years, was.getMonth(), was.getDate());
              // Within 3 days; or up to 6 when the nearer same weekday would fall in another month (a move stays in
              // its month: 31/8 on a Monday moves to 27/8, not 03/9).
              const otherMonthNearer =
                Math.abs(days(sameDate, now)) <= 6 &&
                new Date(
                  now.getFullYear(),
                  now.getMonth(),
                  now.getDate() + (days(sameDate, now) < 0 ? 7 : -7),
                ).getMonth() !== now.getMonth();
              const byWeekday =
                now.getDay() === was.getDay() &&
                (Math.abs(days(sameDate, now)) <= 3 || otherMonthNearer || (p === "end" && days(sameDate, now) >= -10));
              const byDate =
                now.getDate() === was.getDate() &&
                now.getMonth() === was.getMonth() &&
                now.getFullYear() === was.getFullYear() + years;
              const afterS1 =
                p === "semester2Start" &&
                days(date(String(newDoc.getIn(["calendar", "semester1End"]))), now) ===
                  days(date(String(oldDoc.getIn(["calendar", "semester1End"]))), was);
              // Week 1 keeps its Monday relative to the start (the tựu trường date), as last year.
              const afterStart =
                p === "week1" &&
                days(date(String(newDoc.getIn(["calendar", "start"]))), now) ===
                  days(date(String(oldDoc.getIn(["calendar", "start"]))), was);
              expect(byWeekday || byDate || afterS1 || afterStart, `${p}: ${vn(was)} → ${vn(now)}`).toBe(true);
              if (byDate && !byWeekday && !afterS1) expect(text).toMatch(/khai giảng 05\/9|thường lệ/u);
              if (p === "week1") expect(now.getDay()).toBe(1);
              if (now.getDay() === 0 || now.getDay() === 6)
                expect(
                  r.notes
                    .filter((n) => n.line === line)
                    .map((n) => n.text)
                    .join(" "),
                  p,
                ).toContain("ngày cuối tuần");
            }
            const order = ["start", "semester1End", "semester2Start", "end"].map((p) =>
              date(String(newDoc.getIn(["calendar", p]))).getTime(),
            );
            expect([...order].sort((a, b) => a - b)).toEqual(order);
          },
        );

        it("lays each Tết break around the new year's Tết, as long and placed as before, and lists it", () => {
          const breaks = oldDoc.getIn(["calendar", "breaks"], true);
          if (!isSeq(breaks)) return;
          breaks.items.forEach((_, i) => {
            const name = String(oldDoc.getIn(["calendar", "breaks", i, "name"]) ?? "");
            const [from, to] = [
              date(String(oldDoc.getIn(["calendar", "breaks", i, "from"]))),
              date(String(oldDoc.getIn(["calendar", "breaks", i, "to"]))),
            ];
            const oldTet = tet(oldStart + 1);
            if (!/tết/iu.test(name) && !(from <= oldTet && oldTet <= to)) return;
            const [nf, nt] = [
              date(String(newDoc.getIn(["calendar", "breaks", i, "from"]))),
              date(String(newDoc.getIn(["calendar", "breaks", i, "to"]))),
            ];
            const newTet = tet(start + 1);
            expect(days(newTet, nf)).toBe(days(oldTet, from));
            expect(days(newTet, nt)).toBe(days(oldTet, to));
            const item = newDoc.getIn(["calendar", "breaks", i], true) as { range: [number, number, number] };
            const line = r.text.slice(0, item.range[0]).split("\n").length;
            expect(said(r, line)).toContain(
              `${vn(nf)} (${WEEKDAY[nf.getDay()]}) - ${vn(nt)} (${WEEKDAY[nt.getDay()]})`,
            );
            expect(said(r, line)).toContain(vn(newTet));
          });
        });

        it("moves or lists every date it writes, at its line", () => {
          const legal = legalBasisLines(r.text);
          // A break is listed once, at its first line, with both its dates.
          const itemLine = new Map<number, number>();
          const breaks = newDoc.getIn(["calendar", "breaks"], true);
          if (isSeq(breaks))
            for (const item of breaks.items as { range: [number, number, number] }[]) {
              const [first, last] = [
                r.text.slice(0, item.range[0]).split("\n").length,
                r.text.slice(0, item.range[1]).split("\n").length,
              ];
              for (let l = first; l <= last; l++) itemLine.set(l, first);
            }
          const unsaid: string[] = [];
          lines.forEach((text, i) => {
            const line = i + 1;
            if (legal.has(line) || /^\s*#/u.test(text)) return;
            for (const d of datesIn(text)) {
              // History stays as written and is not the clerk's to check: the day an anniversary counts from, old
              // documents.
              if (d.date < new Date(oldStart - 1, 0, 1)) continue;
              const forms = d.month
                ? [`${d.date.getMonth() + 1}/${d.date.getFullYear()}`]
                : [vn(d.date), d.written, `${d.date.getDate()}/${d.date.getMonth() + 1}/${d.date.getFullYear()}`];
              if (!forms.some((f) => said(r, itemLine.get(line) ?? line).includes(f)))
                unsaid.push(`${line}: ${d.written} in “${text.trim().slice(0, 80)}”`);
            }
          });
          expect(unsaid).toEqual([]);
        });

        it("says every anniversary the same way everywhere: one ordinal, one year, moved on", () => {
          const seen = new Map<string, Set<string>>();
          for (const m of r.text.matchAll(
            /\((\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–—]\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\)/gu,
          )) {
            const [base, end] = [Number(m[3]), Number(m[6])];
            // The ordinal is the last "K năm" of the clause before the bracket.
            const before = r.text.slice(0, m.index);
            const clause = before.slice(
              Math.max(before.lastIndexOf(")"), before.lastIndexOf(";"), before.lastIndexOf("\n")) + 1,
            );
            const ordinal = [...clause.matchAll(/(?<![\d/.,])(\d{1,3})\s+năm(?!\p{L})/gu)].pop()?.[1];
            const key = `${m[1]}/${m[2]}/${base}`;
            if (!seen.has(key)) seen.set(key, new Set());
            seen.get(key)!.add(`${ordinal ?? "?"}|${end}`);
          }
          for (const [key, forms] of seen) {
            expect(forms.size, key).toBe(1);
            const [ordinal, end] = [...forms][0]!.split("|");
            if (ordinal !== "?") expect(Number(ordinal), key).toBe(Number(end) - Number(key.split("/")[2]));
          }
          const before = new Map(
            [...source.matchAll(/\((\d{1,2}\/\d{1,2}\/\d{4})\s*[-–—]\s*\d{1,2}\/\d{1,2}\/(\d{4})\)/gu)].map((m) => [
              m[1]!,
              Number(m[2]),
            ]),
          );
          for (const [key, forms] of seen)
            if (before.has(key) && [oldStart, oldStart + 1].includes(before.get(key)!))
              expect(Number([...forms][0]!.split("|")[1]), key).toBe(before.get(key)! + years);
        });
      });
    }
  }
});

describe("plan new on random school calendars (seeded)", () => {
  const random = mulberry32(21);
  const pick = (from: number, to: number): number => from + Math.floor(random() * (to - from + 1));
  const isoOf = (d: Date): string =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  for (let n = 0; n < 40; n++) {
    const startYear = pick(2022, 2028);
    const start = new Date(startYear, 7, pick(20, 36));
    // HK I ends before the Tết break, as the national frame has it: early January, a break from at most 5 days before
    // Tết.
    const s1 = new Date(startYear + 1, 0, pick(8, 11));
    const s2 = new Date(s1.getFullYear(), 0, s1.getDate() + pick(1, 2));
    const end = new Date(startYear + 1, 4, pick(20, 31));
    const oldTet = tet(startYear + 1);
    const [before, after] = [pick(0, 5), pick(3, 12)];
    const tetFrom = new Date(oldTet.getFullYear(), oldTet.getMonth(), oldTet.getDate() - before);
    const tetTo = new Date(oldTet.getFullYear(), oldTet.getMonth(), oldTet.getDate() + after);
    let source = starterPlan({
      level: "thcs",
      startYear,
      school: "Trường THCS Thử",
      schemaPath: "../schemas/plan.schema.json",
    })
      .replace(/ {2}start: \S+/u, `  start: ${isoOf(start)}`)
      .replace(/ {2}semester1End: \S+/u, `  semester1End: ${isoOf(s1)}`)
      .replace(/ {2}semester2Start: \S+/u, `  semester2Start: ${isoOf(s2)}`)
      .replace(
        / {2}end: \S+(\s+# kết thúc năm học)/u,
        `  end: ${isoOf(end)}$1\n  breaks:\n    - name: Nghỉ Tết\n      from: ${isoOf(tetFrom)}\n      to: ` +
          `${isoOf(tetTo)}`,
      );
    // The first phase ends on a plain weekday of late November, the second starts the next school day.
    const phaseEnd = new Date(startYear, 10, pick(22, 28));
    const nextStart = new Date(
      startYear,
      10,
      phaseEnd.getDate() + (phaseEnd.getDay() === 5 ? 3 : phaseEnd.getDay() === 6 ? 2 : 1),
    );
    source = source.replace(
      `    to: ${startYear}-11-20\n  - from: ${startYear}-11-21`,
      `    to: ${isoOf(phaseEnd)}\n  - from: ${isoOf(nextStart)}`,
    );
    const target = startYear + pick(1, 3);
    const title = `${isoOf(start)} … ${isoOf(end)}, Tết break ${isoOf(tetFrom)} - ${isoOf(tetTo)}`;
    it(`${title} → ${target}-${target + 1}`, () => {
      const oldCodes = codes(source);
      const r = rollOver(source, `${target}-${target + 1}`);
      const doc = parseDocument(r.text);
      const added = check(r.text).filter(
        (d) =>
          d.severity !== "info" &&
          !oldCodes.has(d.code) &&
          d.code !== "document/date-placeholder" &&
          d.code !== "legal/repealed" &&
          d.code !== "legal/replaced-likely",
      );
      expect(
        added.map((d) => `${d.code}@${d.range.start.line}: ${d.message}`),
        [...r.changes, ...r.notes].map((c) => `${c.line} ${c.text}`).join("\n"),
      ).toEqual([]);
      for (const p of ["start", "semester1End", "semester2Start", "end"]) {
        const now = date(String(doc.getIn(["calendar", p])));
        const line = lineOf(r.text, `  ${p}:`);
        expect(said(r, line), p).toContain(`→ ${vn(now)} (${WEEKDAY[now.getDay()]})`);
        if (now.getDay() === 0 || now.getDay() === 6) expect(said(r, line), p).toContain("ngày cuối tuần");
      }
      const newTet = tet(target + 1);
      expect(days(newTet, date(String(doc.getIn(["calendar", "breaks", 0, "from"]))))).toBe(0 - before || 0);
      expect(days(newTet, date(String(doc.getIn(["calendar", "breaks", 0, "to"]))))).toBe(after);
      // The phases still join: no school day between them, none in two.
      const [to, from] = [date(String(doc.getIn(["phases", 0, "to"]))), date(String(doc.getIn(["phases", 1, "from"])))];
      expect(to.getDay()).toBe(phaseEnd.getDay());
      expect(days(to, from)).toBe(days(phaseEnd, nextStart));
    });
  }
});

const LQD = readFileSync(join(ROOT, "examples/le-quy-don-thcs-2025-2026.yaml"), "utf8");
const TB = readFileSync(join(ROOT, "examples/thanh-binh-tieu-hoc-2025-2026.yaml"), "utf8");
const NT = readFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), "utf8");

describe("the slips issue 21 found, one by one", () => {
  it(
    "a Tết break of 01/02-14/02/2027 (Tết 06/02) becomes 21/01-03/02/2028 around Tết 26/01/2028, not " +
      "01/02-14/02/2028",
    () => {
      const source = edit(
        edit(
          edit(TB, "schoolYear: 2025-2026", "schoolYear: 2026-2027"),
          "      from: 2026-02-14\n      to: 2026-02-22",
          "      from: 2027-02-01\n      to: 2027-02-14",
        ),
        "  start: 2025-09-05\n  week1: 2025-09-08\n  semester1End: 2026-01-10\n  semester2Start: 2026-01-12\n  end: " +
          "2026-05-23",
        "  start: 2026-09-05\n  week1: 2026-09-07\n  semester1End: 2027-01-09\n  semester2Start: 2027-01-11\n  end: " +
          "2027-05-22",
      );
      const r = rollOver(source, "2027-2028");
      expect(r.text).toContain("      from: 2028-01-21\n      to: 2028-02-03");
      const line = lineOf(r.text, "- name: Nghỉ Tết Nguyên đán");
      expect(said(r, line)).toContain(
        "21/01/2028 (thứ Sáu) - 03/02/2028 (thứ Năm): Tết Mậu Thân là 26/01/2028 (thứ Tư); giữ 14 ngày, từ 5 ngày " +
          "trước mùng 1 Tết đến 8 ngày sau mùng 1 Tết",
      );
    },
  );

  it("a Tết break in 2030 follows Vietnam's Tết (02/02), not China's (03/02)", () => {
    const r = rollOver(TB, "2029-2030");
    // 14/02-22/02/2026 is 3 days before to 5 days after Tết 17/02/2026.
    expect(r.text).toContain("      from: 2030-01-30\n      to: 2030-02-07");
  });

  it("a mid-term break keeps its weekdays, a public holiday its dates, each listed", () => {
    const source = edit(
      LQD,
      "      to: 2026-02-22\n",
      "      to: 2026-02-22\n    - name: Nghỉ giữa học kỳ I\n      from: 2025-11-03\n      to: 2025-11-07\n    - " +
        "name: Nghỉ lễ 30/4 - 1/5\n      from: 2026-04-30\n      to: 2026-05-03\n",
    );
    const r = rollOver(source, "2026-2027");
    expect(r.text).toContain("    - name: Nghỉ giữa học kỳ I\n      from: 2026-11-02\n      to: 2026-11-06\n");
    expect(r.text).toContain("    - name: Nghỉ lễ 30/4 - 1/5\n      from: 2027-04-30\n      to: 2027-05-03\n");
    expect(said(r, lineOf(r.text, "- name: Nghỉ giữa học kỳ I"))).toContain(
      "03/11/2025 (thứ Hai) - 07/11/2025 (thứ Sáu) → 02/11/2026 (thứ Hai) - 06/11/2026 (thứ Sáu), cùng thứ trong tuần",
    );
    expect(said(r, lineOf(r.text, "- name: Nghỉ lễ 30/4"))).toContain("nghỉ bù");
    expect(
      [...codes(r.text)].filter((c) => c !== "document/date-placeholder" && c !== "legal/replaced-likely"),
    ).toEqual([]);
  });

  it("the break's name moves to the new lunar year", () => {
    expect(rollOver(LQD, "2026-2027").text).toContain("- name: Nghỉ Tết Nguyên đán Đinh Mùi");
  });

  it("khai giảng stays on 05/9 even on a Sunday, and says so", () => {
    const r = rollOver(LQD, "2027-2028");
    const line = lineOf(r.text, "  start:");
    expect(r.text.split("\n")[line - 1]).toContain("start: 2027-09-05");
    expect(said(r, line)).toContain("05/9/2025 (thứ Sáu) → 05/9/2027 (Chủ nhật), ngày khai giảng 05/9 hằng năm");
    expect(said(r, line)).toContain("ngày bắt đầu năm học 05/9/2027 (Chủ nhật) là ngày cuối tuần");
    // Week 1 is still the first Monday from khai giảng.
    expect(r.text).toContain("week1: 2027-09-06");
  });

  it("an end keeps its weekday inside May, a week earlier rather than pass 31/5", () => {
    const source = edit(NT, "  end: 2025-05-24 ", "  end: 2025-05-31 ");
    const r = rollOver(source, "2026-2027");
    // Saturday 31/5/2025 → the Saturday nearest 31/5/2027 is 29/5/2027.
    expect(r.text).toContain("  end: 2027-05-29 ");
    const moved = rollOver(edit(NT, "  end: 2025-05-24 ", "  end: 2025-05-30 "), "2027-2028");
    // Friday 30/5/2025 → the nearest Friday, 02/6/2028, is past 31/5: Friday 26/5/2028.
    expect(moved.text).toContain("  end: 2028-05-26 ");
    expect(said(moved, lineOf(moved.text, "  end:"))).toContain(
      "30/5/2025 (thứ Sáu) → 26/5/2028 (thứ Sáu), cùng thứ trong tuần",
    );
  });

  it(
    "“75 thành lập Đảng bộ … (10/10/1949 - 10/10/2024)” (the “năm” lost) moves with the same anniversary in other " +
      "paragraphs, and the slip is listed",
    () => {
      let source = edit(
        NT,
        "chào mừng 75 năm thành lập Đảng bộ tỉnh Điện Biên (10/10/1949 - 10/10/2024);",
        "chào mừng 75 thành lập Đảng bộ tỉnh Điện Biên (10/10/1949 - 10/10/2024);",
      );
      source = edit(
        source,
        "      - Tham gia tập huấn nghiệp vụ công tác Thi đua",
        "      - Tuyên truyền kỷ niệm 75 năm thành lập Đảng bộ tỉnh Điện Biên trên bảng tin.\n      - Tổ chức kỷ " +
          "niệm 60 năm thành lập trường.\n      - Tham gia tập huấn nghiệp vụ công tác Thi đua",
      );
      const r = rollOver(source, "2025-2026");
      const slip = lineOf(source, "75 thành lập Đảng bộ");
      expect(r.text.split("\n")[slip - 1]).toContain(
        "chào mừng 76 thành lập Đảng bộ tỉnh Điện Biên (10/10/1949 - 10/10/2025);",
      );
      expect(said(r, slip)).toContain("thiếu chữ “năm” sau số 76");
      // The same anniversary without its dates, elsewhere: 76 too.
      expect(r.text).toContain("Tuyên truyền kỷ niệm 76 năm thành lập Đảng bộ tỉnh Điện Biên trên bảng tin.");
      // An anniversary the tool cannot date is listed, not moved.
      expect(r.text).toContain("Tổ chức kỷ niệm 60 năm thành lập trường.");
      expect(said(r, lineOf(source, "60 năm thành lập trường"))).toContain(
        "“60 năm thành lập trường”: không rõ ngày kỷ niệm",
      );
      expect(
        [...r.text.matchAll(/(\d+) năm thành lập Đảng bộ tỉnh Điện Biên \(10\/10\/1949 - 10\/10\/(\d{4})\)/gu)].map(
          (m) => `${m[1]} ${m[2]}`,
        ),
      ).toEqual(["76 2025", "76 2025"]);
    },
  );

  it("an ordinal that disagrees with its dates is written from the dates and listed", () => {
    const source = edit(
      NT,
      "lập thành tích chào mừng kỷ niệm 42 năm ngày Nhà giáo",
      "lập thành tích chào mừng kỷ niệm 41 năm ngày Nhà giáo",
    );
    const r = rollOver(source, "2025-2026");
    const line = lineOf(source, "41 năm ngày Nhà giáo");
    expect(r.text.split("\n")[line - 1]).toContain("43 năm ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025)");
    expect(said(r, line)).toContain("số năm kỷ niệm “41” không khớp (20/11/1982 - 20/11/2024) (42 năm)");
  });

  it("a phase that ended the Saturday of the 20/11 week still does, and the next starts the Monday after", () => {
    const r = rollOver(LQD, "2026-2027");
    expect(r.text).toContain("to: 2026-11-21");
    expect(r.text).toContain("from: 2026-11-23");
    expect(said(r, lineOf(r.text, "to: 2026-11-21"))).toContain(
      "Đợt 1, đến: 22/11/2025 (thứ Bảy) → 21/11/2026 (thứ Bảy), cùng thứ trong tuần",
    );
    // "Sơ kết Đợt 1 vào ngày 22/11/2025" is the same day in prose: it moves with the bound.
    expect(r.text).toContain("Sơ kết Đợt 1 vào ngày 21/11/2026");
    expect(codes(r.text).has("phases/gap")).toBe(false);
  });

  it("a bound kept by its date that crosses a calendar point is listed", () => {
    // HSSV day 9/1 was the day before HK I ended (Friday 10/01/2025); a year on HK I ends Friday 09/01/2026, on it.
    let source = edit(NT, "  semester1End: 2025-01-15 ", "  semester1End: 2025-01-10 ");
    source = edit(source, "  semester2Start: 2025-01-16 ", "  semester2Start: 2025-01-13 ");
    source = edit(
      source,
      '  - from: 2024-12              # "Từ tháng 12/2024"\n    to: semester1End ',
      '  - from: 2024-12              # "Từ tháng 12/2024"\n    to: 2025-01-09 ',
    );
    const r = rollOver(source, "2025-2026");
    const line = lineOf(r.text, "    to: 2026-01-09");
    expect(said(r, line)).toContain(
      "năm trước 09/01/2025 (thứ Năm) trước ngày kết thúc học kỳ I; nay 09/01/2026 (thứ Sáu) đúng ngày kết thúc " +
        "học kỳ I",
    );
  });

  it("a week past last year's end that fits this year, and a week that now holds days of Tết, are listed", () => {
    const source = edit(
      edit(
        TB,
        '    to: { week: 18 }           # "đến hết tuần 18"',
        '    to: { week: 21 }           # "đến hết tuần 21"',
      ),
      '  - from: { week: 19 }         # "Từ tuần 19"\n    to: end',
      '  - from: { week: 22 }         # "Từ tuần 22"\n    to: { week: 37 }',
    );
    // Last year had 36 school weeks (the Tết week is not counted); 2026-2027 has 37, and Tết 2027 falls in week 22.
    expect(check(source).map((d) => d.code)).toContain("phases/week-outside-year");
    const r = rollOver(source, "2026-2027");
    expect(said(r, lineOf(r.text, "to: { week: 37 }"))).toContain(
      "năm trước chỉ có 36 tuần nên mốc nằm ngoài năm học, nay là 22/5/2027 (thứ Bảy) trong năm học",
    );
    expect(said(r, lineOf(r.text, "from: { week: 22 }"))).toContain(
      "tuần 22 nay có ngày nghỉ của “Nghỉ Tết Nguyên đán” (01/02/2027 (thứ Hai))",
    );
  });

  it(
    "a trailing comment that describes a moved value moves with it, and so does the school year in a comment " +
      "title",
    () => {
      const r = rollOver(NT, "2025-2026");
      expect(r.text.split("\n")[2]).toBe("# KẾ HOẠCH THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM HỌC 2025 - 2026");
      expect(said(r, 3)).toBe("ghi chú: NĂM HỌC 2024 - 2025 → NĂM HỌC 2025 - 2026");
      expect(r.text).toContain('  - from: 2025-12              # "Từ tháng 12/2025"');
      expect(r.text).toContain('    to: 2026-03                # "đến hết tháng 3/2026"');
    },
  );
});

describe("plan new --lang en", () => {
  it("prints the moves and the checks in English", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-new-en-"));
    const from = join(dir, "le-quy-don-thcs-2025-2026.yaml");
    writeFileSync(from, LQD);
    const out = cli(["new", "--from", from, "--year", "2026-2027", "--lang", "en"]).stdout;
    expect(out).toContain(
      "start of the school year: 05/9/2025 (Friday) → 05/9/2026 (Saturday), school opening day, 05/9 every year",
    );
    expect(out).toContain(
      "Tết break 14/02/2026 - 22/02/2026 → 03/02/2027 (Wednesday) - 11/02/2027 (Thursday): Tết Đinh Mùi is " +
        "06/02/2027 (Saturday)",
    );
    expect(out).toContain("is on a weekend: check it against the province's decision");
    // The lists are English; the validate lines above them quote the file's own "# kiểm tra" notes, which
    // are the clerk's (Vietnamese) text.
    expect(out.slice(out.indexOf("Moved to the new school year:"))).not.toMatch(/cùng thứ trong tuần|ngày cuối tuần/u);
  });
});
