// `plan stats` as an education office runs it (issue 26): the five examples and one broken plan, in the
// terminal, JSON and CSV. Every output must say the same: 2024-2025 has Hoa Ban and Nam Thanh
// (73 staff, LĐTT 68/73 = 93,2%), 2025-2026 has Lê Quý Đôn and Thanh Bình (84 staff, LĐTT 77/84 =
// 91,7%), the Phòng GD&ĐT's plan is apart (LĐTT 1.320/1.460 set, the schools' 68/73 beside it), and
// the broken file is listed with its first error.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, edit, ROOT } from "./helpers.js";

const EXAMPLES = ["hoa-ban-tieu-hoc-2024-2025", "le-quy-don-thcs-2025-2026", "nam-thanh-2024-2025", "phong-gddt-dien-bien-2024-2025", "thanh-binh-tieu-hoc-2025-2026"];

/** A folder as the office keeps it: the examples, and a school's plan with two errors. */
function officeFolder(): { dir: string; files: string[]; broken: string } {
  const dir = mkdtempSync(join(tmpdir(), "plan-office-"));
  const files = EXAMPLES.map((n) => {
    const to = join(dir, `${n}.yaml`);
    copyFileSync(join(ROOT, "examples", `${n}.yaml`), to);
    return to;
  });
  const broken = join(dir, "truong-hoa-sen-2024-2025.yaml");
  const seed = readFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), "utf8");
  writeFileSync(broken, edit(edit(edit(seed, "issuingBody: Trường Mầm non Nam Thanh", "issuingBody: Trường Mầm non Hoa Sen"), "  staffTotal: 31 ", "  staffTotal: ba mươi mốt "), "  code: KH-TrMNNT", "  code: 7"));
  return { dir, files: [...files, broken], broken };
}

