// Word documents written through the docx package the way clerks make them: paragraphs with their own
// bold and alignment, Word lists or typed numbers, tables with or without lines, tabs and manual breaks.
// The builder keeps each paragraph's text in reading order: the source an import is compared with.
import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

type Child = Paragraph | Table;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

export interface ParaOptions {
  bold?: boolean;
  italics?: boolean;
  align?: "center" | "both" | "left" | "right";
  breakBefore?: boolean;
  /** A Word list: "plan" (I., 1., 2.1.) or "dash" (-, +), at a level. */
  list?: { reference: "plan" | "dash"; level: number };
  /** Runs bold and plain within the paragraph: "**Đợt 1:** …" bolds its label. */
  boldLead?: string;
  /** Not recorded as source: a line laid out in columns is recorded column by column instead (`record`). */
  quiet?: boolean;
}

/** The text as a reader sees it: tabs and manual breaks are spaces; the Word list's own number is added by `listed`. */
const seen = (text: string): string => text.replace(/[\n\t]/g, " ");

export class DocBuilder {
  readonly children: Child[] = [];
  readonly source: string[] = [];

  paragraph(text: string, o: ParaOptions = {}, listed?: string): Paragraph {
    const runs: TextRun[] = [];
    const lead = o.boldLead && text.startsWith(o.boldLead) ? o.boldLead : "";
    const parts = (lead ? [lead, text.slice(lead.length)] : [text]).filter((p) => p !== "");
    parts.forEach((part, k) => {
      const bold = o.bold || (k === 0 && Boolean(lead)) || undefined;
      // A manual line break is a <w:br/> before the next run; a tab stays a tab in the run's text.
      part
        .split("\n")
        .forEach((line, i) =>
          runs.push(new TextRun({ text: line, bold, italics: o.italics, break: i > 0 ? 1 : undefined })),
        );
    });
    if (!o.quiet) this.source.push(seen(listed ? `${listed} ${text}` : text));
    const align = {
      center: AlignmentType.CENTER,
      both: AlignmentType.JUSTIFIED,
      left: AlignmentType.LEFT,
      right: AlignmentType.RIGHT,
    }[o.align ?? "both"];
    return new Paragraph({
      children: runs,
      alignment: align,
      pageBreakBefore: o.breakBefore,
      numbering: o.list ? { reference: o.list.reference, level: o.list.level } : undefined,
    });
  }

  /** Source text in reading order for lines the document lays out in columns with tabs. */
  record(...texts: string[]): this {
    this.source.push(...texts.filter((t) => t.trim() !== ""));
    return this;
  }

  para(text: string, o: ParaOptions = {}, listed?: string): this {
    this.children.push(this.paragraph(text, o, listed));
    return this;
  }

  /** rows → cells → lines; `bold` per cell line, lines between cells when `borders`. */
  table(
    rows: string[][][],
    o: {
      borders?: boolean;
      widths?: number[];
      bold?: (row: number, cell: number, line: number) => boolean;
      align?: (cell: number) => ParaOptions["align"];
    } = {},
  ): this {
    const widths = o.widths ?? rows[0]!.map(() => Math.floor(9000 / rows[0]!.length));
    this.children.push(
      new Table({
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        borders: o.borders ? GRID : NO_BORDERS,
        rows: rows.map(
          (row, r) =>
            new TableRow({
              children: row.map(
                (cell, c) =>
                  new TableCell({
                    width: { size: widths[c] ?? 3000, type: WidthType.DXA },
                    children: (cell.length ? cell : [""]).map((line, k) =>
                      this.paragraph(line, {
                        align: o.align?.(c) ?? (o.borders ? "left" : "center"),
                        bold: o.bold?.(r, c, k),
                      }),
                    ),
                  }),
              ),
            }),
        ),
      }),
    );
    return this;
  }

  async build(): Promise<Uint8Array> {
    const doc = new Document({ numbering: NUMBERING, sections: [{ children: this.children }] });
    return new Uint8Array(await Packer.toBuffer(doc));
  }
}

/** Word's own list numbering, as a clerk's template has it: "I." and "1." for headings, "-" and "+" for bullets. */
export const NUMBERING = {
  config: [
    {
      reference: "plan",
      levels: [
        { level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1.", alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: "%2.", alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: "%2.%3.", alignment: AlignmentType.LEFT },
      ],
    },
    {
      reference: "dash",
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: "-", alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.BULLET, text: "+", alignment: AlignmentType.LEFT },
      ],
    },
  ],
};
