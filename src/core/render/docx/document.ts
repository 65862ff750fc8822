// The plan as a Nghị định 30 DOCX (nd30-layout.md §7): A4, Times New Roman, page numbers from page 2.
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { isoDate } from "../../compute/calendar.js";
import type { Plan } from "../../plan.js";
import { layout, type Layout } from "../layout.js";
import { bodyContent } from "./body.js";
import { headerTable, titleBlock } from "./header-block.js";
import { signatureBlock } from "./signature.js";
import { zipParts } from "./zip.js";
import { A4, FONT, geometry, halfPoints } from "./units.js";

const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

export function render(plan: Plan): Document {
  const l = layout(plan);
  const g = geometry(plan);
  return new Document({
    title: l.properties.title,
    subject: l.properties.subject,
    creator: l.properties.creator,
    lastModifiedBy: l.properties.creator,
    revision: 1,
    styles: {
      default: {
        document: { run: { font: FONTS, size: g.bodySize, color: "000000" }, paragraph: { spacing: { line: g.line } } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: A4.width, height: A4.height }, margin: { ...g.margins, header: 567, footer: 567 } },
          titlePage: true,
        },
        headers: {
          // ND30 §I.7: no number on page 1; from page 2, centred at the top, 14 pt.
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(14) })] })] }),
        },
        children: [headerTable(l, g), ...titleBlock(l, g), ...bodyContent(l, g), signatureBlock(l, g)],
      },
    ],
  });
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** docProps/core.xml with timestamps from the plan's date, so the same plan gives the same package. */
export function coreProperties(l: Layout): string {
  const stamp = `${isoDate(l.properties.date)}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(l.properties.title)}</dc:title><dc:subject>${escapeXml(l.properties.subject)}</dc:subject><dc:creator>${escapeXml(l.properties.creator)}</dc:creator><cp:keywords>${escapeXml(l.properties.keywords)}</cp:keywords><cp:lastModifiedBy>${escapeXml(l.properties.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
}

interface PartCompiler {
  compile(file: Document, prettify: undefined, overrides: { path: string; data: string }[]): Map<string, string | Uint8Array>;
}

/** The DOCX bytes of a plan: docx compiles the XML parts, zipParts packs them (same plan, same bytes). */
export async function renderDocx(plan: Plan): Promise<Uint8Array> {
  const l = layout(plan);
  const overrides = [{ path: "docProps/core.xml", data: coreProperties(l) }];
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  // Packer.compiler is docx's own (public, untyped) step before zipping; keep working if it goes.
  if (!compiler?.compile) return Packer.toBuffer(render(plan), false, overrides);
  return zipParts(compiler.compile(render(plan), undefined, overrides), l.properties.date);
}
