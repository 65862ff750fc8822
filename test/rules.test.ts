import { describe, expect, it } from "vitest";
import { RULES } from "../src/core/rules/index.js";
import { codesOf, runRules } from "../src/core/rules/rule.js";
import { load } from "../src/core/load/load.js";
import type { Plan } from "../src/core/plan.js";
import { brief, check, columnOf, edit, exampleText, lineOf } from "./helpers.js";

const base = exampleText();
const ACTIVITY = "      - Lập danh sách tên sáng kiến để theo dõi.";
/** Puts a sentence into the timeline's September list, where any prose would do. */
const withProse = (sentence: string): string =>
  edit(base, ACTIVITY, `${ACTIVITY}\n      - '${sentence.replace(/'/g, "''")}'`);

interface Case {
  name: string;
  text: () => string;
  code: string;
  /** The expected position: the line holding `at`, and the column where `at` starts plus `offset`. */
  at: string;
  offset?: number;
  severity?: "error" | "warning" | "info";
}

const cases: Case[] = [
  {
    name: "date left empty after a roll-over",
    text: () => edit(base, "  date: 2024-09-19", '  date: ""'),
    code: "document/date-placeholder",
    at: '  date: ""',
    offset: 8,
  },
  {
    name: "number with a space",
    text: () => edit(base, "  number: 50a ", "  number: 50 a "),
    code: "document/number-format",
    at: "50 a",
    severity: "error",
  },
  {
    name: "ký hiệu not starting with KH",
    text: () => edit(base, "  code: KH-TrMNNT", "  code: QĐ-TrMNNT"),
    code: "document/type-code",
    at: "QĐ-TrMNNT",
  },
  {
    name: "last recipient not Lưu",
    text: () => edit(base, '  - "Lưu: VT, NT"', "  - Lưu NT"),
    code: "document/recipients-archive",
    at: "Lưu NT",
  },
  {
    name: "section with neither title nor text",
    text: () => edit(base, "  - title: Tổ chức thực hiện\n", "  - body:\n      - x\n  - title: Tổ chức thực hiện\n"),
    code: "structure/section-heading",
    at: "  - body:\n      - x",
    offset: 4,
  },
  {
    name: "sections nested five deep",
    text: () =>
      edit(
        base,
        "          - title: Nội dung thi đua\n",
        "          - title: Nội dung thi đua\n            sections:\n              - title: a\n                " +
          "sections:\n                  - title: b\n",
      ),
    code: "structure/section-depth",
    at: "                  - title: b",
    offset: 20,
  },
  {
    name: "inserted block with no data",
    text: () =>
      edit(
        base,
        "  collective:\n    - title: ttldtt            # Tập thể lao động tiên tiến\n    - title: ttldxs          " +
          "  # Tập thể lao động xuất sắc\n",
        "  collective: []\n",
      ),
    code: "structure/insert-empty",
    at: "insert: targets.collective",
    offset: 8,
    severity: "warning",
  },
  {
    name: "calendar point outside the named year",
    text: () => edit(base, "  end: 2025-05-24", "  end: 2026-05-24"),
    code: "calendar/school-year",
    at: "2026-05-24",
  },
  {
    name: "timeline data never inserted",
    text: () => edit(base, "      - insert: timeline ", "      - Xem bảng. "),
    code: "structure/insert-missing",
    at: "timeline:",
    severity: "warning",
  },
  {
    name: "calendar out of order",
    text: () => edit(base, "  semester2Start: 2025-01-16", "  semester2Start: 2025-01-10"),
    code: "calendar/order",
    at: "2025-01-10",
  },
  {
    name: "plan date long after the year",
    text: () => edit(base, "  date: 2024-09-19", "  date: 2025-09-19"),
    code: "dates/plan-date-outside-year",
    at: "2025-09-19",
  },
  {
    name: "căn cứ dated after the plan",
    text: () => edit(base, "    date: 2024-08-29\n    issuer: phòng", "    date: 2024-09-29\n    issuer: phòng"),
    code: "legal/after-plan",
    at: "2024-09-29",
  },
  {
    name: "căn cứ number year ≠ date year",
    text: () =>
      edit(base, "    date: 2023-12-31\n    issuer: Chính phủ", "    date: 2024-01-05\n    issuer: Chính phủ"),
    code: "legal/number-year",
    at: "2024-01-05",
  },
  {
    name: "structured căn cứ without a date",
    text: () => edit(base, "    number: 888/NV-TĐKT\n    date: 2023-12-15\n", "    number: 888/NV-TĐKT\n"),
    code: "legal/missing-date",
    at: "  - kind: văn bản\n    number: 888",
    offset: 10,
    severity: "warning",
  },
  {
    name: "repealed căn cứ",
    text: () =>
      edit(base, "    number: 98/2023/NĐ-CP\n    date: 2023-12-31", "    number: 91/2017/NĐ-CP\n    date: 2017-07-31"),
    code: "legal/repealed",
    at: "91/2017/NĐ-CP",
  },
  {
    name: "căn cứ probably replaced (TT 01/2024 → TT 15/2025, likely: a warning)",
    text: () => edit(base, "  date: 2024-09-19", "  date: 2025-09-19"),
    code: "legal/replaced-likely",
    at: "01/2024/TT-BNV",
    severity: "warning",
  },
  {
    name: "activity tied to a missing phase",
    text: () => edit(base, "      - phase: 4\n", "      - phase: 9\n"),
    code: "structure/phase-ref",
    at: "phase: 9",
    offset: 7,
  },
  {
    name: "phase ends before it starts",
    text: () => edit(base, "  - from: 2025-04\n    to: end", "  - from: 2025-04\n    to: 2025-03-30"),
    code: "phases/reversed",
    at: "to: 2025-03-30",
    offset: 4,
  },
  {
    name: "phase outside the school year",
    text: () => edit(base, "  - from: 2025-04\n    to: end", "  - from: 2025-04\n    to: 2025-06-30"),
    code: "phases/outside-year",
    at: "to: 2025-06-30",
    offset: 4,
  },
  {
    name: "week beyond the school year",
    text: () => edit(base, "  - from: 2025-04\n    to: end", "  - from: 2025-04\n    to: { week: 45 }"),
    code: "phases/week-outside-year",
    at: "45 }",
  },
  {
    name: "phase wording names another end date",
    text: () =>
      edit(
        base,
        "    from: start\n    to: 2024-11-20",
        "    text: Từ ngày khai giảng đến hết ngày 19/11/2024.\n    from: start\n    to: 2024-11-20",
      ),
    code: "phases/wording-date",
    at: "19/11/2024.",
  },
  {
    name: "phase wording names another week",
    text: () =>
      edit(
        base,
        "  - from: 2025-04\n    to: end",
        "  - from: { week: 33 }\n    to: end\n    text: Từ tuần 34 đến kết thúc năm học.",
      ),
    code: "phases/wording-week",
    at: "34 đến",
  },
  {
    name: "unknown placeholder in a phase's wording",
    text: () =>
      edit(
        base,
        "    from: start\n    to: 2024-11-20",
        "    text: Từ ngày khai giảng đến hết ngày {den}.\n    from: start\n    to: 2024-11-20",
      ),
    code: "phases/unknown-placeholder",
    at: "{den}",
  },
  {
    name: "insert of a target group that does not exist",
    text: () =>
      edit(
        base,
        "            body:\n              - insert: targets.collective\n",
        "            body:\n              - insert: targets.collective\n              - insert: targets.hoc-sinh\n",
      ),
    code: "structure/unknown-group",
    at: "targets.hoc-sinh",
  },
  {
    name: "parts of a target above the target",
    text: () => edit(base, "      count: 30", "      count: 30\n      including:\n        - { count: 31, name: nữ }"),
    code: "targets/subcount-exceeds",
    at: "including:",
  },
  {
    name: "percentage asked for without a total",
    text: () =>
      edit(
        base,
        "  collective:\n    - title: ttldtt",
        "  groups:\n    - id: tre\n      title: Đối với trẻ\n      targets:\n        - name: Bé ngoan\n          " +
          "count: 100\n          percent: true\n  collective:\n    - title: ttldtt",
      ),
    code: "targets/percent-without-total",
    at: "count: 100",
    offset: 7,
  },
  {
    name: "format 1 file using a format 2 field",
    text: () =>
      edit(
        base,
        "  - from: 2025-04\n    to: end",
        "  - from: 2025-04\n    to: end\n    text: Từ tháng 4 đến kết thúc năm học.",
      ),
    code: "format/version",
    at: "formatVersion: 1",
    offset: 15,
    severity: "warning",
  },
  {
    name: "a placeholder of plan init left unfilled",
    text: () => edit(base, "  name: Nguyễn Thị Nhàn", '  name: "…"'),
    code: "text/placeholder",
    at: '"…"',
  },
  {
    name: "overlapping phases",
    text: () => edit(base, "  - from: 2024-12 ", "  - from: 2024-11 "),
    code: "phases/overlap",
    at: "2024-11 ",
  },
  {
    name: "uncovered stretch (the seed's own)",
    text: () => base,
    code: "phases/gap",
    at: "    to: 2024-11-20",
    offset: 8,
    severity: "warning",
  },
  {
    name: "timeline months out of order",
    text: () => edit(base, "  - month: 10\n", "  - month: 3\n"),
    code: "timeline/order",
    at: "  - month: 3\n",
    offset: 11,
  },
  {
    name: "timeline month twice",
    text: () => edit(base, "  - month: 10\n", "  - month: 9\n"),
    code: "timeline/duplicate-month",
    at: "  - month: 9\n    activities:\n      - Phát động thi đua chào mừng kỷ niệm ngày",
    offset: 11,
  },
  {
    name: "timeline month outside the year",
    text: () => edit(edit(base, "  - month: 8\n", "  - month: 7\n"), "  end: 2025-05-24", "  end: 2025-05-24"),
    code: "timeline/outside-year",
    at: "  - month: 7\n",
    offset: 11,
  },
  {
    name: "activity tied to a phase in another month",
    text: () => edit(base, "      - phase: 4\n", "      - phase: 1\n"),
    code: "timeline/phase-mismatch",
    at: "      - phase: 1\n      - Tổ chức xét tặng",
    offset: 15,
  },
  {
    name: "target with both id and name",
    text: () => edit(base, "    - title: ttldxs ", "    - title: ttldxs\n      name: X "),
    code: "structure/target-name",
    at: "    - title: ttldxs\n      name",
    offset: 6,
  },
  {
    name: "count above the staff total",
    text: () => edit(base, "      count: 30", "      count: 32"),
    code: "targets/count-exceeds-total",
    at: "count: 32",
    offset: 7,
  },
  {
    name: "more CSTĐCS than LĐTT",
    text: () =>
      edit(base, "      count: 11", "      count: 29\n      of: 31").replace("      count: 30", "      count: 28"),
    code: "targets/cstdcs-exceeds-ldtt",
    at: "count: 29",
    offset: 7,
  },
  {
    name: "TTLĐTT with under 70% LĐTT",
    text: () => edit(edit(base, "      count: 30", "      count: 21"), "      count: 11", "      count: 5"),
    code: "targets/ttldtt-threshold",
    at: "    - title: ttldtt",
    offset: 13,
  },
  {
    name: "TTLĐXS with no CSTĐCS",
    text: () => edit(base, "      count: 11", "      count: 0"),
    code: "targets/ttldxs-threshold",
    at: "    - title: ttldxs",
    offset: 13,
  },
  {
    name: "a tổ's collective title without its own numbers",
    text: () =>
      edit(
        base,
        "    - title: ttldtt            # Tập thể lao động tiên tiến",
        "    - title: ttldtt            # Tập thể lao động tiên tiến\n      organization: Tổ chuyên môn",
      ),
    code: "targets/collective-unchecked",
    at: "    - title: ttldtt",
    offset: 13,
    severity: "info",
  },
  {
    name: "a collective's LĐTT above its members",
    text: () =>
      edit(
        base,
        "    - title: ttldtt            # Tập thể lao động tiên tiến",
        "    - title: ttldtt            # Tập thể lao động tiên tiến\n      organization: Tổ Nuôi dưỡng\n      " +
          "members: 8\n      ldtt: 9",
      ),
    code: "targets/collective-count-exceeds",
    at: "ldtt: 9",
    offset: 6,
  },
  {
    name: "a heading's total unit without its total",
    text: () =>
      edit(
        base,
        "  collective:\n    - title: ttldtt",
        "  groups:\n    - id: tre\n      title: Đối với trẻ\n      totalUnit: trẻ\n      targets:\n        - " +
          "name: Bé ngoan\n          count: 100\n  collective:\n    - title: ttldtt",
      ),
    code: "targets/unit-without-total",
    at: "totalUnit: trẻ",
    offset: 11,
    severity: "warning",
  },
  {
    name: "a month typed as a row's label",
    text: () => edit(base, "  - month: 8\n", "  - label: Tháng 08/2024\n"),
    code: "timeline/month-label",
    at: "Tháng 08/2024",
    severity: "warning",
  },
  {
    name: "local CSTĐCS cap (opt-in)",
    text: () => `${base}\npolicy:\n  cstdcsMaxPercentOfLdtt: 28\n  source: CV 123/PGDĐT\n`,
    code: "targets/local-cstdcs-cap",
    at: "      count: 11",
    offset: 13,
    severity: "warning",
  },
  {
    name: "local non-leader share (opt-in)",
    text: () =>
      `${edit(base, "      count: 6", "      count: 6\n      nonLeaders: 2")}\npolicy:\n  minNonLeaderPercent: 50\n`,
    code: "targets/local-non-leader",
    at: "nonLeaders: 2",
    offset: 12,
    severity: "warning",
  },
  {
    name: "wrong percentage in prose",
    text: () => withProse("Lao động tiên tiến: 30/31 đạt 97 %"),
    code: "prose/percent-mismatch",
    at: "97 %",
  },
  {
    name: "percentage over 100",
    text: () => withProse("Tỉ lệ chuyên cần đạt 120%."),
    code: "prose/percent-over-100",
    at: "120%",
  },
  {
    name: "wrong dated anniversary",
    text: () =>
      withProse("Kỷ niệm 76 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023)."),
    code: "prose/anniversary-mismatch",
    at: "76 năm",
  },
  {
    name: "wrong catalogue anniversary",
    text: () => withProse("Chào mừng kỷ niệm 43 năm ngày Nhà giáo Việt Nam 20/11."),
    code: "prose/anniversary-catalogue",
    at: "43 năm",
  },
  {
    name: "a section number typed into a title (prints “I. I. MỤC ĐÍCH”)",
    text: () => edit(base, "  - title: Mục đích, yêu cầu", "  - title: I. Mục đích, yêu cầu"),
    code: "structure/typed-numbering",
    at: "I. Mục đích",
    severity: "error",
  },
  {
    name: "the subject names last year's school year",
    text: () =>
      edit(
        base,
        "  subject: Thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025",
        "  subject: Thực hiện công tác thi đua, khen thưởng năm học 2023 - 2024",
      ),
    code: "prose/school-year",
    at: "năm học 2023 - 2024",
    severity: "error",
  },
  {
    name: "anniversary dates on different days",
    text: () => withProse("Kỷ niệm 75 năm thành lập Đảng bộ tỉnh (10/10/1949 - 11/10/2024)."),
    code: "prose/anniversary-dates",
    at: "75 năm thành lập Đảng bộ tỉnh (10/10/1949 - 11",
    severity: "warning",
  },
];

