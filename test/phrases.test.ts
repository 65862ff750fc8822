// The phrase grammar (core/text/phrases.ts, phrase-grammar.ts): every written form issue 23 lists reads to
// its data, and what the tool itself prints (compute/, render/) reads back to the data it was printed from.
import { describe, expect, it } from "vitest";
import { boundPhrase } from "../src/core/compute/calendar.js";
import { computeTargets } from "../src/core/compute/targets.js";
import { checkBytes } from "../src/core/index.js";
import type { Bound, Plan } from "../src/core/plan.js";
import {
  boundOf,
  collectiveTitle,
  dayAt,
  documentNumberAt,
  headingKind,
  individualTitle,
  normalizeDocumentNumber,
  phaseTime,
  readCount,
  readHeadingTotal,
  readPhaseLine,
  readSide,
  readTargetLine,
  schoolYearIn,
  unitOf,
} from "../src/core/text/phrase-grammar.js";
import { check, edit, EXAMPLE } from "./helpers.js";
import { readFileSync } from "node:fs";

describe("counts in every written form", () => {
  const cases: [string, object][] = [
    ["30/31 đạt 96,8%", { count: 30, total: 31, statedPercent: "96,8" }],
    ["30/31 = 96,8 %", { count: 30, total: 31, statedPercent: "96,8" }],
    ["30/31 đạt 97 %", { count: 30, total: 31, statedPercent: "97" }],
    ["05 Đ/c = 15 %", { count: 5, unit: "đồng chí", statedPercent: "15" }],
    ["05 đ/c (15%)", { count: 5, unit: "đồng chí", statedPercent: "15" }],
    ["36 đồng chí.", { count: 36, unit: "đồng chí" }],
    ["18/27 lớp.", { count: 18, total: 27, unit: "lớp" }],
    ["1.085/1.100 học sinh, đạt tỉ lệ 98,6%", { count: 1085, total: 1100, unit: "học sinh", statedPercent: "98,6" }],
    [
      "30 giải, trong đó ít nhất 4 giải Nhất",
      { count: 30, unit: "giải", including: [{ count: 4, name: "giải Nhất", atLeast: true }] },
    ],
    [
      "12 em, trong đó 3 giải Nhì, 4 giải Ba.",
      {
        count: 12,
        unit: "em",
        including: [
          { count: 3, name: "giải Nhì" },
          { count: 4, name: "giải Ba" },
        ],
      },
    ],
    ["02 trường", { count: 2, unit: "trường" }],
  ];
  for (const [text, want] of cases) it(text, () => expect(readCount(text)).toMatchObject(want));
  it("prose is no count", () => {
    expect(readCount("tổ chức tốt các hoạt động")).toBeUndefined();
    expect(readCount("30 đồng chí tham gia hội giảng")).toBeUndefined();
    expect(readTargetLine("Thời gian: 05/9/2024 đến 20/11/2024")).toBeUndefined();
  });
  it("a rate is only what the document states", () => expect(readCount("18/27 lớp.")!.statedPercent).toBeUndefined());
  it("units by their forms", () => {
    for (const f of ["đồng chí", "đ/c", "Đ/c", "Đ/C", "đ/chí"]) expect(unitOf(f)).toBe("đồng chí");
    for (const f of ["người", "em", "học sinh", "lớp", "giải", "trường", "tập thể"]) expect(unitOf(f)).toBe(f);
  });
});

describe("titles by their spellings and abbreviations", () => {
  it("individual", () => {
    expect(individualTitle("Lao động tiên tiến")).toEqual({ title: "ldtt" });
    expect(individualTitle("LĐTT")).toEqual({ title: "ldtt", label: "LĐTT" });
    expect(individualTitle("Chiến sỹ thi đua cơ sở")).toEqual({ title: "cstdcs", label: "Chiến sỹ thi đua cơ sở" });
    expect(individualTitle("CSTĐ cơ sở")).toEqual({ title: "cstdcs", label: "CSTĐ cơ sở" });
    expect(individualTitle("Giấy khen của Chủ tịch UBND huyện")).toEqual({
      title: "giay-khen",
      issuer: "Chủ tịch UBND huyện",
    });
    expect(individualTitle("UBND huyện tặng giấy khen")).toEqual({
      title: "giay-khen",
      label: "UBND huyện tặng giấy khen",
    });
    expect(individualTitle("Giáo viên dạy giỏi cấp trường")).toEqual({ name: "Giáo viên dạy giỏi cấp trường" });
    expect(individualTitle("GKII")).toEqual({ name: "GKII" });
  });
  it("collective, whole phrases only", () => {
    expect(collectiveTitle("Nhà trường: Tập thể lao động xuất sắc")).toEqual({
      organization: "Nhà trường",
      title: "ttldxs",
    });
    expect(collectiveTitle("Công đoàn cơ sở: vững mạnh")).toEqual({
      organization: "Công đoàn cơ sở",
      title: "cong-doan-vung-manh",
    });
    expect(collectiveTitle("Công đoàn cơ sở vững mạnh xuất sắc")).toEqual({ title: "cong-doan-vung-manh-xuat-sac" });
    expect(collectiveTitle("Công đoàn cơ sở: vững mạnh xuất sắc")).toEqual({
      organization: "Công đoàn cơ sở",
      title: "cong-doan-vung-manh-xuat-sac",
    });
    expect(collectiveTitle("Đoàn cơ sở vững mạnh")).toEqual({ title: "doan-co-so-vung-manh" });
    expect(collectiveTitle("Liên đội mạnh cấp huyện")).toBeUndefined();
    expect(collectiveTitle("TTLĐTT")).toEqual({ title: "ttldtt", label: "TTLĐTT" });
  });
});

