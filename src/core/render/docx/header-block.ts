// ô 1–5 of ND30 (Phụ lục I §IV): the borderless 2×2 header table, then "KẾ HOẠCH", the trích yếu and its line.
import { MOTTO, NATIONAL_TITLE, type Layout } from "../layout.js";
import { centred, rule } from "./paragraphs.js";
import { capsWidth, estimateWidth, halfPoints, mm, type Geometry } from "./units.js";
import { CELL_MARGIN, headerSizes, headerLines } from "./wrap.js";
import { cell, row, table } from "./xml.js";

/** The header table's sizes and widths, its issuing body's lines and the length of the rule under them. */
export function headerGeometry(l: Layout, g: Geometry) {
  const sizes = headerSizes(l, g.textWidth);
  const RIGHT = sizes.right;
  const left = g.textWidth - RIGHT;
  const leftInner = left - 2 * CELL_MARGIN;
  const rightInner = RIGHT - 2 * CELL_MARGIN;
  const bodyLines = headerLines(l.issuingBody, sizes.name, true, leftInner);
  const longest = Math.max(...bodyLines.map((line) => Math.min(capsWidth(line, sizes.name, true), leftInner)));
  // ND30 §II.2b: the line under the issuing body is 1/3 to 1/2 of its text.
  const bodyLine = Math.max(mm(20), Math.round(0.4 * longest));
  return { sizes, RIGHT, left, leftInner, rightInner, bodyLines, bodyLine };
}

export function headerTable(l: Layout, g: Geometry): string {
  const { sizes, RIGHT, left, leftInner, rightInner, bodyLines, bodyLine } = headerGeometry(l, g);
  const top = (width: number, paragraphs: string): string => cell({ width, align: "top" }, paragraphs);
  const leftTop =
    (l.parentBody ? headerLines(l.parentBody, sizes.name, false, leftInner).map((line) => centred(line, { size: halfPoints(sizes.name) })).join("") : "") +
    bodyLines.map((line) => centred(line, { bold: true, size: halfPoints(sizes.name) })).join("") +
    rule(bodyLine, leftInner);
  const rightTop =
    centred(NATIONAL_TITLE, { bold: true, size: halfPoints(sizes.national) }) +
    centred(MOTTO, { bold: true, size: halfPoints(sizes.motto) }) +
    rule(Math.min(mm(60), rightInner), rightInner);
  return table(
    { columns: [left, RIGHT], grid: false, cellMargin: CELL_MARGIN },
    row(top(left, leftTop) + top(RIGHT, rightTop)) +
      // Same row: the number and the place/date stand on one line (ND30 §II.4c).
      row(top(left, centred(l.numberLine, { size: halfPoints(13) })) + top(RIGHT, centred(l.placeDate, { italics: true, size: halfPoints(14) }))),
  );
}

export function titleBlock(l: Layout, g: Geometry): string {
  const subjectWidth = Math.min(estimateWidth(l.subject, 14, false), g.textWidth);
  return (
    centred(l.documentType, { bold: true, size: halfPoints(14) }, { before: 240, keepNext: true }) +
    centred(l.subject, { bold: true, size: halfPoints(14) }, { keepNext: true }) +
    rule(Math.min(mm(60), Math.max(mm(30), Math.round(subjectWidth / 3))), g.textWidth)
  );
}
