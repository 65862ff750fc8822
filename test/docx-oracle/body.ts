// ô 6: căn cứ (italic), the body with computed numbering, the timeline table and the closing "./.".
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import type { Layout, LayoutBlock } from "../../src/core/render/layout.js";
import { body } from "./paragraphs.js";
import { mm, type Geometry } from "../../src/core/render/docx/units.js";

const TIME_COLUMN = mm(30);
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function heading(b: Extract<LayoutBlock, { type: "heading" | "numbered" }>, g: Geometry): Paragraph {
  if (b.type === "numbered") return body(g, [new TextRun({ text: `${b.number} ${b.text}` })]);
  // I. caps bold; 1. bold; 1.1. bold italic; a) regular (ND30 §II.6đ and practice for 1.1.).
  const style = b.level === 1 || b.level === 2 ? { bold: true } : b.level === 3 ? { bold: true, italics: true } : {};
  return body(g, [new TextRun({ text: `${b.number} ${b.text}`, ...style })], { keepNext: true });
}

function cellParagraph(text: string, g: Geometry, options: { bold?: boolean; centre?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.centre ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { before: 60, after: 60, line: g.line },
    children: [new TextRun({ text, bold: options.bold })],
  });
}

/** "Thời gian | Nội dung": the header row repeats on each page; no row splits across pages. */
function timelineTable(rows: { label: string; items: string[] }[], g: Geometry): Table {
  const content = g.textWidth - TIME_COLUMN;
  const cell = (width: number, children: Paragraph[], centre = false): TableCell =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: centre ? VerticalAlign.CENTER : VerticalAlign.TOP, children });
  return new Table({
    width: { size: g.textWidth, type: WidthType.DXA },
    columnWidths: [TIME_COLUMN, content],
    layout: TableLayoutType.FIXED,
    borders: GRID,
    margins: { left: 100, right: 100, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [cell(TIME_COLUMN, [cellParagraph("Thời gian", g, { bold: true, centre: true })], true), cell(content, [cellParagraph("Nội dung", g, { bold: true, centre: true })], true)],
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [cell(TIME_COLUMN, [cellParagraph(row.label, g, { bold: true, centre: true })], true), cell(content, row.items.map((item) => cellParagraph(`- ${item}`, g)))],
          }),
      ),
    ],
  });
}

export function bodyContent(l: Layout, g: Geometry): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  // ND30 §II.6a: căn cứ in italic, one per line.
  for (const basis of l.legalBases) out.push(body(g, [new TextRun({ text: basis, italics: true })]));
  out.push(body(g, l.intro));
  for (const b of l.body) {
    if (b.type === "heading" || b.type === "numbered") out.push(heading(b, g));
    else if (b.type === "paragraph") out.push(body(g, b.text));
    else if (b.type === "bullet") out.push(body(g, `${b.level === 1 ? "-" : "+"} ${b.text}`));
    else out.push(timelineTable(b.rows, g));
  }
  // The closing stays with the signature block that follows it.
  if (l.closing) out.push(body(g, l.closing, { keepNext: true }));
  return out;
}
