// The summary (core/compute/summary.ts) as text: an 80-column terminal table and GitHub Markdown. Both
// say the same things in the same order as the CSV and XLSX: per school year the schools, the totals
// with "n/N" schools beside each, the files that claim one school twice; the office's plan apart with
// its targets for the schools against their sum; last, every file not counted, with its first error.
import type { Comparison, Summary, TargetTotal, Tally, YearSummary } from "../../core/compute/summary.js";
import { LEVEL_NAMES } from "../../core/compute/summary.js";
import { formatInteger } from "../../core/text/vn-format.js";

const fit = (s: string, width: number): string => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));
const right = (s: string, width: number): string => s.padStart(width);
const tally = (t: Tally): string => `${t.schools}/${t.of}`;

/** "68/73", or "12 giải" for a count without a denominator. */
export function amountText(count: number, total: number | null, unit = ""): string {
  return total !== null
    ? `${formatInteger(count)}/${formatInteger(total)}`
    : `${formatInteger(count)}${unit ? ` ${unit}` : ""}`;
}

/** "6 tệp: 4 trường trong 2 năm học, 1 kế hoạch của Phòng/Sở, 1 tệp không tính" */
export function summaryHeadline(s: Summary): string {
  const parts = [`${s.files.schools} trường trong ${s.years.length} năm học`];
  if (s.files.offices) parts.push(`${s.files.offices} kế hoạch của Phòng/Sở (không tính là trường)`);
  if (s.files.duplicates) parts.push(`${s.files.duplicates} tệp trùng trường đã có`);
  if (s.files.problems) parts.push(`${s.files.problems} tệp không đọc được hoặc có lỗi`);
  return `${s.files.given} tệp: ${parts.join(", ")}`;
}

/** "Trường A: 2 tệp cùng năm học 2024-2025; tính a.yaml (ngày ban hành muộn nhất), không tính b.yaml" */
export function duplicateText(d: YearSummary["duplicates"][number]): string {
  return (
    `${d.body}: ${d.notCounted.length + 1} tệp cùng năm học ${d.schoolYear}; tính ${d.counted} (ngày ban hành muộn ` +
    `nhất, hoặc tệp đầu tiên), không tính ` +
    `${d.notCounted.join(", ")}${d.differ ? " — số liệu các tệp khác nhau, cần xem lại" : ""}`
  );
}

const comparisonSide = (c: { count: number; total: number | null; percentText: string | null }): string =>
  `${amountText(c.count, c.total)}${c.percentText ? ` ${c.percentText}` : ""}`;

/** Words to a width, for messages in an 80-column terminal. */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/**
 * A row whose label may be longer than its column: the label wrapped within the column, the numbers on
 * its first line. Truncated, "Trường đạt danh hiệu Tập thể lao …" would not say which title.
 */
export function labelled(indent: string, label: string, width: number, numbers: string): string[] {
  const [first = "", ...rest] = wrap(label, width, "");
  return [`${indent}${fit(first, width)} ${numbers}`.trimEnd(), ...rest.map((l) => `${indent}  ${l}`)];
}

const targetRows = (t: TargetTotal): string[] =>
  labelled(
    "  ",
    t.name,
    44,
    `${right(amountText(t.count, t.total, t.unit), 11)} ${right(t.percentText ?? "", 7)} ${right(tally(t), 10)}`,
  );

const comparisonRows = (c: Comparison): string[] =>
  labelled(
    "    ",
    c.name,
    34,
    `${right(comparisonSide(c.office), 18)} ${right(c.schools ? comparisonSide(c.schools) : "—", 14)} ` +
      `${right(c.schools ? tally(c.schools) : "", 5)}`,
  );

