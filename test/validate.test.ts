import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brief, check, columnOf, edit, EXAMPLE_TH, exampleText, lineOf } from "./helpers.js";

describe("the bundled examples", () => {
  it("the Nam Thanh plan has no errors", () => {
    const errors = check(exampleText()).filter((d) => d.severity === "error");
    expect(brief(errors)).toEqual([]);
  });
  it("the tiểu học plan has no errors", () => {
    const errors = check(readFileSync(EXAMPLE_TH, "utf8")).filter((d) => d.severity === "error");
    expect(brief(errors)).toEqual([]);
  });
});

/** Copies of the example damaged the usual ways; each must name the right line and column. */
describe("damaged copies of the example", () => {
  const base = exampleText();
  // `at` anchors the expected line; the column is `column`, or where `at` starts plus `offset`.
  const cases: {
    name: string;
    from: string;
    to: string;
    code: string;
    at: string;
    column?: number;
    offset?: number;
  }[] = [
    {
      name: "unterminated quote",
      from: "  subject: Thực hiện",
      to: '  subject: "Thực hiện',
      code: "yaml/syntax",
      at: '  subject: "Thực',
      column: 12,
    },
    {
      name: "tab indentation",
      from: "  issuingBody:",
      to: "\tissuingBody:",
      code: "yaml/tab",
      at: "\tissuingBody",
      column: 1,
    },
    {
      name: "duplicate key",
      from: "  code: KH-TrMNNT",
      to: "  code: KH-TrMNNT\n  code: KH-X",
      code: "yaml/duplicate-key",
      at: "  code: KH-X",
      column: 3,
    },
    {
      name: "unknown key",
      from: "  place: Nam Thanh",
      to: "  plase: Nam Thanh",
      code: "schema/unknown-property",
      at: "  plase:",
      column: 3,
    },
    {
      name: "text where a number belongs",
      from: "  staffTotal: 31",
      to: "  staffTotal: ba mươi mốt",
      code: "schema/type",
      at: "ba mươi mốt",
    },
    {
      name: "2025-02-30 as a date",
      from: "  date: 2024-09-19",
      to: "  date: 2025-02-30",
      code: "schema/format",
      at: "2025-02-30",
    },
    {
      name: "colon at the end of a plain line",
      from:
        'intro: "Trường Mầm non Nam Thanh xây dựng Kế hoạch thực hiện công tác thi đua, khen thưởng năm học ' +
        '2024-2025, cụ thể như sau:"',
      to:
        "intro: Trường Mầm non Nam Thanh xây dựng Kế hoạch thực hiện công tác thi đua, khen thưởng năm học " +
        "2024-2025, cụ thể như sau:",
      code: "yaml/colon-in-text",
      at: "intro: Trường",
      column: 8,
    },
    {
      name: "misspelled enum value",
      from: "  - title: ldtt ",
      to: "  - title: lddt ",
      code: "schema/enum",
      at: "lddt",
    },
    {
      name: "misspelled calendar point",
      from: "    to: semester1End ",
      to: "    to: semster1End ",
      code: "schema/enum",
      at: "semster1End",
    },
    {
      name: "negative count",
      from: "      count: 30",
      to: "      count: -3",
      code: "schema/minimum",
      at: "count: -3",
      offset: 7,
    },
    { name: "fractional count", from: "      count: 30", to: "      count: 30.5", code: "schema/type", at: "30.5" },
    {
      name: "empty required text",
      from: "  name: Nguyễn Thị Nhàn",
      to: '  name: ""',
      code: "schema/min-length",
      at: 'name: ""',
      offset: 6,
    },
    { name: "month out of range", from: "  - month: 8\n", to: "  - month: 13\n", code: "schema/maximum", at: "13\n" },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.code} at its line`, () => {
      const text = edit(base, c.from, c.to);
      const diagnostics = check(text).filter((d) => d.severity === "error");
      const line = lineOf(text, c.at);
      const column = c.column ?? columnOf(text, c.at) + (c.offset ?? 0);
      expect(brief(diagnostics)).toEqual([`${c.code}@${line}:${column}`]);
    });
  }
});

describe("schema diagnostics", () => {
  const base = exampleText();
  it("suggests the key that was meant and does not also report it missing", () => {
    const d = check(edit(base, "  place: Nam Thanh", "  plase: Nam Thanh"));
    expect(d).toHaveLength(1);
    expect(d[0]!.args).toMatchObject({ property: "plase", suggestion: "place" });
    expect(d[0]!.path).toEqual(["document", "plase"]);
  });
  it("names the field by its Vietnamese title and quotes the value", () => {
    const [d] = check(edit(base, "  staffTotal: 31", "  staffTotal: ba mươi mốt"));
    expect(d!.args.field).toContain("Tổng số cán bộ, giáo viên, nhân viên");
    expect(d!.args.value).toBe("ba mươi mốt");
  });
  it("reports a missing required field at the key of its parent", () => {
    const text = edit(base, "  place: Nam Thanh                        # địa danh\n", "");
    const d = check(text);
    expect(brief(d)).toEqual([`schema/required@${lineOf(text, "document:")}:1`]);
    expect(d[0]!.args.property).toBe("place");
  });
  it("collapses anyOf noise to the alternative that was meant", () => {
    const text = edit(base, "      - insert: timeline", "      - insrt: timeline");
    const d = check(text);
    expect(d.map((x) => [x.code, x.args.suggestion])).toEqual([["schema/unknown-property", "insert"]]);
  });
  it("a value no alternative accepts gets one type error", () => {
    const text = edit(base, "      - Lập danh sách tên sáng kiến để theo dõi.", "      - [1, 2]");
    expect(check(text).map((d) => d.code)).toEqual(["schema/type"]);
  });
  it("an impossible bound that is not a date, a month or a calendar point says what is accepted", () => {
    const text = edit(base, "    to: semester1End ", "    to: cuối kỳ ");
    const d = check(text);
    expect(d.map((x) => x.code)).toEqual(["schema/any-of"]);
    expect(d[0]!.range.start.line).toBe(lineOf(text, "cuối kỳ"));
  });
  it("reports every independent problem once", () => {
    let text = edit(base, "  staffTotal: 31", "  staffTotal: x");
    text = edit(text, "  date: 2024-09-19", "  date: 2024-13-01");
    text = edit(text, "  name: Nguyễn Thị Nhàn", "  nam: Nguyễn Thị Nhàn");
    expect(
      check(text)
        .map((d) => d.code)
        .sort(),
    ).toEqual(["schema/format", "schema/type", "schema/unknown-property"]);
  });
});

describe("YAML problems", () => {
  it("an empty file and a comments-only file are empty plans", () => {
    expect(check("").map((d) => d.code)).toEqual(["plan/empty"]);
    expect(check("# ghi chú\n").map((d) => d.code)).toEqual(["plan/empty"]);
  });
  it("a list or a scalar at the root is not a plan", () => {
    expect(check("- a\n").map((d) => d.code)).toEqual(["plan/not-a-mapping"]);
    expect(check("xin chào\n").map((d) => d.code)).toEqual(["plan/not-a-mapping"]);
  });
  it("one tab gives one diagnostic, not a cascade", () => {
    const text = edit(exampleText(), "  issuingBody:", "\tissuingBody:");
    expect(check(text)).toHaveLength(1);
  });
  it("every duplicate key is reported", () => {
    expect(brief(check("a: 1\na: 2\nb: 1\nb: 2\n"))).toEqual(["yaml/duplicate-key@2:1", "yaml/duplicate-key@4:1"]);
  });
  it("nesting beyond the limit is one limits/depth error, in flow or block style, without a crash", () => {
    const flow = `sections: ${"[{sections: ".repeat(3000)}[]${"}]".repeat(3000)}\n`;
    expect(check(flow).map((d) => d.code)).toEqual(["limits/depth"]);
    const brackets = `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`;
    expect(check(brackets).map((d) => d.code)).toEqual(["limits/depth"]);
  });
  it("several documents in one file", () => {
    expect(check("a: 1\n---\nb: 2\n").map((d) => d.code)).toEqual(["yaml/multiple-documents"]);
  });
});
