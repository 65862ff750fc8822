// The month table read back: "Thời gian | Nội dung" at its head or months down its first column; a row
// the page broke is joined, an empty month cell continues the row above, "Tháng 9/2024" says the table
// names years.
import type { TimelineMonth } from "../plan.js";
import type { Table } from "./docx.js";
import { MONTH } from "../text/phrases.js";
import { cleanText } from "./text.js";

export type TimelineRow = TimelineMonth;

const TIMELINE_HEAD = /^(thời gian|tháng|thời điểm)$/iu;
/** The mark a clerk types before each activity in a month cell. */
const ITEM_MARK = /^[-–•+*]\s*/u;
/**
 * Whether a row's last activity was typed with its mark: only then does an unmarked line after a page break continue
 * it.
 */
const endsMarked = new WeakMap<TimelineRow, boolean>();
/** "Tháng 9", "Tháng 9/2024", "Tháng 9 năm 2024": the phrase table's month, alone in its cell. */
const MONTH_LABEL = new RegExp(`^${MONTH}\\.?$`, "iu");

/** A month table: "Thời gian | Nội dung" at its head, or months down its first column. */
export function isTimelineTable(t: Table): boolean {
  const firsts = t.rows.map((r) => cleanText((r[0] ?? []).map((p) => p.text).join(" ")));
  if (t.rows.some((r) => r.length < 2)) return false;
  return (
    TIMELINE_HEAD.test(firsts[0] ?? "") ||
    firsts.filter((f) => MONTH_LABEL.test(f)).length >= Math.max(1, firsts.length / 2)
  );
}

/**
 * The labels' settings: "Tháng 9/2024" names the year (`monthWithYear`); "Tháng 01" a zero before months 1
 * and 2 as ND30 writes dates, "Tháng 09" before every month below 10 (`monthLeadingZero`).
 */
export function labelLayout(labels: readonly MonthLabel[]): {
  monthWithYear?: true;
  monthLeadingZero?: "jan-feb" | "all";
} {
  const padded = labels.filter((l) => /^0\d$/u.test(l.digits)).map((l) => Number(l.digits));
  const zero = padded.some((m) => m >= 3) ? "all" : padded.length ? "jan-feb" : undefined;
  return {
    ...(labels.some((l) => l.withYear) ? { monthWithYear: true as const } : {}),
    ...(zero ? { monthLeadingZero: zero } : {}),
  };
}

/**
 * Rows of a month table: a label ("Tháng 9", "Tháng 9/2024", "Cả năm") and its activities; an empty label continues the
 * row above.
 */
/** How a month row's label was written: with its year or not, and its number ("01", "9"). */
export interface MonthLabel {
  withYear: boolean;
  digits: string;
}

export function readTimeline(table: Table, out: TimelineRow[], saw: (label: MonthLabel) => void): void {
  for (const row of table.rows) {
    const label = cleanText((row[0] ?? []).map((p) => p.text).join(" "));
    if (TIMELINE_HEAD.test(label)) continue;
    const lines = row
      .slice(1)
      .flat()
      .flatMap((p) => p.text.split("\n"))
      .map(cleanText)
      .filter(Boolean);
    const activities = lines.map((t) => t.replace(ITEM_MARK, ""));
    if (!label) {
      const last = out[out.length - 1];
      if (!last) {
        if (activities.length) out.push({ label: "…", activities });
        continue;
      }
      // A row broken by a page: the part on the next page starts without the item's dash, and the part
      // before it ends mid-sentence. It is the same activity ("… ngày Nhà giáo" + "Việt Nam 20/11 …").
      const previous = last.activities[last.activities.length - 1];
      if (
        typeof previous === "string" &&
        lines[0] !== undefined &&
        !ITEM_MARK.test(lines[0]) &&
        endsMarked.get(last) &&
        !/[.:;!?…)”"]$/u.test(previous)
      ) {
        last.activities[last.activities.length - 1] = `${previous} ${activities.shift()}`;
      }
      last.activities.push(...activities);
      if (lines.length) endsMarked.set(last, ITEM_MARK.test(lines[lines.length - 1]!));
      continue;
    }
    if (!activities.length) continue;
    const month = MONTH_LABEL.exec(label);
    const entry = month ? { month: Number(month[1]), activities } : { label, activities };
    if (month) saw({ withYear: Boolean(month[2] ?? month[3]), digits: month[1]! });
    out.push(entry);
    endsMarked.set(entry, ITEM_MARK.test(lines[lines.length - 1]!));
  }
}
