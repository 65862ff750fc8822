// The plan's phases, months of work and anniversaries as an iCalendar file (RFC 5545), for Google
// Calendar and Outlook. All-day events with floating dates need no VTIMEZONE. UIDs are derived from
// the school, the school year and the item, so importing a corrected plan updates events in place.
import { createHash } from "node:crypto";
import { celebratedDays } from "../compute/anniversaries.js";
import { addDaysTo, isoDate, monthLabel, monthRange, parseIsoDate, schoolYearOf } from "../compute/calendar.js";
import { phaseLine, placedActivities, resolvePhases } from "../compute/phases.js";
import { ICS_PRODID } from "../output-mark.js";
import type { Plan } from "../plan.js";

const day = (d: Date): string => isoDate(d).replace(/-/g, "");

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

export function renderIcs(plan: Plan): string {
  const year = schoolYearOf(plan);
  const identity = `${plan.document.issuingBody}|${plan.schoolYear}`;
  const uid = (kind: string, key: string): string =>
    `${createHash("sha1").update(`${identity}|${kind}|${key}`).digest("hex").slice(0, 24)}@plan`;
  // DTSTAMP is required; the plan's date keeps the file the same for the same plan.
  const stamp = `${day(parseIsoDate(plan.document.date) ?? year.start)}T000000Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    ICS_PRODID,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(`Thi đua ${plan.document.issuingBody} ${plan.schoolYear}`)}`,
  ];
  const event = (
    id: string,
    from: Date,
    to: Date,
    summary: string,
    description?: string,
    categories?: string,
  ): void => {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${id}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(from)}`,
      `DTEND;VALUE=DATE:${day(addDaysTo(to, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
    );
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (categories) lines.push(`CATEGORIES:${escapeText(categories)}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  };
  const phases = resolvePhases(plan);
  // The phase's number is its identity: renaming or re-dating "Đợt 2" updates the same event.
  for (const p of phases) event(uid("phase", String(p.number)), p.from, p.to, p.name, phaseLine(p), "Đợt thi đua");
  const placed = placedActivities(plan, phases);
  plan.timeline.forEach((m, i) => {
    // A row of the plan's own ("Cả năm", "Thường xuyên") has no dates to put in a calendar.
    if (m.month === undefined) return;
    const { first, last } = monthRange(m.month, year);
    const items = placed.filter((a) => a.monthIndex === i).map((a) => `- ${a.text}`);
    // The month as the document's table writes it ("Tháng 01"); the event's dates already say the year.
    event(
      uid("month", `${m.month}`),
      first,
      last,
      `${monthLabel(m.month, plan, false)}: công việc thi đua, khen thưởng`,
      items.join("\n"),
      "Nhiệm vụ theo tháng",
    );
  });
  for (const a of celebratedDays(plan)) {
    if (a.date < year.start || a.date > addDaysTo(year.start, 365)) continue;
    event(
      uid("anniversary", `${a.occasion}|${day(a.date)}`),
      a.date,
      a.date,
      `Kỷ niệm ${a.ordinal} năm ${a.occasion}`,
      undefined,
      "Ngày kỷ niệm",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
