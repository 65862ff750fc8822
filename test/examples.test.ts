// The format holds plans of every kind (issue 10): each example validates, renders word for word as its
// text fixture (written from the plan as it should read, then checked against the render), and its
// numbers (groups, units, school weeks) come out of `plan stats`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stats } from "../src/core/compute/stats.js";
import { checkBytes } from "../src/core/index.js";
import type { Plan } from "../src/core/plan.js";
import { renderDocx } from "../src/core/render/docx/document.js";
import { renderIcs } from "../src/core/render/ics.js";
import { layout } from "../src/core/render/layout.js";
import { layoutToText } from "../src/core/render/text.js";
import { ROOT } from "./helpers.js";
import { paragraphs, unzip } from "./zip.js";

// Results files (kind: results, *-ket-qua.yaml) sit beside their plans; test/results.test.ts checks them.
const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml") && !f.endsWith("-ket-qua.yaml"));
const planOf = (name: string): Plan => {
  const checked = checkBytes(readFileSync(join(ROOT, "examples", `${name}.yaml`)));
  if (!checked.plan) throw new Error(JSON.stringify(checked.diagnostics));
  return checked.plan;
};
const FIXTURED = [
  "lam-hong-thpt-2026-2027",
  "le-quy-don-thcs-2025-2026",
  "phong-gddt-dien-bien-2024-2025",
  "thanh-binh-tieu-hoc-2025-2026",
];

describe("every example is a valid plan", () => {
  it("there are six, of five kinds of issuer", () => {
    expect(examples).toHaveLength(6);
    expect(new Set(examples.map((e) => planOf(e.replace(/\.yaml$/, "")).level))).toEqual(
      new Set(["mam-non", "tieu-hoc", "thcs", "thpt", "khac"]),
    );
  });
  for (const file of examples) {
    it(`${file} has no errors`, () => {
      const checked = checkBytes(readFileSync(join(ROOT, "examples", file)));
      expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    });
  }
  it("the THPT plan, which states every shape of issue 22 directly, validates clean: no error, no note", () => {
    // Its one warning is the catalogue's own: TT 29/2023/TT-BGDĐT is likely replaced by TT 07/2026 from
    // 02/4/2026 (hoso-research.md marks it likely, so it is a warning naming the successor, never an error).
    expect(
      checkBytes(readFileSync(join(ROOT, "examples/lam-hong-thpt-2026-2027.yaml"))).diagnostics.map(
        (d) => `${d.code}@${d.range.start.line}`,
      ),
    ).toEqual(["legal/replaced-likely@28"]);
  });
});

describe("the new examples render as their text fixtures", () => {
  for (const name of FIXTURED) {
    it(`${name}: render --text equals the fixture, line for line`, () => {
      const expected = readFileSync(join(ROOT, "test/fixtures/expected", `${name}.txt`), "utf8");
      expect(layoutToText(layout(planOf(name))).split("\n")).toEqual(expected.split("\n"));
    });
    it(`${name}: the DOCX holds the same paragraphs in the same order`, async () => {
      const plan = planOf(name);
      const docx = paragraphs(unzip(await renderDocx(plan)).get("word/document.xml")!)
        .map((p) => p.text)
        .filter(Boolean);
      const body = layout(plan).body.flatMap((b) =>
        b.type === "timeline"
          ? b.rows.flatMap((r) => [r.label, ...r.items.map((i) => `- ${i}`)].filter(Boolean))
          : [
              b.type === "bullet"
                ? `${b.level === 1 ? "-" : "+"} ${b.text}`
                : b.type === "paragraph"
                  ? b.text
                  : `${b.number} ${b.text}`,
            ],
      );
      let at = 0;
      for (const line of body) {
        const found = docx.indexOf(line, at);
        expect(found, line).toBeGreaterThanOrEqual(at);
        at = found + 1;
      }
    });
  }
});

