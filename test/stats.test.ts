import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stats } from "../src/core/compute/stats.js";
import { checkBytes } from "../src/core/index.js";
import { cli, edit, EXAMPLE, EXAMPLE_TH, runCli } from "./helpers.js";

const seed = stats(checkBytes(readFileSync(EXAMPLE)).plan!);

describe("stats of the seed plan, number by number", () => {
  it("individual targets at the default rounding (one decimal, half-up)", () => {
    expect(seed.individual.map((t) => [t.label, t.count, t.total, t.percent, t.percentText])).toEqual([
      ["Lao động tiên tiến", 30, 31, 96.8, "96,8%"],
      ["CSTĐCS", 11, 31, 35.5, "35,5%"],
      ["UBND thành phố tặng giấy khen", 6, 31, 19.4, "19,4%"],
    ]);
  });
  it("collective titles and their preconditions", () => {
    expect(seed.collective.map((c) => [c.id, c.met, c.conditions.length])).toEqual([
      ["ttldtt", true, 1],
      ["ttldxs", true, 2],
    ]);
  });
  it("the four phases with real dates, lengths and activities", () => {
    expect(seed.phases.map((p) => [p.name, p.from, p.to, p.days, p.weeks, p.activities.length])).toEqual([
      ["Đợt 1", "2024-08-29", "2024-11-20", 84, 12, 13],
      ["Đợt 2", "2024-12-01", "2025-01-15", 46, 6.6, 9],
      ["Đợt 3", "2025-01-16", "2025-03-31", 75, 10.7, 8],
      ["Đợt 4", "2025-04-01", "2025-05-24", 54, 7.7, 5],
    ]);
    expect(seed.phases[1]!.range).toBe("Từ tháng 12/2024 đến kết thúc học kỳ I");
    expect(seed.phases[2]!.range).toBe("Từ đầu học kỳ II đến hết tháng 3/2025");
  });
  it("the stretch no phase covers, and no overlaps", () => {
    expect(seed.uncovered).toEqual([{ from: "2024-11-21", to: "2024-11-30", days: 10 }]);
    expect(seed.overlaps).toEqual([]);
    expect(seed.monthsOutsideYear).toEqual([]);
  });
  it("anniversaries with the ordinal of the date in the school year", () => {
    const byDate = Object.fromEntries(seed.anniversaries.map((a) => [`${a.date} ${a.occasion}`, a.ordinal]));
    expect(byDate["2024-11-20 Ngày Nhà giáo Việt Nam"]).toBe(42);
    expect(byDate["2024-10-10 thành lập Đảng bộ tỉnh Điện Biên"]).toBe(75);
    expect(byDate["2024-06-28 thành lập tỉnh"]).toBe(115);
    expect(byDate["2024-12-22 Ngày thành lập Quân đội nhân dân Việt Nam"]).toBe(80);
    expect(byDate["2025-03-26 Ngày thành lập Đoàn TNCS Hồ Chí Minh"]).toBe(94);
    expect(seed.anniversaries.filter((a) => a.date === "2024-11-20")).toHaveLength(1);
  });
});

describe("plan stats (built CLI)", () => {
  it("table output holds the done-when numbers", async () => {
    const r = await runCli(["stats", EXAMPLE]);
    expect(r.status).toBe(0);
    for (const s of ["30/31", "96,8%", "11/31", "35,5%", "6/31", "19,4%", "21/11/2024 – 30/11/2024", "42 năm"])
      expect(r.stdout).toContain(s);
    expect(Math.max(...r.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
  });
  it("--format json is valid JSON with the summary across files", async () => {
    const r = await runCli(["stats", "--format", "json", EXAMPLE, EXAMPLE_TH]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.files).toHaveLength(2);
    const [year] = out.summary.years;
    const ldtt = year.targets.find((t: { key: string }) => t.key === "ldtt");
    expect([ldtt.count, ldtt.total, ldtt.percentText, ldtt.schools, ldtt.of]).toEqual([68, 73, "93,2%", 2, 2]);
    expect(year.staffTotal).toEqual({ sum: 73, schools: 2, of: 2 });
  });
  it("several files end with the summary; markdown is a table", async () => {
    const table = (await runCli(["stats", EXAMPLE, EXAMPLE_TH])).stdout;
    expect(table).toContain("TỔNG HỢP — 2 tệp: 2 trường trong 1 năm học");
    expect(table.indexOf("TỔNG HỢP")).toBeGreaterThan(table.lastIndexOf("Ngày kỷ niệm"));
    const md = (await runCli(["stats", "--format", "markdown", EXAMPLE])).stdout;
    expect(md).toContain("| Lao động tiên tiến | 30/31 | 96,8% |");
    const both = (await runCli(["stats", "--format", "markdown", EXAMPLE, EXAMPLE_TH])).stdout;
    expect(both).toContain("### Năm học 2024-2025: 2 trường");
    expect(both).toContain("| Lao động tiên tiến | 68/73 | 93,2% | 2/2 |");
  });
  it("an invalid file is reported on stderr with exit 1; the valid one still gets its numbers", async () => {
    const r = await runCli(["stats", EXAMPLE, "test/fixtures/not-a-plan.yaml"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("96,8%");
    expect(r.stderr).toContain("plan/not-a-mapping");
  });
  it("a plan with errors still gets the numbers that can be computed, and says which cannot", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-stats-"));
    const file = join(dir, "ke-hoach.yaml");
    writeFileSync(file, edit(readFileSync(EXAMPLE, "utf8"), "    to: 2024-11-20", "    to: 2024-11-31"));
    const r = await runCli(["stats", file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("schema/format");
    expect(r.stdout).toContain("30/31");
    expect(r.stdout).toContain("96,8%");
    expect(r.stdout).toContain("chưa tính được các đợt");
    expect(r.stdout).not.toContain("Đợt 2 ");
    // A rule's error leaves the data whole: everything is computed.
    writeFileSync(file, edit(readFileSync(EXAMPLE, "utf8"), "      count: 30", "      count: 32"));
    const full = await runCli(["stats", file]);
    expect(full.status).toBe(1);
    expect(full.stdout).toContain("32/31");
    expect(full.stdout).not.toContain("chưa tính được");
    expect(full.stdout).toContain("21/11/2024 – 30/11/2024");
  });
});
