import { AlignmentType, BorderStyle, Paragraph, TextRun } from "docx";
import { FIRST_LINE_INDENT, type Geometry } from "../../src/core/render/docx/units.js";

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number; // half-points
}

/** A centred line with no spacing: the building block of the header cells (ND30 §3: single spacing, 0 before/after). */
export function centred(text: string, style: RunStyle, extra: { before?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: extra.before ?? 0, after: 0, line: 240 },
    keepNext: extra.keepNext,
    children: [new TextRun({ text, ...style })],
  });
}

/**
 * A short solid line of `width` twips centred in `container` twips: an empty paragraph with a top
 * border, narrowed by equal indents. Plain OOXML, exact length, the same in Word and LibreOffice.
 */
export function rule(width: number, container: number): Paragraph {
  const side = Math.max(0, Math.round((container - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // Enough room above that the line never touches descenders and diacritics of the text over it.
    spacing: { before: 120, after: 60, line: 120, lineRule: "exact" },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

/** Body text: justified, first line indented 1 cm, 6 pt before (ND30 §II.6e). */
export function body(g: Geometry, runs: TextRun[] | string, options: { keepNext?: boolean; indent?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 120, after: 0, line: g.line },
    indent: { firstLine: options.indent ?? FIRST_LINE_INDENT },
    keepNext: options.keepNext,
    children: typeof runs === "string" ? [new TextRun({ text: runs })] : runs,
  });
}