describe("every domain rule has a failing fixture", () => {
  const covered = new Set(cases.map((c) => c.code));
  it("covers every code the registry can report", () => {
    const all = RULES.flatMap(codesOf);
    expect(all.filter((c) => !covered.has(c))).toEqual([]);
  });
  for (const c of cases) {
    it(`${c.name} → ${c.code}`, () => {
      const text = c.text();
      const found = check(text).filter((d) => d.code === c.code);
      expect(found, brief(check(text)).join(", ")).toHaveLength(1);
      const d = found[0]!;
      expect(`${d.range.start.line}:${d.range.start.column}`).toBe(
        `${lineOf(text, c.at)}:${columnOf(text, c.at) + (c.offset ?? 0)}`,
      );
      if (c.severity) expect(d.severity).toBe(c.severity);
    });
  }
});

describe("a rule reports only the codes its metadata declares", () => {
  // The README and plan fix read the metadata: a code reported but not declared would be undocumented.
  for (const c of cases) {
    it(c.name, () => {
      const loaded = load(c.text());
      const plan = loaded.data as Plan;
      plan.targets.individual ??= [];
      const stray = RULES.flatMap((rule) =>
        runRules([rule], plan, loaded.positions)
          .filter((d) => !codesOf(rule).includes(d.code))
          .map((d) => `${rule.meta.id}: ${d.code}`),
      );
      expect(stray).toEqual([]);
    });
  }
});