describe("heading totals", () => {
  it("staff", () => {
    expect(readHeadingTotal("Đối với cá nhân (tổng số 42 CB, GV, NV):")).toEqual({
      title: "Đối với cá nhân",
      total: 42,
      unit: "CB, GV, NV",
      staff: true,
    });
    expect(readHeadingTotal("Cá nhân (tổng số 64 CB, GV, NV):")).toMatchObject({ total: 64, staff: true });
    expect(readHeadingTotal("Cá nhân: tổng số 64")).toMatchObject({ title: "Cá nhân", total: 64, staff: true });
    expect(readHeadingTotal("Chỉ tiêu (tổng số: 31 CBGVNV)")).toMatchObject({ total: 31, staff: true });
  });
  it("groups, with a second counted unit", () => {
    expect(readHeadingTotal("Đối với học sinh (tổng số 1.085 học sinh, 27 lớp)")).toEqual({
      title: "Đối với học sinh",
      total: 1085,
      unit: "học sinh",
      second: { count: 27, unit: "lớp" },
      staff: false,
    });
    expect(readHeadingTotal("Đối với học sinh (tổng số 540 học sinh):")).toMatchObject({
      total: 540,
      unit: "học sinh",
      staff: false,
    });
    expect(readHeadingTotal("Mục đích")).toBeUndefined();
  });
});

describe("phase times in every form", () => {
  const at = (text: string) => {
    const t = phaseTime(text);
    return t && [boundOf(t.from.side, 2024), boundOf(t.to.side, 2024)];
  };
  const cases: [string, Bound[]][] = [
    ["Từ ngày khai giảng đến hết ngày 20/11/2024, chào mừng …", ["start", "2024-11-20"]],
    ["Từ tháng 12/2024 đến kết thúc học kỳ I (từ 01/12/2024 đến 15/01/2025).", ["2024-12", "semester1End"]],
    ["Từ đầu học kỳ II đến hết tháng 3/2025", ["semester2Start", "2025-03"]],
    ["Từ tuần học thứ 27 đến kết thúc năm học", [{ week: 27 }, "end"]],
    ["Từ tuần 19 đến hết tuần 35", [{ week: 19 }, { week: 35 }]],
    ["từ tuần thứ 19 đến hết tuần 18", [{ week: 19 }, { week: 18 }]],
    ["tuần 1 đến hết tuần 11", [{ week: 1 }, { week: 11 }]],
    ["Thi đua chào mừng; thời gian: từ 29/8/2024 đến 20/11/2024.", ["2024-08-29", "2024-11-20"]],
    ["Phát động thi đua từ ngày 05/9/2024 đến ngày 20/11/2024, chào mừng", ["2024-09-05", "2024-11-20"]],
    ["Từ 21/11 đến 15/01/2025", ["2024-11-21", "2025-01-15"]],
    ["Từ ngày 21 tháng 11 năm 2024 đến ngày 15 tháng 01 năm 2025", ["2024-11-21", "2025-01-15"]],
    ["Từ đầu năm học đến hết HK I", ["start", "semester1End"]],
    ["Từ học kì II đến cuối năm học", ["semester2Start", "end"]],
    ["Tháng 9/2024 - tháng 11/2024: …", ["2024-09", "2024-11"]],
  ];
  for (const [text, want] of cases) it(text, () => expect(at(text)).toEqual(want));
  it("a theme alone names no time; an anniversary in brackets is no phase time", () => {
    expect(
      phaseTime("Phát động phong trào thi đua chào mừng 42 năm ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024)."),
    ).toBeUndefined();
  });
  it("the days the tool prints beside points", () => {
    const t = phaseTime("Từ tháng 12/2024 đến kết thúc học kỳ I (từ 01/12/2024 đến 15/01/2025).")!;
    expect([boundOf(t.days!.from.side, 2024), boundOf(t.days!.to.side, 2024)]).toEqual(["2024-12-01", "2025-01-15"]);
  });
  it("phase lines, the time in brackets before the colon too", () => {
    expect(readPhaseLine("Đợt 1 (tuần 1 đến hết tuần 11): Thi đua chào mừng ngày 20/11")).toEqual({
      label: "Đợt 1",
      number: 1,
      bracket: "tuần 1 đến hết tuần 11",
      body: "Thi đua chào mừng ngày 20/11",
    });
    expect(readPhaseLine("Đợt thi đua thứ nhất: Từ đầu năm học")).toMatchObject({
      label: "Đợt thi đua thứ nhất",
      body: "Từ đầu năm học",
    });
    expect(readPhaseLine("Đợt thi đua là dịp")).toBeUndefined();
  });
  it("hết học kỳ I is a point; hết tuần 18 is week 18", () => {
    expect(readSide("hết học kỳ I")).toEqual({ kind: "point", point: "semester1End" });
    expect(readSide("hết tuần 18")).toEqual({ kind: "week", week: 18 });
  });
});

