// ô 6: căn cứ (italic), the body with computed numbering, the timeline table and the closing "./.".
import type { Layout, LayoutBlock } from "../layout.js";
import { body } from "./paragraphs.js";
import { mm, type Geometry } from "./units.js";
import { cell, paragraph, row, run, table } from "./xml.js";

const TIME_COLUMN = mm(30);

function heading(b: Extract<LayoutBlock, { type: "heading" | "numbered" }>, g: Geometry): string {
  if (b.type === "numbered") return body(g, `${b.number} ${b.text}`);
  // I. caps bold; 1. bold; 1.1. bold italic; a) regular (ND30 §II.6đ and practice for 1.1.).
  const style = b.level === 1 || b.level === 2 ? { bold: true } : b.level === 3 ? { bold: true, italics: true } : {};
  return body(g, `${b.number} ${b.text}`, { keepNext: true, style });
}

function cellParagraph(text: string, g: Geometry, options: { bold?: boolean; centre?: boolean } = {}): string {
  return paragraph({ spacing: { before: 60, after: 60, line: g.line }, align: options.centre ? "center" : "both" }, run(text, { bold: options.bold }));
}

/** "Thời gian | Nội dung": the header row repeats on each page; no row splits across pages. */
function timelineTable(rows: { label: string; items: string[] }[], g: Geometry): string {
  const content = g.textWidth - TIME_COLUMN;
  const label = (text: string): string => cell({ width: TIME_COLUMN, align: "center" }, cellParagraph(text, g, { bold: true, centre: true }));
  let out = row(label("Thời gian") + cell({ width: content, align: "center" }, cellParagraph("Nội dung", g, { bold: true, centre: true })), { cantSplit: true, header: true });
  for (const r of rows) out += row(label(r.label) + cell({ width: content, align: "top" }, r.items.map((item) => cellParagraph(`- ${item}`, g)).join("")), { cantSplit: true });
  return table({ columns: [TIME_COLUMN, content], grid: true, cellMargin: 100 }, out);
}

export function bodyContent(l: Layout, g: Geometry): string {
  // ND30 §II.6a: căn cứ in italic, one per line.
  let out = l.legalBases.map((basis) => body(g, basis, { style: { italics: true } })).join("");
  out += body(g, l.intro);
  for (const b of l.body) {
    if (b.type === "heading" || b.type === "numbered") out += heading(b, g);
    else if (b.type === "paragraph") out += body(g, b.text);
    else if (b.type === "bullet") out += body(g, `${b.level === 1 ? "-" : "+"} ${b.text}`);
    else out += timelineTable(b.rows, g);
  }
  // The closing stays with the signature block that follows it.
  if (l.closing) out += body(g, l.closing, { keepNext: true });
  return out;
}
