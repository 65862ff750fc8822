// ô 1–5 of ND30 (Phụ lục I §IV): the borderless 2×2 header table, then "KẾ HOẠCH", the trích yếu and its line.
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from "docx";
import { MOTTO, NATIONAL_TITLE, type Layout } from "../layout.js";
import { centred, rule } from "./paragraphs.js";
import { capsWidth, estimateWidth, halfPoints, mm, type Geometry } from "./units.js";
import { headerFits, headerLines } from "./wrap.js";

/** The right column must fit the 13 pt Quốc hiệu (≈ 96 mm) plus cell margins (nd30-layout.md §3). */
const RIGHT_COLUMN = 5670;
const CELL_MARGIN = 85;

/**
 * ND30 allows 12–13 pt for the header names and the Quốc hiệu. 13 pt is the default; when a name has a
 * part that cannot be broken and does not fit the left cell ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" needs ≈ 72 mm)
 * the header is set at 12 pt, and the right column narrows to what the 12 pt Quốc hiệu needs, widening
 * the left one, rather than letting Word break "ĐÀO / TẠO".
 */
export function headerSizes(l: Layout, g: Geometry): { name: number; national: number; motto: number; right: number } {
  const fits = (size: number, right: number): boolean => {
    const inner = g.textWidth - right - 2 * CELL_MARGIN;
    return headerFits(l.issuingBody, size, true, inner) && (!l.parentBody || headerFits(l.parentBody, size, false, inner));
  };
  if (fits(13, RIGHT_COLUMN)) return { name: 13, national: 13, motto: 14, right: RIGHT_COLUMN };
  const right = Math.round(capsWidth(NATIONAL_TITLE, 12, true) * 1.02) + 2 * CELL_MARGIN;
  return { name: 12, national: 12, motto: 13, right };
}

export function headerTable(l: Layout, g: Geometry): Table {
  const sizes = headerSizes(l, g);
  const RIGHT = sizes.right;
  const left = g.textWidth - RIGHT;
  const leftInner = left - 2 * CELL_MARGIN;
  const rightInner = RIGHT - 2 * CELL_MARGIN;
  const bodyLines = headerLines(l.issuingBody, sizes.name, true, leftInner);
  const longest = Math.max(...bodyLines.map((line) => Math.min(capsWidth(line, sizes.name, true), leftInner)));
  // ND30 §II.2b: the line under the issuing body is 1/3 to 1/2 of its text.
  const bodyLine = Math.max(mm(20), Math.round(0.4 * longest));
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
