// plan stats ket-qua.yaml (issue 25): a results file against its plan's targets, per title, and the
// ballots; in table, Markdown and JSON, Vietnamese and English; its exit codes; plans and results together.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { edit, ROOT, runCli } from "./helpers.js";

const PLAN = "le-quy-don-thcs-2025-2026.yaml";
const RESULTS = "le-quy-don-thcs-2025-2026-ket-qua.yaml";
const example = join(ROOT, "examples", RESULTS);
const text = readFileSync(example, "utf8");

/** A folder holding a copy of the plan and of the results file (edited), linked as in examples/. */
function folder(results = text, name = RESULTS): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "plan-results-stats-"));
  copyFileSync(join(ROOT, "examples", PLAN), join(dir, PLAN));
  writeFileSync(join(dir, name), results);
  return { dir, file: join(dir, name) };
}

/** The hand-checked numbers of the example, counted from its YAML below. */
describe("the example's numbers, counted by hand", () => {
  // The plan (targets:): staffTotal 48; LĐTT 44, CSTĐCS 8, Giấy khen của Chủ tịch UBND phường 6; the school
  // TTLĐXS. One decimal, half up (no rounding: in the plan).
  // The results file: 48 staff (ht01, pht01, pht02, gv04…gv48), each but gv46 (recruited 05/01/2026, after the
  // registrations) registered for ldtt; cstdcs registered by
  // ht01, pht01, gv05, gv08, gv10, gv13, gv16, gv19 (8); giay-khen by pht02, gv06, gv11, gv14, gv17, gv20 (6).
  // Decision 215/QĐ-UBND: ldtt ht01…gv44 (44), cstdcs the 8, giay-khen the 6, ttldtt the four tổ; no decision
  // for ttldxs (proposal 46/TTr to the province: truong). 44/48 = 91,666…% → 91,7%; 8/48 = 16,666…% → 16,7%;
  // 6/48 = 12,5%.
  const data = parse(text) as {
    staff: { registered: string[] }[];
    collectives: { registered: string[] }[];
    meeting: { tallies: { title: string }[]; ballots: Record<string, number> };
    proposals: { title: string; candidates: string[] }[];
    decisions: { title: string; candidates: string[] }[];
  };
  const registered = (t: string): number => data.staff.filter((s) => s.registered?.includes(t)).length;
  const decided = (t: string): number | undefined => data.decisions.find((d) => d.title === t)?.candidates.length;

  it("the YAML still says what the numbers below were counted from", () => {
    expect(data.staff).toHaveLength(48);
    expect([registered("ldtt"), registered("cstdcs"), registered("giay-khen")]).toEqual([47, 8, 6]);
    expect([decided("ldtt"), decided("cstdcs"), decided("giay-khen"), decided("ttldtt"), decided("ttldxs")]).toEqual([
      44,
      8,
      6,
      4,
      undefined,
    ]);
    expect(data.collectives.filter((c) => c.registered.includes("ttldtt"))).toHaveLength(4);
    expect(data.proposals.find((p) => p.title === "ttldxs")?.candidates).toEqual(["truong"]);
    expect(data.meeting.tallies.filter((t) => t.title === "ldtt")).toHaveLength(44);
    expect(data.meeting.ballots).toEqual({ issued: 7, returned: 7, valid: 7 });
  });

  it("JSON: each target with its count, percentage and verdict, each title, the ballots", async () => {
    const r = await runCli(["stats", example, "--format", "json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    // Only results files given: no plan summary beside them.
    expect(Object.keys(out)).toEqual(["results"]);
    expect(out.results).toHaveLength(1);
    const s = out.results[0];
    expect([s.file, s.school, s.schoolYear, s.plan, s.staff, s.collectives, s.incomplete]).toEqual([
      example,
      "Trường THCS Lê Quý Đôn",
      "2025-2026",
      PLAN,
      48,
      5,
      false,
    ]);
    expect(s.rounding).toEqual({ decimals: 1, mode: "half-up" });
    expect(
      s.targets.map((t: Record<string, unknown>) => [
        t.title,
        t.label,
        t.target,
        t.registered,
        t.achieved,
        t.total,
        t.percent,
        t.percentText,
        t.met,
        t.source,
      ]),
    ).toEqual([
      ["ldtt", "Lao động tiên tiến", 44, 47, 44, 48, 91.7, "91,7%", true, "decision"],
      ["cstdcs", "Chiến sĩ thi đua cơ sở", 8, 8, 8, 48, 16.7, "16,7%", true, "decision"],
      ["giay-khen", "Giấy khen của Chủ tịch UBND phường", 6, 6, 6, 48, 12.5, "12,5%", true, "decision"],
      ["ttldxs", "Nhà trường: Tập thể lao động xuất sắc", 1, 1, 1, null, null, null, true, "proposal"],
    ]);
    expect(s.titles).toEqual([
      { title: "ldtt", collective: false, registered: 47, voted: 44, proposed: 44, decided: 44 },
      { title: "cstdcs", collective: false, registered: 8, voted: 8, proposed: 8, decided: 8 },
      { title: "giay-khen", collective: false, registered: 6, voted: 6, proposed: 6, decided: 6 },
      { title: "ttldtt", collective: true, registered: 4, voted: 4, proposed: 4, decided: 4 },
      { title: "ttldxs", collective: true, registered: 1, voted: 1, proposed: 1, decided: null },
    ]);
    // Nine council members, the thư ký without a vote.
    expect(s.ballots).toEqual({ date: "2026-05-25", voters: 8, issued: 7, returned: 7, valid: 7 });
  });
});

describe("plan stats ket-qua.yaml as text", () => {
  it("the table: '44/48 đạt 91,7%' with the plan's rounding, Đạt, the title from the tờ trình marked", async () => {
    const r = await runCli(["stats", example]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[1]).toBe("Trường THCS Lê Quý Đôn, năm học 2025-2026");
    expect(r.stdout).toContain("Chỉ tiêu (1 chữ số thập phân, làm tròn nửa lên)");
    expect(lines.find((l) => l.includes("Lao động tiên tiến  "))).toMatch(
      /^ {2}Lao động tiên tiến +44 +47 +44 +44\/48 đạt 91,7% +Đạt$/u,
    );
    expect(r.stdout).toMatch(/Chiến sĩ thi đua cơ sở +8 +8 +8 +8\/48 đạt 16,7% +Đạt/u);
    expect(r.stdout).toMatch(/Giấy khen của Chủ tịch +6 +6 +6 +6\/48 đạt 12,5% +Đạt/u);
    expect(r.stdout).toMatch(/Nhà trường: Tập thể lao +1 +1 +1\* +Đạt/u);
    expect(r.stdout).toContain("* Tính theo tờ trình đề nghị: quyết định công nhận chưa về.");
    expect(r.stdout).toMatch(/Tập thể lao động xuất sắc +1 +1 +1 +chưa về/u);
    expect(r.stdout).toContain("phát ra 7, thu về 7, hợp lệ 7");
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });

  it("a target not reached says Chưa đạt", async () => {
    // One fewer LĐTT in the decision: 43/48 = 89,583…% → 89,6%.
    const at = text.indexOf("decisions:");
    const { file } = folder(text.slice(0, at) + edit(text.slice(at), ", gv43, gv44]", ", gv43]"));
    const r = await runCli(["stats", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Lao động tiên tiến +44 +47 +43 +43\/48 đạt 89,6% +Chưa đạt/u);
  });

  it("Markdown", async () => {
    const r = await runCli(["stats", example, "--format", "markdown"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("## Trường THCS Lê Quý Đôn, năm học 2025-2026");
    expect(r.stdout).toContain("| Lao động tiên tiến | 44 | 47 | 44 | 44/48 đạt 91,7% | Đạt |");
    expect(r.stdout).toContain("| Nhà trường: Tập thể lao động xuất sắc | 1 | 1 | 1* |  | Đạt |");
    expect(r.stdout).toContain("| Tập thể lao động xuất sắc | 1 | 1 | 1 | chưa về |");
  });

  it("--lang en", async () => {
    const r = await runCli(["--lang", "en", "stats", example]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Trường THCS Lê Quý Đôn, school year 2025-2026");
    expect(r.stdout).toMatch(/Lao động tiên tiến +44 +47 +44 +44\/48 = 91\.7% +met/u);
    expect(r.stdout).toContain("* From the tờ trình: the decision has not come back.");
    expect(r.stdout).toMatch(/TTLĐXS \(Tập thể lao động xuất sắc\) +1 +1 +1 +pending/u);
    expect(r.stdout).toContain("7 issued, 7");
    expect(r.stdout).not.toMatch(/Đạt|Chỉ tiêu|chưa về/u);
  });
});

describe("plan stats ket-qua.yaml: problems and exit codes", () => {
  it("a rule's error: the numbers marked as from a file with errors, the error on stderr, exit 1", async () => {
    const { file } = folder(
      edit(
        text,
        "{ id: gv04, name: Đỗ Minh Hải, gender: nam, post: Nhân viên tổ Văn phòng, unit: to-van-phong, recruited: " +
          "2019-08-20, rating: htt,",
        "{ id: gv04, name: Đỗ Minh Hải, gender: nam, post: Nhân viên tổ Văn phòng, unit: to-van-phong, recruited: " +
          "2019-08-20, rating: ht,",
      ),
    );
    const r = await runCli(["stats", file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("(Tệp kết quả còn lỗi: các số dưới đây tính từ những gì tệp đang ghi.)");
    expect(r.stdout).toContain("44/48 đạt 91,7%");
    expect(r.stderr).toContain("results/ldtt-rating");
    const json = JSON.parse((await runCli(["stats", file, "--format", "json"])).stdout);
    expect(json.results[0].incomplete).toBe(true);
  });

  it("a schema error: nothing computed, the error on stderr, exit 1", async () => {
    const { file } = folder(edit(text, "\nstaff:\n", "\nstaf:\n"));
    const r = await runCli(["stats", file, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ results: [] });
    expect(r.stderr).toContain("schema/unknown-property");
  });

  it("the linked plan missing: the results check's error, exit 1", async () => {
    const { file } = folder(edit(text, `plan: ${PLAN}`, "plan: khong-co.yaml"));
    const r = await runCli(["stats", file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("results/plan-missing");
    expect(r.stderr).toContain(":7:7");
  });

  it("the linked plan with errors: its warning, and exit 1 (nothing to compare against)", async () => {
    const { dir, file } = folder();
    const plan = readFileSync(join(dir, PLAN), "utf8");
    writeFileSync(join(dir, PLAN), edit(plan, "      count: 44", "      count: 49"));
    const r = await runCli(["stats", file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("results/plan-invalid");
  });

  it("csv and xlsx are the plans' summary: results files alone are a usage error (exit 2)", async () => {
    const csv = await runCli(["stats", example, "--format", "csv"]);
    expect(csv.status).toBe(2);
    expect(csv.stdout).toBe("");
    expect(csv.stderr).toContain("--format csv là bảng tổng hợp các kế hoạch");
    const { dir } = folder();
    const xlsx = await runCli(["stats", example, "--format", "xlsx", "-o", join(dir, "tong-hop.xlsx")]);
    expect(xlsx.status).toBe(2);
    expect(xlsx.stderr).toContain("--format xlsx là bảng tổng hợp các kế hoạch");
    const en = await runCli(["--lang", "en", "stats", example, "--format", "csv"]);
    expect(en.stderr).toContain("--format csv is the summary over plans");
  });
});

describe("plans and results files in one call", () => {
  const plan = join(ROOT, "examples", PLAN);

  it("table: each file its own section, in the order given", async () => {
    const r = await runCli(["stats", example, plan]);
    expect(r.status).toBe(0);
    expect(r.stdout.indexOf("44/48 đạt 91,7%")).toBeLessThan(r.stdout.indexOf(`${plan}\n`));
    expect(r.stdout).toContain("Các đợt thi đua");
    // One plan: its block alone, no summary of one school.
    expect(r.stdout).not.toContain("TỔNG HỢP");
  });

  it("JSON: the plans' files and summary as before, the results files under results", async () => {
    const out = JSON.parse((await runCli(["stats", plan, example, "--format", "json"])).stdout);
    expect(Object.keys(out)).toEqual(["files", "summary", "results"]);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual([plan]);
    expect(out.summary.files.given).toBe(1);
    expect(out.results.map((f: { file: string }) => f.file)).toEqual([example]);
  });

  it("csv: the results file set aside with a line on stderr, the plans summarised, exit 0", async () => {
    const r = await runCli(["stats", plan, example, "--format", "csv"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`bỏ qua 1 tệp kết quả (${example})`);
    expect(r.stdout).toContain("Trường THCS Lê Quý Đôn");
    expect(r.stdout).not.toContain(RESULTS);
  });
});