/** RFC 4180 with ";" — quoted fields may hold the separator, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const folder = officeFolder();
const BROKEN_LINE = 23; // document.code, before targets.staffTotal on line 103

describe("plan stats over the examples and a broken plan", () => {
  it("terminal: per year, each school once, the office apart, the broken file listed; 80 columns", () => {
    const r = cli(["stats", ...folder.files]);
    expect(r.status).toBe(1);
    const summary = r.stdout.slice(r.stdout.indexOf("TỔNG HỢP"));
    expect(summary).toContain("6 tệp: 4 trường trong 2 năm học, 1 kế hoạch của Phòng/Sở");
    expect(summary).toContain("Năm học 2024-2025: 2 trường");
    expect(summary).toContain("Năm học 2025-2026: 2 trường");
    expect(summary).toMatch(/Tổng số CBGVNV +73 +2\/2/);
    expect(summary).toMatch(/Lao động tiên tiến +68\/73 +93,2% +2\/2/);
    expect(summary).toMatch(/Lao động tiên tiến +77\/84 +91,7% +2\/2/);
    expect(summary).toMatch(/Học sinh hoàn thành xuất sắc các nội dung +180\/620 +29,0% +1\/2/);
    expect(summary).toContain("Kế hoạch của Phòng Giáo dục và Đào tạo huyện Điện Biên — không tính là");
    expect(summary).toMatch(/Lao động tiên tiến +1\.320\/1\.460 90,4% +68\/73 93,2% +2\/2/);
    expect(summary).toContain("Tệp không tính vào tổng hợp (1)");
    expect(summary).toContain(`${folder.broken}:${BROKEN_LINE}:9  schema/type (2 lỗi)`);
    expect(summary).toContain("Trường Mầm non Hoa Sen, năm học 2024-2025");
    // The office's 9 staff and Hoa Sen's numbers are in no total: 73 = 31 + 42.
    expect(summary).not.toMatch(/Tổng số CBGVNV +(82|104)/);
    // File names are as long as the clerk's folders make them; every other line fits 80 columns.
    for (const line of summary.split("\n").filter((l) => !l.includes(folder.dir))) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(r.stderr).toContain("schema/type");
  });

  it("JSON: the same summary as data", () => {
    const r = cli(["stats", "--format", "json", ...folder.files]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files).toHaveLength(6);
    const s = out.summary;
    expect(s.years.map((y: { schoolYear: string; schools: { body: string }[] }) => [y.schoolYear, y.schools.map((x) => x.body)])).toEqual([
      ["2024-2025", ["Trường Tiểu học Hoa Ban", "Trường Mầm non Nam Thanh"]],
      ["2025-2026", ["Trường THCS Lê Quý Đôn", "Trường Tiểu học Thanh Bình"]],
    ]);
    expect(s.years[0].offices.map((o: { body: string }) => o.body)).toEqual(["Phòng Giáo dục và Đào tạo huyện Điện Biên"]);
    expect(s.years[0].targets[0]).toMatchObject({ key: "ldtt", count: 68, total: 73, percentText: "93,2%", schools: 2, of: 2 });
    expect(s.problems).toEqual([expect.objectContaining({ file: folder.broken, body: "Trường Mầm non Hoa Sen", schoolYear: "2024-2025", code: "schema/type", line: BROKEN_LINE, errors: 2 })]);
  });

  it("CSV: BOM, ';', CRLF, one row per school and year, the totals, the office, the broken file", () => {
    const r = cli(["stats", "--format", "csv", ...folder.files]);
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith("\ufeffLoại;Năm học;Đơn vị;Cấp học;Tổng số CBGVNV;Lao động tiên tiến — số lượng;Lao động tiên tiến — tỉ lệ (%);")).toBe(true);
    expect(r.stdout.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(r.stdout.slice(1));
    const header = rows[0]!;
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const col = (name: string): number => header.indexOf(name);
    const find = (kind: string, body: string) => rows.filter((row) => row[0] === kind && row[2] === body);
    expect(rows.slice(1).map((row) => `${row[0]} ${row[1]} ${row[2]}`)).toEqual([
      "Trường 2024-2025 Trường Tiểu học Hoa Ban",
      "Trường 2024-2025 Trường Mầm non Nam Thanh",
      "Tổng năm học 2024-2025 2 trường",
      "Phòng/Sở 2024-2025 Phòng Giáo dục và Đào tạo huyện Điện Biên",
      "Phòng/Sở giao cho các trường 2024-2025 Phòng Giáo dục và Đào tạo huyện Điện Biên",
      "Trường 2025-2026 Trường THCS Lê Quý Đôn",
      "Trường 2025-2026 Trường Tiểu học Thanh Bình",
      "Tổng năm học 2025-2026 2 trường",
      "Lỗi, không tính 2024-2025 Trường Mầm non Hoa Sen",
    ]);
    const namThanh = find("Trường", "Trường Mầm non Nam Thanh")[0]!;
    expect([namThanh[3], namThanh[col("Tổng số CBGVNV")], namThanh[col("Lao động tiên tiến — số lượng")], namThanh[col("Lao động tiên tiến — tỉ lệ (%)")]]).toEqual(["Mầm non", "31", "30", "96,8"]);
    const total = find("Tổng năm học", "2 trường")[0]!;
    expect([total[col("Tổng số CBGVNV")], total[col("Lao động tiên tiến — số lượng")], total[col("Lao động tiên tiến — tỉ lệ (%)")]]).toEqual(["73", "68", "93,2"]);
    expect(total[header.length - 1]).toContain("Học sinh hoàn thành xuất sắc các nội dung học tập và rèn luyện 1/2 trường");
    const set = rows.find((row) => row[0] === "Phòng/Sở giao cho các trường")!;
    expect([set[col("Tổng số CBGVNV")], set[col("Lao động tiên tiến — số lượng")], set[col("Lao động tiên tiến — tỉ lệ (%)")]]).toEqual(["1460", "1320", "90,4"]);
    const broken = rows[rows.length - 1]!;
    expect(broken[header.length - 2]).toBe(folder.broken);
    expect(broken[header.length - 1]).toMatch(new RegExp(`^schema/type, dòng ${BROKEN_LINE}, cột 9: .+\\(cả tệp có 2 lỗi\\)$`));
  });

  it("CSV: a name that Excel would run as a formula stays text", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-office-"));
    const file = join(dir, "a.yaml");
    writeFileSync(file, edit(readFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), "utf8"), "issuingBody: Trường Mầm non Nam Thanh", 'issuingBody: "=HYPERLINK(\\"http://x\\";\\"A\\")"'));
    const rows = parseCsv(cli(["stats", "--format", "csv", file]).stdout.slice(1));
    expect(rows[1]![2]).toBe(`'=HYPERLINK("http://x";"A")`);
  });
});
