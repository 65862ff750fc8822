// ô 7 and 9b (ND30 Phụ lục I §II.7, §II.9): Nơi nhận on the left, authority, title and name on the right.
import type { Layout } from "../layout.js";
import { centred } from "./paragraphs.js";
import { halfPoints, mm, type Geometry } from "./units.js";
import { cell, paragraph, row, run, table } from "./xml.js";

const LEFT = 4111; // 7,25 cm: "- Lưu: VT, …" at 11 pt fits on one line
/**
 * Room for the signature image and the seal (NĐ 30 Điều 5; nd30-layout.md §4.9 asks 25–35 mm between the
 * last title line and the name): the name paragraph starts 30 mm below, measured in the PDF by a test.
 */
export const SIGNATURE_GAP_MM = 30;

const left = (text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}): string =>
  paragraph({ keepNext: true, spacing: { before: 0, after: 0, line: 240 }, align: "left" }, run(text, { ...style, size }));
/** 6 pt of air between the closing sentence and the block. */
const GAP = paragraph({ keepNext: true, spacing: { before: 120, after: 0 } });

export function signatureBlock(l: Layout, g: Geometry): string {
  const right = g.textWidth - LEFT;
  const recipients = left(l.recipientsLabel, halfPoints(12), { bold: true, italics: true }) + l.recipients.map((r) => left(r, halfPoints(11))).join("");
  const signer =
    l.signerTitles.map((t) => centred(t, { bold: true, size: halfPoints(14) }, { keepNext: true })).join("") +
    centred(l.signerName, { bold: true, size: halfPoints(14) }, { before: mm(SIGNATURE_GAP_MM) });
  return table({ columns: [LEFT, right], grid: false }, row(cell({ width: LEFT }, GAP + recipients) + cell({ width: right }, GAP + signer), { cantSplit: true }));
}
