// ô 1–5 of ND30 (Phụ lục I §IV): the borderless 2×2 header table, then "KẾ HOẠCH", the trích yếu and its line.
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from "docx";
import { MOTTO, NATIONAL_TITLE, type Layout } from "../../src/core/render/layout.js";
import { centred, rule } from "./paragraphs.js";
import { headerGeometry } from "../../src/core/render/docx/header-block.js";
import { estimateWidth, halfPoints, mm, type Geometry } from "../../src/core/render/docx/units.js";
import { CELL_MARGIN, headerLines } from "../../src/core/render/docx/wrap.js";

export function headerTable(l: Layout, g: Geometry): Table {
  // The geometry is the writer's own: what this oracle checks is the XML, not the widths.
  const { sizes, RIGHT, left, leftInner, rightInner, bodyLines, bodyLine } = headerGeometry(l, g);
  const cell = (width: number, children: Paragraph[]): TableCell =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP, children });
  const leftTop = [
    ...(l.parentBody ? headerLines(l.parentBody, sizes.name, false, leftInner).map((line) => centred(line, { size: halfPoints(sizes.name) })) : []),
    ...bodyLines.map((line) => centred(line, { bold: true, size: halfPoints(sizes.name) })),
    rule(bodyLine, leftInner),
  ];
  const rightTop = [
    centred(NATIONAL_TITLE, { bold: true, size: halfPoints(sizes.national) }),
    centred(MOTTO, { bold: true, size: halfPoints(sizes.motto) }),
    rule(Math.min(mm(60), rightInner), rightInner),
  ];
  return new Table({
    width: { size: g.textWidth, type: WidthType.DXA },
    columnWidths: [left, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    rows: [
      new TableRow({ children: [cell(left, leftTop), cell(RIGHT, rightTop)] }),
      // Same row: the number and the place/date stand on one line (ND30 §II.4c).
      new TableRow({
        children: [
          cell(left, [centred(l.numberLine, { size: halfPoints(13) })]),
          cell(RIGHT, [centred(l.placeDate, { italics: true, size: halfPoints(14) })]),
        ],
      }),
    ],
  });
}

export function titleBlock(l: Layout, g: Geometry): Paragraph[] {
  const subjectWidth = Math.min(estimateWidth(l.subject, 14, false), g.textWidth);
  return [
    centred(l.documentType, { bold: true, size: halfPoints(14) }, { before: 240, keepNext: true }),
    centred(l.subject, { bold: true, size: halfPoints(14) }, { keepNext: true }),
    rule(Math.min(mm(60), Math.max(mm(30), Math.round(subjectWidth / 3))), g.textWidth),
  ];
}
