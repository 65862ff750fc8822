// The page model (../page.ts) as a Word document, written by the docx library through its public API:
// docx owns WordprocessingML's element order and spelling; this file only says which of its options
// each paragraph, run and table of the model takes. Then the package is made reproducible (zip.ts) and
// marked as plan's own.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { isoDate } from "../../compute/calendar.js";
import { DOCX_CRC_PROPERTY, DOCX_GENERATOR_PROPERTY, documentCrc, GENERATOR } from "../../output-mark.js";
import type { Plan } from "../../plan.js";
import { layout, type Layout } from "../layout.js";
import {
  pageModel,
  type Block,
  type Page,
  type Paragraph as PageParagraph,
  type Run,
  type Table as PageTable,
} from "../page.js";
import { unzipParts, zipParts } from "./zip.js";

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, both: AlignmentType.JUSTIFIED } as const;
const VALIGN = { top: VerticalAlign.TOP, center: VerticalAlign.CENTER } as const;
/** OOXML measures border lines in eighths of a point. */
const EIGHTHS = 8;

// Options left undefined where the model has nothing: docx writes `<w:b w:val="false"/>` for a false.
const run = (r: Run): TextRun =>
  new TextRun({
    text: r.text,
    bold: r.bold || undefined,
    italics: r.italics || undefined,
    size: r.size === undefined ? undefined : r.size * 2,
  });

/**
 * The rule is always written: OOXML's default is "auto", which Word follows, but LibreOffice 7.4 reads a
 * `w:line` without one as exact and set 14 pt text on 12 pt lines, its diacritics touching the line above.
 */
const lineRule = (exact?: boolean): (typeof LineRuleType)[keyof typeof LineRuleType] =>
  exact ? LineRuleType.EXACT : LineRuleType.AUTO;

function paragraph(p: PageParagraph): Paragraph {
  const s = p.spacing;
  return new Paragraph({
    alignment: p.align && ALIGN[p.align],
    spacing: {
      before: s.before,
      after: s.after,
      line: s.line,
      lineRule: s.line === undefined ? undefined : lineRule(s.exact),
    },
    indent: p.indent,
    keepNext: p.keepNext,
    pageBreakBefore: p.pageBreakBefore || undefined,
    border: p.topRule && {
      top: { style: BorderStyle.SINGLE, size: p.topRule.weight * EIGHTHS, color: "000000", space: p.topRule.space },
    },
    children: p.runs.map(run),
  });
}

function table(t: PageTable): Table {
  const line =
    t.grid === undefined ? undefined : { style: BorderStyle.SINGLE, size: t.grid * EIGHTHS, color: "000000" };
  const m = t.cellMargin;
  return new Table({
    width: { size: t.columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: t.columns,
    layout: TableLayoutType.FIXED,
    borders: line
      ? { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
      : TableBorders.NONE,
    margins: m === undefined ? undefined : { left: m, right: m, top: 0, bottom: 0 },
    rows: t.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.repeats,
          cantSplit: row.cantSplit,
          children: row.cells.map(
            (c) =>
              new TableCell({
                width: { size: c.width, type: WidthType.DXA },
                verticalAlign: c.valign && VALIGN[c.valign],
                children: c.children.map(paragraph),
              }),
          ),
        }),
    ),
  });
}

const block = (b: Block): Paragraph | Table => (b.type === "table" ? table(b) : paragraph(b));

function wordDocument(page: Page, crc: string): Document {
  const fonts = { ascii: page.font, hAnsi: page.font, cs: page.font, eastAsia: page.font };
  return new Document({
    customProperties: [
      // The ownership mark (output-mark.ts): a later render knows its own unchanged file by it.
      { name: DOCX_GENERATOR_PROPERTY, value: GENERATOR },
      { name: DOCX_CRC_PROPERTY, value: crc },
    ],
    styles: {
      default: {
        document: {
          run: { font: fonts, size: page.size * 2, color: "000000" },
          paragraph: { spacing: { line: page.line, lineRule: lineRule() } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { ...page.margins, header: page.headerDistance, footer: page.footerDistance },
          },
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: page.pageNumberSize * 2 })],
              }),
            ],
          }),
        },
        children: page.parts.flat().map(block),
      },
    ],
  });
}

const CORE_NAMESPACES = {
  cp: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  dc: "http://purl.org/dc/elements/1.1/",
  dcterms: "http://purl.org/dc/terms/",
  dcmitype: "http://purl.org/dc/dcmitype/",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
/** Control characters XML 1.0 cannot hold are dropped, as docx does in the parts it writes. */
const escapeXml = (text: string): string => text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? "");

/**
 * docProps/core.xml, given to docx as a part override (Packer's public `overrides`): docx stamps its own
 * with the clock and has no option for the dates, and a signed plan should say the plan's date.
 */
function coreProperties(p: Layout["properties"]): string {
  const stamp = `${isoDate(p.date)}T00:00:00Z`;
  const xmlns = Object.entries(CORE_NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join("");
  const fields: [string, string][] = [
    ["dc:title", p.title],
    ["dc:subject", p.subject],
    ["dc:creator", p.creator],
    ["cp:keywords", p.keywords],
    ["cp:lastModifiedBy", p.creator],
    ["cp:revision", "1"],
  ];
  const dates = ["created", "modified"].map((d) => `<dcterms:${d} xsi:type="dcterms:W3CDTF">${stamp}</dcterms:${d}>`);
  const elements = fields.map(([tag, text]) => `<${tag}>${escapeXml(text)}</${tag}>`).join("") + dates.join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties${xmlns}>${elements}</cp:coreProperties>`;
}

const DOCUMENT = "word/document.xml";
const CUSTOM = "docProps/custom.xml";
/** Eight characters, as the CRC it stands for: no other part of the package can hold it. */
const CRC_PLACEHOLDER = "crc32???";
const crcHex = documentCrc;

/** The DOCX bytes of a plan: the same plan gives the same bytes. */
export async function renderDocx(plan: Plan): Promise<Uint8Array> {
  return renderLayoutDocx(layout(plan));
}

/** The DOCX bytes of any laid-out document (a plan, or one of the year's documents from a results file). */
export async function renderLayoutDocx(l: Layout): Promise<Uint8Array> {
  const page = pageModel(l);
  const core = [{ path: "docProps/core.xml", data: coreProperties(l.properties) }];
  // docx writes the mark's CRC property with a placeholder; the CRC of word/document.xml is known only
  // once docx has written that part, so it goes into docProps/custom.xml afterwards. (Packing twice to
  // let docx write it cost ~45 ms a render: docx's first pack is most of render's time.)
  const parts = unzipParts(await Packer.toBuffer(wordDocument(page, CRC_PLACEHOLDER), false, core));
  const custom = new TextDecoder().decode(parts.get(CUSTOM)!);
  const slot = `<vt:lpwstr>${CRC_PLACEHOLDER}</vt:lpwstr>`;
  if (custom.split(slot).length !== 2) throw new Error(`${CUSTOM}: the CRC placeholder is not there once`);
  parts.set(
    CUSTOM,
    new TextEncoder().encode(custom.replace(slot, `<vt:lpwstr>${crcHex(parts.get(DOCUMENT)!)}</vt:lpwstr>`)),
  );
  return zipParts(parts, l.properties.date);
}
