// ô 7 and 9b (ND30 Phụ lục I §II.7, §II.9): Nơi nhận on the left, authority, title and name on the right.
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from "docx";
import type { Layout } from "../../src/core/render/layout.js";
import { centred } from "./paragraphs.js";
import { halfPoints, mm, type Geometry } from "../../src/core/render/docx/units.js";

const LEFT = 4111; // 7,25 cm: "- Lưu: VT, …" at 11 pt fits on one line
/**
 * Room for the signature image and the seal (NĐ 30 Điều 5; nd30-layout.md §4.9 asks 25–35 mm between the
 * last title line and the name): the name paragraph starts 30 mm below, measured in the PDF by a test.
 */
export const SIGNATURE_GAP_MM = 30;

function left(text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, line: 240 }, keepNext: true, children: [new TextRun({ text, size, ...style })] });
}

export function signatureBlock(l: Layout, g: Geometry): Table {
  const right = g.textWidth - LEFT;
  const recipients = [left(l.recipientsLabel, halfPoints(12), { bold: true, italics: true }), ...l.recipients.map((r) => left(r, halfPoints(11)))];
  const signer = [
    ...l.signerTitles.map((t) => centred(t, { bold: true, size: halfPoints(14) }, { keepNext: true })),
    centred(l.signerName, { bold: true, size: halfPoints(14) }, { before: mm(SIGNATURE_GAP_MM) }),
  ];
  return new Table({
    width: { size: g.textWidth, type: WidthType.DXA },
    columnWidths: [LEFT, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: LEFT, type: WidthType.DXA }, children: [new Paragraph({ spacing: { before: 120, after: 0 }, keepNext: true, children: [] }), ...recipients] }),
          new TableCell({ width: { size: right, type: WidthType.DXA }, children: [new Paragraph({ spacing: { before: 120, after: 0 }, keepNext: true, children: [] }), ...signer] }),
        ],
      }),
    ],
  });
}