describe("THCS: weeks, wording, counts, organisations, student groups", () => {
  const plan = planOf("le-quy-don-thcs-2025-2026");
  const s = stats(plan);
  it("counts 36 school weeks: week 1 from 08/9/2025, the Tết week not numbered", () => {
    expect(s.schoolWeeks).toBe(36);
    expect(s.phases.map((p) => [p.from, p.to, p.firstWeek, p.lastWeek])).toEqual([
      ["2025-09-05", "2025-11-22", null, 11],
      ["2025-11-24", "2026-01-11", 12, 18],
      ["2026-01-12", "2026-05-23", 19, 36],
    ]);
  });
  it("a phase ending on Saturday and the next starting on Monday leave no gap", () => {
    expect(s.uncovered).toEqual([]);
  });
  it("counts without %, the issuer of Giấy khen printed, units per group", () => {
    expect(s.individual.map((t) => t.line)).toEqual([
      "Lao động tiên tiến: 44 đồng chí.",
      "Chiến sĩ thi đua cơ sở: 8 đồng chí.",
      "Giấy khen của Chủ tịch UBND phường: 6 đồng chí.",
    ]);
    expect(s.groups.map((g) => g.heading)).toEqual([
      "Đối với học sinh (tổng số 540 học sinh)",
      "Đối với lớp (tổng số 14 lớp)",
    ]);
    expect(s.groups[0]!.targets.map((t) => [t.count, t.total, t.unit, t.percentText])).toEqual([
      [12, 540, "giải", null],
      [180, 540, "em", "33,3%"],
      [126, 128, "em", "98,4%"],
      [150, 540, "em", null],
    ]);
    expect(s.groups[0]!.targets[0]!.line).toBe("Học sinh giỏi cấp tỉnh: 12 giải, trong đó ít nhất 2 giải Nhì.");
  });
  it("collective titles per organisation", () => {
    expect(s.collective.map((c) => c.label)).toEqual([
      "Nhà trường: Tập thể lao động xuất sắc",
      "Công đoàn cơ sở: vững mạnh",
      "Chi đoàn: vững mạnh",
      "Liên đội: mạnh",
      "Chi bộ: trong sạch vững mạnh",
    ]);
    expect(s.collective[0]!.met).toBe(true);
  });
  it("an activity tied to two phases counts in both", () => {
    const sokết = (n: number): string[] =>
      s.phases[n]!.activities.map((a) => a.text).filter((t) => t.startsWith("Sơ kết Đợt 1"));
    expect(sokết(0)).toHaveLength(1);
    expect(sokết(1)).toHaveLength(1);
  });
  it("the calendar file has the phases and every month row", () => {
    const ics = renderIcs(plan);
    expect(ics.match(/CATEGORIES:Đợt thi đua/g)).toHaveLength(3);
    expect(ics).toContain("DTSTART;VALUE=DATE:20260112");
  });
});

describe("Phòng GD&ĐT: targets counted in schools, totals over a thousand", () => {
  const s = stats(planOf("phong-gddt-dien-bien-2024-2025"));
  it("groups in schools and in people, percentages only where asked", () => {
    expect(s.groups.map((g) => [g.heading, g.targets.length])).toEqual([
      ["Đối với các nhà trường (tổng số 52 trường)", 4],
      ["Đối với cán bộ quản lý, giáo viên, nhân viên các trường (tổng số 1.460 người)", 4],
    ]);
    expect(s.groups[0]!.targets.map((t) => t.line)).toEqual([
      "Trường đạt danh hiệu Tập thể lao động xuất sắc: 15/52 trường đạt 28,8%.",
      "Trường đạt danh hiệu Tập thể lao động tiên tiến: 35/52 trường đạt 67,3%.",
      "Trường được công nhận đạt chuẩn quốc gia: 38/52 trường đạt 73,1%.",
      "Trường được tặng Cờ thi đua của UBND tỉnh: 1 trường.",
    ]);
    expect(s.groups[1]!.targets[0]!.line).toBe("Lao động tiên tiến: 1.320/1.460 đạt 90,4%.");
  });
});

describe("Tiểu học: no closing sentence, the month table after numbered items", () => {
  const plan = planOf("thanh-binh-tieu-hoc-2025-2026");
  const l = layout(plan);
  it("'./.' ends the last paragraph; there is no closing line", () => {
    expect(l.closing).toBeUndefined();
    const last = l.body[l.body.length - 1]!;
    expect(last.type === "paragraph" && last.text).toBe(
      "Trong quá trình thực hiện, nếu có vướng mắc, các tổ báo cáo Hiệu trưởng để điều chỉnh kịp thời./.",
    );
  });
  it("the table comes after items 1., 2., 3. of section III, with the plan's own row labels", () => {
    const kinds = l.body.slice(-5).map((b) => (b.type === "heading" ? b.number : b.type));
    expect(kinds).toEqual(["3.", "paragraph", "paragraph", "timeline", "paragraph"]);
    const table = l.body.find((b) => b.type === "timeline")!;
    expect(table.type === "timeline" && table.rows.map((r) => r.label)).toEqual([
      "Thường xuyên",
      "Tháng 9/2025",
      "Tháng 11/2025",
      "Tháng 1/2026",
      "Tháng 5/2026",
    ]);
  });
  it("when the content ends with the table, './.' stands on its own line", () => {
    const without = structuredClone(plan);
    without.sections[2]!.after!.pop();
    const body = layout(without).body;
    expect(body[body.length - 1]).toEqual({ type: "paragraph", text: "./." });
  });
});
