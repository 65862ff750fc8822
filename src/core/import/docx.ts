// A DOCX as the importer needs it: paragraphs (text, bold, italic, alignment, list numbering as it is
// printed) and tables of such paragraphs, in document order. Tracked insertions are read as accepted,
// deletions dropped, comments and field codes ignored. saxes (a strict streaming XML parser) reads
// the XML; measured against mammoth and fast-xml-parser (README, "plan import").
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { toRoman } from "../text/vn-format.js";
import { readZipParts, type ZipProblem } from "./zip.js";

export interface Paragraph {
  kind: "p";
  /** The text as printed: list numbers and bullets Word adds are written out ("1. ", "- "). */
  text: string;
  bold: boolean;
  italic: boolean;
  align: "left" | "center" | "right" | "both";
  /** Word list level (0-based) when the paragraph is in a Word list. */
  listLevel?: number;
}

export interface Table {
  kind: "table";
  /** rows → cells → paragraphs */
  rows: Paragraph[][][];
}

export type Block = Paragraph | Table;

export type DocxProblem = ZipProblem | "no-body" | "no-text";

interface LevelFormat {
  format: string;
  text: string;
  start: number;
}

/** numbering.xml: numId → its levels' formats ("bullet" "-", "decimal" "%1."). */
function readNumbering(xml: string | undefined): Map<string, LevelFormat[]> {
  const out = new Map<string, LevelFormat[]>();
  if (!xml) return out;
  const abstract = new Map<string, LevelFormat[]>();
  const nums: [string, string][] = [];
  let currentAbstract: LevelFormat[] | undefined;
  let level: LevelFormat | undefined;
  let numId: string | undefined;
  const parser = new SaxesParser();
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const attr = (name: string): string | undefined => tag.attributes[name] as string | undefined;
    switch (tag.name) {
      case "w:abstractNum":
        currentAbstract = [];
        abstract.set(attr("w:abstractNumId") ?? "", currentAbstract);
        break;
      case "w:lvl":
        level = { format: "decimal", text: "%1.", start: 1 };
        if (currentAbstract) currentAbstract[Number(attr("w:ilvl") ?? 0)] = level;
        break;
      case "w:numFmt":
        if (level) level.format = attr("w:val") ?? "decimal";
        break;
      case "w:lvlText":
        if (level) level.text = attr("w:val") ?? "";
        break;
      case "w:start":
        if (level) level.start = Number(attr("w:val") ?? 1);
        break;
      case "w:num":
        numId = attr("w:numId");
        break;
      case "w:abstractNumId":
        if (numId !== undefined) nums.push([numId, attr("w:val") ?? ""]);
        break;
    }
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "w:lvl") level = undefined;
    if (tag.name === "w:abstractNum") currentAbstract = undefined;
    if (tag.name === "w:num") numId = undefined;
  });
  parser.write(xml).close();
  for (const [id, abs] of nums) out.set(id, abstract.get(abs) ?? []);
  return out;
}

// Word's upperRoman/lowerRoman counters: the same numerals the renderer writes for section headings.
const roman = toRoman;

function counterText(format: string, n: number): string {
  switch (format) {
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return String.fromCharCode(64 + ((n - 1) % 26) + 1);
    case "lowerLetter":
      return String.fromCharCode(96 + ((n - 1) % 26) + 1);
    default:
      return String(n);
  }
}

/** What Word prints before a list paragraph: "- " for bullets, "2.1. " for a decimal list. */
function listPrefix(levels: LevelFormat[], counters: number[], ilvl: number): string {
  const own = levels[ilvl];
  if (!own || own.format === "bullet") return ilvl === 0 ? "- " : "+ ";
  if (own.format === "none") return "";
  const text = own.text.replace(/%(\d)/g, (_, d: string) =>
    counterText(levels[Number(d) - 1]?.format ?? "decimal", counters[Number(d) - 1] ?? 1),
  );
  return `${text} `;
}

export function readDocx(bytes: Uint8Array): { blocks: Block[] } | { problem: DocxProblem } {
  const zip = readZipParts(bytes, ["word/document.xml", "word/numbering.xml"]);
  if ("problem" in zip) return zip;
  const documentXml = zip.parts.get("word/document.xml");
  if (!documentXml) return { problem: "no-body" };
  const decoder = new TextDecoder("utf-8");
  const numbering = readNumbering(
    zip.parts.has("word/numbering.xml") ? decoder.decode(zip.parts.get("word/numbering.xml")) : undefined,
  );
  let blocks: Block[];
  try {
    blocks = parseBody(decoder.decode(documentXml), numbering);
  } catch {
    return { problem: "corrupt" };
  }
  if (!blocks.some((b) => (b.kind === "p" ? b.text.trim() : b.rows.flat(2).some((p) => p.text.trim()))))
    return { problem: "no-text" };
  return { blocks };
}

interface OpenParagraph {
  runs: { text: string; bold: boolean; italic: boolean }[];
  align: Paragraph["align"];
  numId?: string;
  ilvl: number;
}

