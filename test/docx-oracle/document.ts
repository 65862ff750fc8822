// The oracle for plan's DOCX writer: the same document built as docx's object tree and compiled by
// docx. src/core/render/docx writes the XML directly (docx's tree and its compile cost ~115 ms per
// render on Node 20); test/docx-writer.test.ts asserts both give the same bytes. A deliberate layout
// change is made in both places, or this oracle is retired and the golden file alone guards the bytes.
import { DOCX_CRC_PROPERTY, DOCX_GENERATOR_PROPERTY, documentCrc, GENERATOR } from "../../src/core/output-mark.js";
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import type { Plan } from "../../src/core/plan.js";
import { layout } from "../../src/core/render/layout.js";
import { coreProperties } from "../../src/core/render/docx/document.js";
import { bodyContent } from "./body.js";
import { headerTable, titleBlock } from "./header-block.js";
import { signatureBlock } from "./signature.js";
import { zipParts } from "../../src/core/render/docx/zip.js";
import { A4, FONT, geometry, halfPoints } from "../../src/core/render/docx/units.js";

const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

export function render(plan: Plan, customProperties: { name: string; value: string }[] = []): Document {
  const l = layout(plan);
  const g = geometry(plan);
  return new Document({
    customProperties,
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

interface PartCompiler {
  compile(file: Document, prettify: undefined, overrides: { path: string; data: string }[]): Map<string, string | Uint8Array>;
}

/** docx's parts of the plan's package, in docx's order. */
export function oracleParts(plan: Plan): Map<string, string | Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  if (!compiler?.compile) throw new Error("docx no longer exposes Packer.compiler");
  const overrides = [{ path: "docProps/core.xml", data: coreProperties(layout(plan)) }];
  // The ownership mark records the CRC-32 of word/document.xml, which the custom properties do not change.
  const document = compiler.compile(render(plan), undefined, overrides).get("word/document.xml") as string;
  const mark = [{ name: DOCX_GENERATOR_PROPERTY, value: GENERATOR }, { name: DOCX_CRC_PROPERTY, value: documentCrc(document) }];
  return compiler.compile(render(plan, mark), undefined, overrides);
}

/** The DOCX bytes the way plan wrote them with docx. */
export function oracleDocx(plan: Plan): Uint8Array {
  return zipParts(oracleParts(plan), layout(plan).properties.date);
}