describe("document numbers with stray spaces", () => {
  it("read whole and written without them", () => {
    expect(documentNumberAt("05/2024/QĐ- UBND, ngày 29/3/2024")).toBe("05/2024/QĐ- UBND");
    expect(normalizeDocumentNumber("05/2024/QĐ- UBND")).toBe("05/2024/QĐ-UBND");
    expect(normalizeDocumentNumber(documentNumberAt("01/ 2012/KHTĐ–THA5 ngày")!)).toBe("01/2012/KHTĐ-THA5");
    expect(documentNumberAt("98/2023/NĐ-CP ngày 31/12/2023")).toBe("98/2023/NĐ-CP");
    expect(documentNumberAt("888/NV-TĐKT, ngày")).toBe("888/NV-TĐKT");
  });
});

describe("what the tool prints reads back through the same table", () => {
  const plan = checkBytes(readFileSync(EXAMPLE)).plan! as Plan;
  it("every bound phrase of the calendar, weeks, months and days", () => {
    const bounds: Bound[] = [
      "start",
      "semester1End",
      "semester2Start",
      "end",
      { week: 19 },
      "2024-12",
      "2025-03",
      "2024-11-20",
    ];
    for (const bound of bounds)
      for (const role of ["from", "to"] as const) {
        const side = readSide(boundPhrase(bound, role, plan));
        expect(side && boundOf(side, 2024), `${role} ${boundPhrase(bound, role, plan)}`).toEqual(bound);
      }
  });
  it("every target line", () => {
    const t = computeTargets(plan);
    for (const line of t.individual) {
      const read = readTargetLine(line.line)!;
      expect(read, line.line).toBeDefined();
      expect([read.count, read.total]).toEqual([line.count, line.percentText ? line.total : undefined]);
    }
  });
});

describe("the prose rules read through the same grammar", () => {
  const base = readFileSync(EXAMPLE, "utf8");
  const ACTIVITY = "      - Lập danh sách tên sáng kiến để theo dõi.";
  const withProse = (sentence: string): string => edit(base, ACTIVITY, `${ACTIVITY}\n      - '${sentence}'`);
  it("a title in another spelling is checked as the title: “Chiến sỹ thi đua cơ sở … tỉ lệ 40%” of 31 is 35,5%", () => {
    const d = check(withProse("Có 11 đồng chí đạt Chiến sỹ thi đua cơ sở, tỉ lệ 40%.")).filter(
      (x) => x.code === "prose/percent-mismatch",
    );
    expect(d.map((x) => [x.args.ratio, x.args.correct])).toEqual([["11/31", "35,5%"]]);
  });
  it("a phase's week in the “tuần học thứ N” form is checked against its bound", () => {
    const text = edit(
      base,
      "  - from: 2025-04\n    to: end",
      "  - from: { week: 33 }\n    to: end\n    text: Từ tuần học thứ 34 đến kết thúc năm học.",
    );
    expect(
      check(text)
        .filter((x) => x.code === "phases/wording-week")
        .map((x) => [x.args.written, x.args.week]),
    ).toEqual([[34, 33]]);
  });
  it("only the phase's time is its time: “hội giảng từ 18/11 đến 22/11” further in is the theme's", () => {
    const text = edit(
      base,
      "  - from: 2025-04\n    to: end",
      "  - from: 2025-04\n    to: end\n    text: Từ tháng 4/2025 đến kết thúc năm học, thi đua chào mừng ngày " +
        "30/4, tổ chức hội giảng từ 18/11 đến 22/11.",
    );
    expect(check(text).filter((x) => x.code.startsWith("phases/wording"))).toEqual([]);
  });
});

describe("the frame's phrases through the same table", () => {
  it("a căn cứ's date in any of its forms, with its year", () => {
    expect(dayAt("ngày 29/3/2024 của UBND tỉnh")).toEqual({ iso: "2024-03-29", length: 14 });
    expect(dayAt("ngày 19 tháng 8 năm 2024 của phòng")?.iso).toBe("2024-08-19");
    expect(dayAt("ngày 29/3 của")).toBeUndefined();
  });
  it("the school year a document names, the headings that open collective titles and groups", () => {
    expect([schoolYearIn("năm học 2024 - 2025"), schoolYearIn("Năm học 2025–2026"), schoolYearIn("năm 2024")]).toEqual([
      2024,
      2025,
      undefined,
    ]);
    expect(
      ["Đối với tập thể:", "Danh hiệu tập thể", "Đối với học sinh:", "Các lớp", "Mục đích"].map(headingKind),
    ).toEqual(["collective", "collective", "group", "group", undefined]);
  });
});