function parseBody(xml: string, numbering: Map<string, LevelFormat[]>): Block[] {
  const top: Block[] = [];
  // A stack of tables being read (tables nest: a cell's table is flattened into the cell).
  const tables: { rows: Paragraph[][][] }[] = [];
  let paragraph: OpenParagraph | undefined;
  let run: { bold: boolean; italic: boolean; text: string } | undefined;
  let inRunProps = false;
  let skip = 0; // inside w:del, w:instrText, comments…
  let inText = false;
  const counters = new Map<string, number[]>();
  const parser = new SaxesParser();

  const cell = (): Paragraph[] | undefined => {
    const table = tables[tables.length - 1];
    const row = table?.rows[table.rows.length - 1];
    return row?.[row.length - 1];
  };
  const on = (value: string | undefined): boolean => value === undefined || !/^(0|false|off|none)$/i.test(value);

  parser.on("opentag", (tag: SaxesTagPlain) => {
    const attr = (name: string): string | undefined => tag.attributes[name] as string | undefined;
    if (skip) {
      if (SKIPPED.has(tag.name)) skip++;
      return;
    }
    switch (tag.name) {
      case "w:del":
      case "w:delText":
      case "w:instrText":
      case "w:footnoteReference":
      case "w:rPrChange":
      case "w:pPrChange":
      case "w:drawing":
      case "w:pict":
      case "mc:AlternateContent":
        // Text boxes and drawings hold paragraphs of their own; a plan's text is not in them.
        skip++;
        return;
      case "w:tbl":
        tables.push({ rows: [] });
        return;
      case "w:tr":
        tables[tables.length - 1]?.rows.push([]);
        return;
      case "w:tc": {
        const table = tables[tables.length - 1];
        table?.rows[table.rows.length - 1]?.push([]);
        return;
      }
      case "w:p":
        paragraph = { runs: [], align: "left", ilvl: 0 };
        return;
      case "w:jc":
        if (paragraph && !run) {
          const v = attr("w:val");
          paragraph.align =
            v === "center"
              ? "center"
              : v === "right" || v === "end"
                ? "right"
                : v === "both" || v === "distribute"
                  ? "both"
                  : "left";
        }
        return;
      case "w:numId":
        if (paragraph) paragraph.numId = attr("w:val");
        return;
      case "w:ilvl":
        if (paragraph) paragraph.ilvl = Number(attr("w:val") ?? 0);
        return;
      case "w:r":
        run = { bold: false, italic: false, text: "" };
        return;
      case "w:rPr":
        inRunProps = Boolean(run);
        return;
      case "w:b":
        if (run && inRunProps) run.bold = on(attr("w:val"));
        return;
      case "w:i":
        if (run && inRunProps) run.italic = on(attr("w:val"));
        return;
      case "w:t":
        inText = true;
        return;
      case "w:tab":
        if (run && !inRunProps) run.text += "\t";
        return;
      case "w:br":
      case "w:cr":
        if (run) run.text += "\n";
        return;
      case "w:noBreakHyphen":
        if (run) run.text += "-";
        return;
      case "w:sym":
        // Symbol-font bullets (Wingdings ""…) are bullets to a reader.
        if (run) run.text += "•";
        return;
    }
  });
  parser.on("text", (text) => {
    if (!skip && inText && run) run.text += text;
  });
  parser.on("closetag", (tag) => {
    if (skip) {
      if (SKIPPED.has(tag.name)) skip--;
      return;
    }
    switch (tag.name) {
      case "w:t":
        inText = false;
        return;
      case "w:rPr":
        inRunProps = false;
        return;
      case "w:r":
        if (run && paragraph) paragraph.runs.push(run);
        run = undefined;
        return;
      case "w:p": {
        if (!paragraph) return;
        const done = finishParagraph(paragraph, numbering, counters);
        paragraph = undefined;
        const target = cell();
        if (target) target.push(done);
        else top.push(done);
        return;
      }
      case "w:tbl": {
        const table = tables.pop();
        if (!table) return;
        const outer = cell();
        // A table inside a cell: its paragraphs join the cell, row by row.
        if (outer) outer.push(...table.rows.flat(2));
        else top.push({ kind: "table", rows: table.rows });
        return;
      }
    }
  });
  parser.write(xml).close();
  return top;
}

const SKIPPED = new Set([
  "w:del",
  "w:delText",
  "w:instrText",
  "w:footnoteReference",
  "w:rPrChange",
  "w:pPrChange",
  "w:drawing",
  "w:pict",
  "mc:AlternateContent",
]);

function finishParagraph(
  p: OpenParagraph,
  numbering: Map<string, LevelFormat[]>,
  counters: Map<string, number[]>,
): Paragraph {
  const text = p.runs.map((r) => r.text).join("");
  const visible = p.runs.filter((r) => r.text.trim() !== "");
  const out: Paragraph = {
    kind: "p",
    text,
    bold: visible.length > 0 && visible.every((r) => r.bold),
    italic: visible.length > 0 && visible.every((r) => r.italic),
    align: p.align,
  };
  if (p.numId && p.numId !== "0" && numbering.has(p.numId)) {
    const levels = numbering.get(p.numId)!;
    const count = counters.get(p.numId) ?? [];
    count[p.ilvl] = (count[p.ilvl] ?? (levels[p.ilvl]?.start ?? 1) - 1) + 1;
    count.length = p.ilvl + 1; // deeper levels restart
    counters.set(p.numId, count);
    out.text = `${listPrefix(levels, count, p.ilvl)}${text}`;
    out.listLevel = p.ilvl;
  }
  return out;
}
