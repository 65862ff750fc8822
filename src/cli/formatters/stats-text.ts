import type { Stats } from "../../core/compute/stats.js";
import { formatDecimal, formatDateShort } from "../../core/text/vn-format.js";
import { parseIsoDate } from "../../core/compute/calendar.js";

const short = (iso: string): string => formatDateShort(parseIsoDate(iso)!);
const fit = (s: string, width: number): string => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));
const right = (s: string, width: number): string => s.padStart(width);
const ROUNDING_WORDS = { "half-up": "làm tròn nửa lên", down: "bỏ phần lẻ", up: "làm tròn lên" } as const;
const PART_WORDS: Record<string, string> = {
  targets: "chỉ tiêu",
  phases: "các đợt",
  timeline: "bảng nhiệm vụ",
  calendar: "năm học",
  weeks: "tuần học",
  uncovered: "ngày ngoài các đợt",
  overlaps: "đợt trùng nhau",
  anniversaries: "ngày kỷ niệm",
};

/** "30/31" for a rate, "30 giải" for a count. */
const amount = (t: Stats["individual"][number]): string =>
  t.total !== null && t.percentText !== null ? `${t.count}/${t.total}` : `${t.count}${t.unit ? ` ${t.unit}` : ""}`;

/** "  Lao động tiên tiến     30/31   96,8%" or "  Học sinh giỏi cấp huyện     30 giải" */
function targetRow(t: Stats["individual"][number]): string {
  return `  ${fit(t.label, 52)} ${right(amount(t), 11)} ${right(t.percentText ?? "", 8)}`.trimEnd();
}

/** Aligned text for an 80-column terminal (`--format table`). */
export function statsTable(file: string, s: Stats): string {
  const out: string[] = [];
  out.push(`${file}`, `${s.school}, năm học ${s.schoolYear}`, "");
  if (s.unavailable.length)
    out.push(
      `(Tệp còn lỗi: chưa tính được ${s.unavailable.map((u) => PART_WORDS[u] ?? u).join(", ")}; các số dưới đây ` +
        `tính từ phần còn lại.)`,
      "",
    );
  if (s.individual.length || s.staffTotal !== null) {
    out.push(
      `Chỉ tiêu cá nhân (tổng số CBGVNV: ${s.staffTotal ?? "chưa ghi"}; ${s.rounding.decimals} chữ số thập phân, ` +
        `${ROUNDING_WORDS[s.rounding.mode]})`,
    );
    for (const t of s.individual) out.push(targetRow(t));
  }
  for (const g of s.groups) {
    out.push("", g.heading);
    for (const t of g.targets) out.push(targetRow(t));
  }
  if (s.collective.length) {
    out.push("", "Danh hiệu tập thể");
    for (const c of s.collective) {
      const verdict = c.met === null ? "" : c.met ? "đủ điều kiện" : "CHƯA đủ điều kiện";
      out.push(`  ${fit(c.label, 52)} ${verdict}`.trimEnd());
      for (const cond of c.conditions) out.push(`    ${cond.met ? "✓" : "✗"} ${cond.text}`);
    }
  }
  out.push("", `Các đợt thi đua (năm học có ${s.schoolWeeks} tuần học)`);
  for (const p of s.phases) {
    out.push(
      `  ${fit(p.name, 22)} ${short(p.from)} – ${short(p.to)}  ${right(String(p.days), 3)} ngày  ` +
        `${right(formatDecimal(p.weeks, 1), 4)} tuần  ${right(String(p.activities.length), 2)} việc`,
    );
    out.push(
      `    ${p.range}${p.firstWeek !== null && p.lastWeek !== null ? ` (tuần ${p.firstWeek}–${p.lastWeek})` : ""}`,
    );
  }
  for (const g of s.uncovered) out.push(`  ! Không thuộc đợt nào: ${short(g.from)} – ${short(g.to)} (${g.days} ngày)`);
  for (const o of s.overlaps)
    out.push(`  ! Đợt ${o.first} và Đợt ${o.second} trùng nhau: ${short(o.from)} – ${short(o.to)} (${o.days} ngày)`);
  for (const m of s.monthsOutsideYear) out.push(`  ! Tháng ${m.month}/${m.year} nằm ngoài năm học`);
  if (s.anniversaries.length) {
    out.push("", "Ngày kỷ niệm");
    for (const a of s.anniversaries)
      out.push(
        `  ${right(short(a.date), 10)}  ${right(String(a.ordinal), 3)} năm  ` +
          `${fit(a.occasion + (a.confirmed ? "" : " (năm gốc chưa xác nhận)"), 58).trimEnd()}`,
      );
  }
  return `${out.join("\n")}\n`;
}

const cell = (s: string): string => s.replace(/\|/g, "\\|");

/** GitHub-flavoured Markdown (`--format markdown`), for reports and wikis. */
export function statsMarkdown(file: string, s: Stats): string {
  const out = [
    `## ${cell(s.school)}, năm học ${s.schoolYear}`,
    "",
    `Tệp: \`${file}\``,
    "",
    "| Danh hiệu cá nhân | Số lượng | Tỉ lệ |",
    "|---|---:|---:|",
  ];
  for (const t of s.individual) out.push(`| ${cell(t.label)} | ${amount(t)} | ${t.percentText ?? ""} |`);
  for (const g of s.groups) {
    out.push("", `| ${cell(g.heading)} | Số lượng | Tỉ lệ |`, "|---|---:|---:|");
    for (const t of g.targets) out.push(`| ${cell(t.label)} | ${amount(t)} | ${t.percentText ?? ""} |`);
  }
  if (s.collective.length) {
    out.push("", "| Danh hiệu tập thể | Điều kiện |", "|---|---|");
    for (const c of s.collective)
      out.push(
        `| ${cell(c.label)} | ${c.conditions.map((x) => `${x.met ? "✓" : "✗"} ${cell(x.text)}`).join("<br>") || "—"} |`,
      );
  }
  out.push("", "| Đợt | Từ | Đến | Số ngày | Số tuần | Công việc |", "|---|---|---|---:|---:|---:|");
  for (const p of s.phases)
    out.push(
      `| ${cell(p.name)} | ${short(p.from)} | ${short(p.to)} | ${p.days} | ${formatDecimal(p.weeks, 1)} | ` +
        `${p.activities.length} |`,
    );
  for (const g of s.uncovered)
    out.push("", `> Không thuộc đợt nào: ${short(g.from)} – ${short(g.to)} (${g.days} ngày)`);
  if (s.anniversaries.length) {
    out.push("", "| Ngày | Kỷ niệm | Năm thứ |", "|---|---|---:|");
    for (const a of s.anniversaries) out.push(`| ${short(a.date)} | ${cell(a.occasion)} | ${a.ordinal} |`);
  }
  return `${out.join("\n")}\n\n`;
}
