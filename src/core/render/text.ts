import type { Layout } from "./layout.js";
import { MOTTO, NATIONAL_TITLE } from "./layout.js";

/** The document as plain text, paragraph per line: for reading in a terminal and for tests of content. */
export function layoutToText(l: Layout): string {
  const lines: string[] = [];
  if (l.parentBody) lines.push(l.parentBody);
  lines.push(l.issuingBody, NATIONAL_TITLE, MOTTO, l.numberLine, l.placeDate, "", l.documentType, l.subject, "");
  lines.push(...l.legalBases, l.intro);
  for (const b of l.body) {
    if (b.type === "heading" || b.type === "numbered") lines.push(`${b.number} ${b.text}`);
    else if (b.type === "paragraph") lines.push(b.text);
    else if (b.type === "bullet") lines.push(`${b.level === 1 ? "-" : "+"} ${b.text}`);
    else {
      lines.push("Thời gian | Nội dung");
      for (const row of b.rows) for (const [i, item] of row.items.entries()) lines.push(`${i === 0 ? row.label : ""} | - ${item}`);
    }
  }
  if (l.closing) lines.push(l.closing);
  lines.push("", l.recipientsLabel, ...l.recipients, "", ...l.signerTitles, l.signerName);
  return `${lines.join("\n")}\n`;
}
