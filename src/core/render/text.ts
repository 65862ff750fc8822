import type { Layout } from "./layout.js";
import { NO_BREAK_SPACE, pageModel, type Block, type Page, type Paragraph } from "./page.js";

// A space the layout made unbreakable is a space to a reader of the text; one the clerk typed stays as typed.
const textOf = (p: Paragraph | undefined): string => {
  const text = p ? p.runs.map((r) => r.text).join("") : "";
  return p?.spacesKeptTogether ? text.replaceAll(NO_BREAK_SPACE, " ") : text;
};

/**
 * The page as plain text, a paragraph a line, for reading in a terminal and for tests of content. The
 * parts of the page are set apart by a blank line, as an empty paragraph is; the drawn rules are not text.
 */
export function pageText(page: Page): string {
  const lines: string[] = [];
  const paragraph = (p: Paragraph): void => {
    if (p.topRule && p.runs.length === 0) return;
    // A header name the cell broke in two is one name.
    if (p.continues && lines.length) lines[lines.length - 1] += ` ${textOf(p)}`;
    else lines.push(textOf(p));
  };
  const block = (b: Block): void => {
    if (b.type === "paragraph") return paragraph(b);
    // Lines between the cells: data in columns ("Tháng 9 | - …"); no lines: a layout, read cell after cell.
    if (b.grid === undefined)
      return b.rows.forEach((row) => row.cells.forEach((cell) => cell.children.forEach(paragraph)));
    for (const row of b.rows) {
      const depth = Math.max(...row.cells.map((cell) => cell.children.length));
      for (let k = 0; k < depth; k++) lines.push(row.cells.map((cell) => textOf(cell.children[k])).join(" | "));
    }
  };
  page.parts.forEach((part, i) => {
    if (i > 0) lines.push("");
    part.forEach(block);
  });
  return `${lines.filter((line, i) => line !== "" || lines[i - 1] !== "").join("\n")}\n`;
}

export function layoutToText(l: Layout): string {
  return pageText(pageModel(l));
}
