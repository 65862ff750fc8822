// WordprocessingML written as strings, element by element in the order and spelling docx uses, so the
// package is byte for byte what docx wrote before (test/docx-writer.test.ts holds docx as the oracle).
// Only what the ND30 layout needs: runs, paragraphs, fixed-width tables.

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };

/** Escapes text for XML; control characters XML 1.0 cannot hold are dropped (as docx does). */
export const escapeXml = (text: string): string => text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? "");

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number; // half-points
}

export function run(text: string, style: RunStyle = {}): string {
  let props = "";
  if (style.bold) props += "<w:b/><w:bCs/>";
  if (style.italics) props += "<w:i/><w:iCs/>";
  if (style.size !== undefined) props += `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  return `<w:r>${props && `<w:rPr>${props}</w:rPr>`}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export interface ParagraphProps {
  keepNext?: boolean;
  /** A single top border: the short rules under the header names and the title (ND30 §II.2b, §II.5b). */
  topRule?: boolean;
  spacing: { before: number; after: number; line?: number; exact?: boolean };
  indent?: { firstLine: number } | { left: number; right: number };
  align?: "center" | "both" | "left";
}

export function paragraph(props: ParagraphProps, runs = ""): string {
  let p = props.keepNext ? "<w:keepNext/>" : "";
  if (props.topRule) p += '<w:pBdr><w:top w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr>';
  const s = props.spacing;
  p += `<w:spacing w:after="${s.after}" w:before="${s.before}"${s.line === undefined ? "" : ` w:line="${s.line}"`}${s.exact ? ' w:lineRule="exact"' : ""}/>`;
  const i = props.indent;
  if (i) p += "firstLine" in i ? `<w:ind w:firstLine="${i.firstLine}"/>` : `<w:ind w:left="${i.left}" w:right="${i.right}"/>`;
  if (props.align) p += `<w:jc w:val="${props.align}"/>`;
  return `<w:p><w:pPr>${p}</w:pPr>${runs}</w:p>`;
}

export interface CellProps {
  width: number; // twips
  align?: "top" | "center";
}

export const cell = (props: CellProps, paragraphs: string): string =>
  `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${props.width}"/>${props.align ? `<w:vAlign w:val="${props.align}"/>` : ""}</w:tcPr>${paragraphs}</w:tc>`;

export const row = (cells: string, options: { cantSplit?: boolean; header?: boolean } = {}): string =>
  `<w:tr>${options.cantSplit || options.header ? `<w:trPr>${options.cantSplit ? "<w:cantSplit/>" : ""}${options.header ? "<w:tblHeader/>" : ""}</w:trPr>` : ""}${cells}</w:tr>`;

const border = (line: string): string => ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} ${line}/>`).join("");
const NO_BORDERS = border('w:val="none" w:color="auto" w:sz="0"');
const GRID = border('w:val="single" w:color="000000" w:sz="4"');

export interface TableProps {
  columns: number[]; // twips
  grid: boolean;
  /** Left and right cell margins in twips (top and bottom 0); the style's default when absent. */
  cellMargin?: number;
}

/** A fixed-layout table as wide as its columns. */
export function table(props: TableProps, rows: string): string {
  const width = props.columns.reduce((a, b) => a + b, 0);
  const m = props.cellMargin;
  const margins = m === undefined ? "" : `<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${m}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${m}"/></w:tblCellMar>`;
  const grid = props.columns.map((c) => `<w:gridCol w:w="${c}"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>${props.grid ? GRID : NO_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>${margins}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}
