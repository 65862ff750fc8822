import { FIRST_LINE_INDENT, type Geometry } from "./units.js";
import { paragraph, run, type RunStyle } from "./xml.js";

export type { RunStyle } from "./xml.js";

/** A centred line with no spacing: the building block of the header cells (ND30 §3: single spacing, 0 before/after). */
export function centred(text: string, style: RunStyle, extra: { before?: number; keepNext?: boolean } = {}): string {
  return paragraph({ keepNext: extra.keepNext, spacing: { before: extra.before ?? 0, after: 0, line: 240 }, align: "center" }, run(text, style));
}

/**
 * A short solid line of `width` twips centred in `container` twips: an empty paragraph with a top
 * border, narrowed by equal indents. Plain OOXML, exact length, the same in Word and LibreOffice.
 */
export function rule(width: number, container: number): string {
  const side = Math.max(0, Math.round((container - width) / 2));
  // Enough room above that the line never touches descenders and diacritics of the text over it.
  return paragraph({ topRule: true, spacing: { before: 120, after: 60, line: 120, exact: true }, indent: { left: side, right: side }, align: "center" });
}

/** Body text: justified, first line indented 1 cm, 6 pt before (ND30 §II.6e). */
export function body(g: Geometry, text: string, options: { keepNext?: boolean; indent?: number; style?: RunStyle } = {}): string {
  return paragraph(
    { keepNext: options.keepNext, spacing: { before: 120, after: 0, line: g.line }, indent: { firstLine: options.indent ?? FIRST_LINE_INDENT }, align: "both" },
    run(text, options.style),
  );
}