describe("the passing side", () => {
  it("the seed example raises only its real finding: the ten days after 20/11/2024 in no phase", () => {
    const d = check(base);
    expect(d.map((x) => [x.code, x.severity, x.args.from, x.args.to, x.args.days])).toEqual([
      ["phases/gap", "warning", "21/11/2024", "30/11/2024", 10],
    ]);
  });
  it("correct percentages and anniversaries in prose raise nothing", () => {
    const text = withProse(
      "Lao động tiên tiến: 30/31 đạt 96,8%; CSTĐCS: 11/31 (35,48%); 31/31 đạt 100%; kỷ niệm 75 năm Lời kêu gọi " +
        "thi đua ái quốc (11/6/1948 - 11/6/2023); 42 năm ngày Nhà giáo Việt Nam.",
    );
    expect(check(text).map((d) => d.code)).toEqual(["phases/gap"]);
  });
  it("dates like 20/11/2024 are not ratios", () => {
    expect(check(withProse("Ngày 20/11/2024 đạt 100% chỉ tiêu; tháng 12/2024 đạt 50%.")).map((d) => d.code)).toEqual([
      "phases/gap",
    ]);
  });
  it("a count of a title is checked against the staff total ('34 … tỉ lệ 54,6%' of 57 is 59,6%)", () => {
    const text = edit(
      withProse("Có 34 đồng chí đạt Lao động tiên tiến, tỉ lệ 54,6%."),
      "  staffTotal: 31",
      "  staffTotal: 57",
    );
    const d = check(text).filter((x) => x.code === "prose/percent-mismatch");
    expect(d.map((x) => [x.args.ratio, x.args.correct])).toEqual([["34/57", "59,6%"]]);
  });
  it(
    "the titles' spelling variants and abbreviations are read as the titles (sĩ/sỹ, LĐTT, CSTĐCS, CSTĐ cơ sở, " + "GK)",
    () => {
      const written = [
        "Có 11 đồng chí đạt Chiến sỹ thi đua cơ sở, tỉ lệ 40%.",
        "Có 30 đồng chí đạt LĐTT, tỷ lệ 90%.",
        "Có 11 đồng chí đạt CSTĐCS, tỉ lệ 40%.",
        "Có 11 đồng chí đạt CSTĐ cơ sở, tỉ lệ 40%.",
        "Có 6 đồng chí được tặng GK, tỉ lệ 25%.",
      ];
      for (const sentence of written) {
        const d = check(withProse(sentence)).filter((x) => x.code === "prose/percent-mismatch");
        expect(d.length, sentence).toBe(1);
      }
      // The right percentage raises nothing, however the title is spelled.
      expect(check(withProse("Có 11 đồng chí đạt Chiến sỹ thi đua cơ sở, tỉ lệ 35,5%.")).map((x) => x.code)).toEqual([
        "phases/gap",
      ]);
      // "GK" only as a word: "GKII" names no title.
      expect(check(withProse("Có 6 đề GKII, tỉ lệ 25%.")).map((x) => x.code)).toEqual(["phases/gap"]);
    },
  );
  it("the rounding set in the plan decides what is correct", () => {
    const text = edit(
      withProse("CSTĐCS: 11/31 đạt 35,4%"),
      "  rounding: { decimals: 1, mode: half-up }",
      "  rounding: { decimals: 1, mode: down }",
    );
    expect(check(text).map((d) => d.code)).toEqual(["phases/gap"]);
  });
  it("an unconfirmed base year (8/3) is never reported", () => {
    expect(check(withProse("Kỷ niệm 114 năm ngày Quốc tế Phụ nữ 8/3.")).map((d) => d.code)).toEqual(["phases/gap"]);
  });
  it("TT 21/2020 in a 2024 plan: TT 29/2023 named as its probable successor, in a warning", () => {
    const text = edit(
      base,
      "    number: 29/2023/TT-BGDĐT\n    date: 2023-12-29",
      "    number: 21/2020/TT-BGDĐT\n    date: 2020-07-31",
    );
    const found = check(text).filter((d) => d.code.startsWith("legal/re"));
    expect(found.map((d) => [d.code, d.severity, d.args.replacement])).toEqual([
      ["legal/replaced-likely", "warning", "Thông tư 29/2023/TT-BGDĐT"],
    ]);
  });
  it("NĐ 98/2023 is fine for a 2024 plan but flagged from 01/07/2025", () => {
    let text = edit(base, "  date: 2024-09-19", "  date: 2025-07-15");
    text = text.replace("schoolYear: 2024-2025", "schoolYear: 2025-2026");
    const repealed = check(text).filter((d) => d.code === "legal/repealed");
    expect(repealed.map((d) => d.args.replacement)).toEqual(["Nghị định 152/2025/NĐ-CP"]);
  });
});

describe("a phase's theme may name other dates", () => {
  it("“hội giảng từ 18/11 đến 20/11” in a theme is not checked against the phase's bounds", () => {
    const text = edit(
      base,
      "  - theme: Phát động phong trào thi đua lập thành tích",
      "  - theme: Hội giảng từ 18/11 đến 20/11, phát động phong trào thi đua lập thành tích",
    );
    expect(check(text).filter((d) => d.code.startsWith("phases/wording"))).toEqual([]);
  });
});
