// Types for the DOCX parts that scripts/build.mjs takes from docx (scripts/docx-parts.mjs).
interface DocxParts {
  /** Part names in docx's order, which the zip keeps. */
  order: string[];
  /** Parts that are the same for every plan. */
  fixed: Record<string, string>;
  /** word/document.xml up to and including <w:body>, and from </w:body> on. */
  documentOpen: string;
  documentClose: string;
  /** word/styles.xml for each body size in half-points, split where the line spacing goes. */
  styles: Record<string, string[]>;
}
declare const parts: DocxParts;
export = parts;
