// The plan as a Nghị định 30 DOCX (nd30-layout.md §7): A4, Times New Roman, page numbers from page 2.
// word/document.xml is written here as text; the package's fixed parts (styles, theme, headers…) were
// taken from docx at build time (scripts/docx-parts.mjs). Building docx's object tree and compiling it
// cost ~115 ms of a ~325 ms render on Node 20; the bytes are the same (test/docx-writer.test.ts).
import parts from "../../../generated/docx-parts.cjs";
import { isoDate } from "../../compute/calendar.js";
import { markedCustomProperties } from "../../output-mark.js";
import type { Plan } from "../../plan.js";
import { layout, type Layout } from "../layout.js";
import { bodyContent } from "./body.js";
import { headerTable, titleBlock } from "./header-block.js";
import { signatureBlock } from "./signature.js";
import { A4, geometry, type Geometry } from "./units.js";
import { escapeXml } from "./xml.js";
import { zipParts } from "./zip.js";

/** docProps/core.xml with timestamps from the plan's date, so the same plan gives the same package. */
export function coreProperties(l: Layout): string {
  const stamp = `${isoDate(l.properties.date)}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(l.properties.title)}</dc:title><dc:subject>${escapeXml(l.properties.subject)}</dc:subject><dc:creator>${escapeXml(l.properties.creator)}</dc:creator><cp:keywords>${escapeXml(l.properties.keywords)}</cp:keywords><cp:lastModifiedBy>${escapeXml(l.properties.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
}

/** A4 portrait, the plan's margins; ND30 §I.7: no number on page 1 (titlePg), the PAGE header from page 2. */
function section(g: Geometry): string {
  const m = g.margins;
  return `<w:sectPr><w:headerReference w:type="default" r:id="rId6"/><w:headerReference w:type="first" r:id="rId7"/><w:pgSz w:w="${A4.width}" w:h="${A4.height}" w:orient="portrait"/><w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="567" w:footer="567" w:gutter="0"/><w:pgNumType/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>`;
}

/** word/document.xml of the plan. */
export function documentXml(plan: Plan, l: Layout = layout(plan)): string {
  const g = geometry(plan);
  return parts.documentOpen + headerTable(l, g) + titleBlock(l, g) + bodyContent(l, g) + signatureBlock(l, g) + section(g) + parts.documentClose;
}

/** word/styles.xml: Times New Roman on every script, black, the plan's size and line spacing as defaults. */
function stylesXml(g: Geometry): string {
  const split = parts.styles[g.bodySize];
  if (!split) throw new Error(`no styles for a body of ${g.bodySize} half-points`); // the schema allows 13 and 14 pt only
  return split.join(`"${g.line}"`);
}

/** The DOCX bytes of a plan (same plan, same bytes). */
export function renderDocx(plan: Plan): Uint8Array {
  const l = layout(plan);
  const document = documentXml(plan, l);
  // The mark (output-mark.ts) lets a later render know this file as its own and unchanged.
  const own: Record<string, string> = { "word/document.xml": document, "word/styles.xml": stylesXml(geometry(plan)), "docProps/core.xml": coreProperties(l), "docProps/custom.xml": markedCustomProperties(document) };
  return zipParts(
    parts.order.map((path) => [path, own[path] ?? parts.fixed[path]!]),
    l.properties.date,
  );
}
