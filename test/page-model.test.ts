// One page model (src/core/render/page.ts) for every renderer: the DOCX and the HTML page of each example
// have the same margins, the same column widths and, paragraph for paragraph, the same spacing, indents
// and sizes. A renderer that set a measure of its own would differ from the other here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import { renderDocx } from "../src/core/render/docx/document.js";
import { renderHtml } from "../src/core/render/html.js";
import { layout } from "../src/core/render/layout.js";
import { pageModel, type Paragraph } from "../src/core/render/page.js";
import { ROOT, yamlFilesUnder } from "./helpers.js";
import { paragraphs, unzip } from "./zip.js";

interface Measures {
  before: number;
  after: number;
  firstLine: number;
  left: number;
  right: number;
  size?: number;
  text: string;
}

const twips = (pt: string | undefined): number => Math.round(Number.parseFloat(pt ?? "0") * 20);
const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<w:${element} [^>]*w:${name}="(\\d+)"`).exec(xml)?.[1];

function docxMeasures(xml: string): Measures[] {
  return paragraphs(xml).map(({ xml: p, text }) => ({
    before: Number(attr(p, "spacing", "before") ?? 0),
    after: Number(attr(p, "spacing", "after") ?? 0),
    firstLine: Number(attr(p, "ind", "firstLine") ?? 0),
    left: Number(attr(p, "ind", "left") ?? 0),
    right: Number(attr(p, "ind", "right") ?? 0),
    size: /<w:sz w:val="(\d+)"/.exec(p) ? Number(/<w:sz w:val="(\d+)"/.exec(p)![1]) / 2 : undefined,
    text,
  }));
}

function htmlMeasures(html: string): Measures[] {
  const unescapeHtml = (t: string): string =>
    t
      .replace(/<br>/g, "")
      .replace(/&nbsp;/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  return [...html.matchAll(/<p style="([^"]*)"[^>]*>(.*?)<\/p>/g)].map(([, style, text]) => {
    const css = (name: string): string | undefined => new RegExp(`(?:^|;)${name}:([^;]+)`).exec(style!)?.[1];
    return {
      before: twips(css("margin-top")),
      after: twips(css("margin-bottom")),
      firstLine: twips(css("text-indent")),
      left: twips(css("margin-left")),
      right: twips(css("margin-right")),
      size: css("font-size") ? Number.parseFloat(css("font-size")!) : undefined,
      text: unescapeHtml(text!),
    };
  });
}

describe("the DOCX and the HTML page are one page model", () => {
  for (const file of yamlFilesUnder(join(ROOT, "examples"))) {
    it(`${file.split("/").pop()}`, async () => {
      const plan = checkBytes(readFileSync(file)).plan!;
      const xml = unzip(await renderDocx(plan)).get("word/document.xml")!;
      const html = renderHtml(plan, layout(plan));
      // The page's margins, top right bottom left.
      const mar = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/
        .exec(xml)!
        .slice(1)
        .map(Number);
      expect(/@page \{ size: A4; margin: ([^;]+); \}/.exec(html)![1]!.split(" ").map(twips)).toEqual(mar);
      // Every table's columns, in order.
      expect([...html.matchAll(/<col style="width:([\d.]+pt)">/g)].map((m) => twips(m[1]))).toEqual(
        [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
      );
      // Paragraph for paragraph: the same text, spacing, indents and size.
      const measures = docxMeasures(xml);
      expect(measures.length).toBeGreaterThan(40);
      expect(htmlMeasures(html)).toEqual(measures);
    });
  }
});

describe("every line spacing is single or the plan's own; exact only for the drawn rules", () => {
  for (const file of yamlFilesUnder(join(ROOT, "examples"))) {
    it(`${file.split("/").pop()}`, () => {
      const plan = checkBytes(readFileSync(file)).plan!;
      const page = pageModel(layout(plan));
      const all: Paragraph[] = page.parts
        .flat()
        .flatMap((b) => (b.type === "paragraph" ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.children))));
      // The short lines under the names and the title are empty paragraphs carrying a border: 6 pt exactly.
      expect(all.filter((p) => p.spacing.exact && !(p.runs.length === 0 && p.topRule))).toEqual([]);
      // Text is single-spaced (the header, the title, the signature: ND30's "dòng đơn") or at the plan's spacing.
      expect(new Set(all.filter((p) => !p.spacing.exact).map((p) => p.spacing.line ?? page.line))).toEqual(
        new Set([240, page.line]),
      );
    });
  }
});