/** The summary for a terminal (`--format table`), after the files' own blocks. */
export function summaryTable(s: Summary): string {
  const out = ["", ...wrap(`TỔNG HỢP — ${summaryHeadline(s)}`, 78, "")];
  for (const y of s.years) {
    out.push("", `Năm học ${y.schoolYear}: ${y.schools.length} trường`);
    for (const school of y.schools)
      out.push(...wrap(`- ${school.body}${school.level ? ` (${LEVEL_NAMES[school.level]})` : ""}`, 76, "  "));
    if (y.schools.length) {
      out.push("", `  ${fit("Chỉ tiêu", 44)} ${right("Số lượng", 11)} ${right("Tỉ lệ", 7)} ${right("Số trường", 10)}`);
      out.push(
        `  ${fit("Tổng số CBGVNV", 44)} ${right(formatInteger(y.staffTotal.sum), 11)} ${right("", 7)} ` +
          `${right(tally(y.staffTotal), 10)}`,
      );
      for (const t of y.targets) out.push(...targetRows(t));
      if (y.collective.length) {
        out.push(`  Danh hiệu tập thể`);
        for (const c of y.collective)
          out.push(...labelled("  ", c.name, 44, `${right("", 11)} ${right("", 7)} ${right(tally(c), 10)}`));
      }
    }
    for (const d of y.duplicates) out.push(...wrap(`! ${duplicateText(d)}`, 76, "  "));
    for (const o of y.offices) {
      out.push("", ...wrap(`Kế hoạch của ${o.body} — không tính là trường (${o.file})`, 76, "  "));
      if (o.own.length) {
        out.push(`    Chỉ tiêu của cơ quan (tổng số ${o.staffTotal ?? "chưa ghi"} người)`);
        for (const t of o.own) out.push(...labelled("    ", t.name, 34, right(comparisonSide(t), 18)));
      }
      let group = "";
      for (const c of o.comparisons) {
        if (c.group !== group) {
          group = c.group;
          out.push(
            "",
            ...labelled("    ", `${group}:`, 34, `${right("Phòng/Sở giao", 18)} ${right("Các trường", 14)}`),
          );
        }
        out.push(...comparisonRows(c));
      }
      if (o.comparisons.some((c) => c.schools === null))
        out.push("    (—: không trường nào trong các tệp có chỉ tiêu này)");
    }
  }
  if (s.problems.length) {
    out.push("", `Tệp không tính vào tổng hợp (${s.problems.length})`);
    for (const p of s.problems) {
      const who = [p.body, p.schoolYear && `năm học ${p.schoolYear}`].filter(Boolean).join(", ");
      out.push(`  ${p.file}:${p.line}:${p.column}  ${p.code}${p.errors > 1 ? ` (${p.errors} lỗi)` : ""}`);
      if (who) out.push(...wrap(who, 74, "    "));
      out.push(...wrap(p.message, 74, "    "));
    }
  }
  return `${out.join("\n")}\n`;
}

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** The summary in GitHub-flavoured Markdown (`--format markdown`). */
export function summaryMarkdown(s: Summary): string {
  const out = [`## Tổng hợp`, "", summaryHeadline(s)];
  for (const y of s.years) {
    out.push("", `### Năm học ${y.schoolYear}: ${y.schools.length} trường`, "");
    for (const school of y.schools)
      out.push(`- ${cell(school.body)}${school.level ? ` (${LEVEL_NAMES[school.level]})` : ""} — \`${school.file}\``);
    if (y.schools.length) {
      out.push("", "| Chỉ tiêu | Số lượng | Tỉ lệ | Số trường |", "|---|---:|---:|---:|");
      out.push(`| Tổng số CBGVNV | ${formatInteger(y.staffTotal.sum)} | | ${tally(y.staffTotal)} |`);
      for (const t of y.targets)
        out.push(
          `| ${cell(t.name)} | ${amountText(t.count, t.total, t.unit)} | ${t.percentText ?? ""} | ${tally(t)} |`,
        );
      for (const c of y.collective) out.push(`| ${cell(c.name)} (tập thể) | | | ${tally(c)} |`);
    }
    for (const d of y.duplicates) out.push("", `> ${cell(duplicateText(d))}`);
    for (const o of y.offices) {
      out.push("", `#### Kế hoạch của ${cell(o.body)} (không tính là trường)`, "", `Tệp: \`${o.file}\``);
      if (o.own.length) {
        out.push("", `| Chỉ tiêu của cơ quan | Số lượng | Tỉ lệ |`, "|---|---:|---:|");
        for (const t of o.own)
          out.push(`| ${cell(t.name)} | ${amountText(t.count, t.total, t.unit)} | ${t.percentText ?? ""} |`);
      }
      if (o.comparisons.length) {
        out.push(
          "",
          "| Nhóm | Chỉ tiêu giao cho các trường | Phòng/Sở giao | Các trường | Số trường |",
          "|---|---|---:|---:|---:|",
        );
        for (const c of o.comparisons)
          out.push(
            `| ${cell(c.group)} | ${cell(c.name)} | ${comparisonSide(c.office)} | ` +
              `${c.schools ? comparisonSide(c.schools) : "—"} | ${c.schools ? tally(c.schools) : ""} |`,
          );
      }
    }
  }
  if (s.problems.length) {
    out.push(
      "",
      `### Tệp không tính vào tổng hợp (${s.problems.length})`,
      "",
      "| Tệp | Đơn vị | Năm học | Mã | Dòng | Lỗi đầu tiên | Số lỗi |",
      "|---|---|---|---|---:|---|---:|",
    );
    for (const p of s.problems)
      out.push(
        `| \`${p.file}\` | ${cell(p.body ?? "")} | ${p.schoolYear ?? ""} | \`${p.code}\` | ${p.line} | ` +
          `${cell(p.message)} | ${p.errors} |`,
      );
  }
  return `${out.join("\n")}\n`;
}
