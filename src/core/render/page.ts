// The page model: the laid-out plan as paragraphs and tables of runs, with every measure of the printed
// page (A4, margins, font sizes, spacing, line spacing, the header's and the signature's columns, the
// short rules) decided here and nowhere else. The DOCX, HTML and text renderers only translate it.
// The construction follows nd30-layout.md §7; the numbers are its §8 defaults unless a comment says why.
import type { PathSegment } from "../diagnostic.js";
import type { Plan } from "../plan.js";
import { MOTTO, NATIONAL_TITLE, type Layout, type LayoutBlock } from "./layout.js";
import { capsWidth, estimateWidth, headerFits, headerLines, signerLines } from "./wrap.js";

// Units: lengths in twips (1/20 pt), font sizes in points, line spacing in 240ths of a line (240 = single).
export const mm = (value: number): number => Math.round(value * 56.6929);

export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** Points; the page's body size when absent. */
  size?: number;
}

export interface Paragraph {
  /** Its no-break spaces were put in by the layout (keepTogether), not typed: plain text reads them as spaces. */
  spacesKeptTogether?: boolean;
  type: "paragraph";
  runs: Run[];
  /** The word processor's default (left) when absent. */
  align?: "left" | "center" | "both";
  /** `line` in 240ths of a line, or in twips when `exact`; the page's line spacing when absent. */
  spacing: { before: number; after: number; line?: number; exact?: boolean };
  indent?: { firstLine: number } | { left: number; right: number };
  /** Stays on the page of the paragraph after it. */
  keepNext?: boolean;
  /** Starts a new page: the appendix of a quyết định (ND30 Mẫu 2.1) begins on a page of its own. */
  pageBreakBefore?: boolean;
  /** A solid line above the paragraph, its weight and its distance from the text in points. */
  topRule?: { weight: number; space: number };
  /** The same text as the paragraph before, on a new line: a break the cell needs, not one the content has. */
  continues?: boolean;
  /** Where in the plan file the paragraph comes from (the preview marks it). */
  path?: PathSegment[];
}

export interface Cell {
  width: number;
  /** Top when absent. */
  valign?: "top" | "center";
  children: Paragraph[];
}

export interface Row {
  cells: Cell[];
  /** Never broken across two pages. */
  cantSplit?: boolean;
  /** Repeated at the top of each page the table runs onto. */
  repeats?: boolean;
}

/** A fixed-layout table as wide as its columns. */
export interface Table {
  type: "table";
  columns: number[];
  /** The weight in points of the lines around and between cells; a table without lines when absent. */
  grid?: number;
  /** Left and right cell margins (top and bottom 0); the word processor's default when absent. */
  cellMargin?: number;
  rows: Row[];
  path?: PathSegment[];
}

export type Block = Paragraph | Table;

/** The page itself: what every paragraph inherits. */
export interface PageFrame {
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
  /** From the page's edge to the header and footer. */
  headerDistance: number;
  footerDistance: number;
  textWidth: number;
  font: string;
  /** The body's size (points) and line spacing: the document's defaults. */
  size: number;
  line: number;
  /** ND30 §I.7: numbers centred in the top margin from page 2, none on page 1. */
  pageNumberSize: number;
}

export interface Page extends PageFrame {
  /** ND30's parts in order: ô 1–4 (the header table), ô 5 (the title), ô 6 (the content), ô 7–9 (signature). */
  parts: Block[][];
  properties: Layout["properties"];
}

/** A4 exactly: 210 mm by the factor above would round to 11905. */
const A4 = { width: 11906, height: 16838 } as const;
const DEFAULT_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
const FIRST_LINE_INDENT = 567; // 1 cm (ND30 §II.6e)
/** ND30 §II.6e asks at least 6 pt between paragraphs: 6 before, 0 after. */
const PARAGRAPH_GAP = 120;
/** The lines under the header names and the title: 0.75 pt, 1 pt above the paragraph they top. */
const RULE = { weight: 0.75, space: 1 } as const;
/** The right header column must fit the 13 pt Quốc hiệu (≈ 96 mm) plus cell margins (nd30-layout.md §3). */
const RIGHT_COLUMN = 5670;
const CELL_MARGIN = 85;
const TIME_COLUMN = mm(30);
const TIMELINE_CELL_MARGIN = 100;
/** 0.5 pt: the month table's grid. */
const GRID = 0.5;
const SIGNATURE_LEFT = 4111; // 7,25 cm: "- Lưu: VT, …" at 11 pt fits on one line
/** Word's and LibreOffice's left and right cell margin when a table sets none (0,19 cm): the signature's. */
export const DEFAULT_CELL_MARGIN = 108;
/**
 * Room for the signature image and the seal (NĐ 30 Điều 5; nd30-layout.md §4.9 asks 25–35 mm between the
 * last title line and the name): the name paragraph starts 30 mm below, measured in the PDF by a test.
 */
const SIGNATURE_GAP = mm(30);

export function pageFrame(settings: Plan["layout"] = {}): PageFrame {
  const m = { ...DEFAULT_MARGINS_MM, ...settings.margins };
  const margins = { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) };
  return {
    ...A4,
    margins,
    headerDistance: 567,
    footerDistance: 567,
    textWidth: A4.width - margins.left - margins.right,
    font: "Times New Roman",
    size: settings.fontSize ?? 14,
    line: Math.round(240 * (settings.lineSpacing ?? 1)),
    pageNumberSize: 14,
  };
}

type Style = Omit<Run, "text">;

/** A centred line with no spacing: the header cells and the signer (ND30 §3: single spacing, 0 before/after). */
function centred(text: string, style: Style, extra: { before?: number; keepNext?: boolean } = {}): Paragraph {
  return {
    type: "paragraph",
    runs: [{ text, ...style }],
    align: "center",
    spacing: { before: extra.before ?? 0, after: 0, line: 240 },
    keepNext: extra.keepNext,
  };
}

/**
 * A short solid line of `width` centred in `container`: an empty paragraph with a top rule, narrowed by
 * equal indents, so the line has its exact length in every word processor.
 */
function rule(width: number, container: number): Paragraph {
  const side = Math.max(0, Math.round((container - width) / 2));
  // Enough room above that the line never touches descenders and diacritics of the text over it.
  return {
    type: "paragraph",
    runs: [],
    align: "center",
    spacing: { before: 120, after: 60, line: 120, exact: true },
    indent: { left: side, right: side },
    topRule: RULE,
  };
}

/** Body text: justified, first line indented 1 cm, 6 pt before (ND30 §II.6e). */
function body(
  f: PageFrame,
  text: string,
  options: { keepNext?: boolean; style?: Style; path?: PathSegment[] } = {},
): Paragraph {
  return {
    type: "paragraph",
    runs: [{ text, ...options.style }],
    align: "both",
    spacing: { before: PARAGRAPH_GAP, after: 0, line: f.line },
    indent: { firstLine: FIRST_LINE_INDENT },
    keepNext: options.keepNext,
    path: options.path,
  };
}

/**
 * ND30 allows 12–13 pt for the header names and the Quốc hiệu. 13 pt is the default; when a name has a
 * part that cannot be broken and does not fit the left cell ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" needs ≈ 72 mm)
 * the header is set at 12 pt, and the right column narrows to what the 12 pt Quốc hiệu needs, widening
 * the left one, rather than letting Word break "ĐÀO / TẠO".
 */
function headerSizes(
  l: { issuingBody: string; parentBody?: string },
  textWidth: number,
): { name: number; national: number; motto: number; right: number } {
  const fits = (size: number, right: number): boolean => {
    const inner = textWidth - right - 2 * CELL_MARGIN;
    return (
      headerFits(l.issuingBody, size, true, inner) && (!l.parentBody || headerFits(l.parentBody, size, false, inner))
    );
  };
  if (fits(13, RIGHT_COLUMN)) return { name: 13, national: 13, motto: 14, right: RIGHT_COLUMN };
  const right = Math.round(capsWidth(NATIONAL_TITLE, 12, true) * 1.02) + 2 * CELL_MARGIN;
  return { name: 12, national: 12, motto: 13, right };
}

/** ô 1–4 (Phụ lục I §IV): the borderless 2×2 table; the number and the place/date share a row (§II.4c). */
function header(l: Layout, f: PageFrame): Table {
  const sizes = headerSizes(l, f.textWidth);
  const left = f.textWidth - sizes.right;
  const leftInner = left - 2 * CELL_MARGIN;
  const rightInner = sizes.right - 2 * CELL_MARGIN;
  const names = (text: string, bold: boolean): Paragraph[] =>
    headerLines(text, sizes.name, bold, leftInner).map((line, i) => ({
      ...centred(line, bold ? { bold, size: sizes.name } : { size: sizes.name }),
      continues: i > 0 || undefined,
    }));
  const bodyLines = headerLines(l.issuingBody, sizes.name, true, leftInner);
  const longest = Math.max(...bodyLines.map((line) => Math.min(capsWidth(line, sizes.name, true), leftInner)));
  // ND30 §II.2b: the line under the issuing body is 1/3 to 1/2 of its text.
  const bodyRule = Math.max(mm(20), Math.round(0.4 * longest));
  const top = (width: number, children: Paragraph[]): Cell => ({ width, valign: "top", children });
  return {
    type: "table",
    columns: [left, sizes.right],
    cellMargin: CELL_MARGIN,
    rows: [
      {
        cells: [
          top(left, [
            ...(l.parentBody ? names(l.parentBody, false) : []),
            ...names(l.issuingBody, true),
            rule(bodyRule, leftInner),
          ]),
          // ND30 §II.1b: the line under the Tiêu ngữ is as long as it (≈ 60 mm at 14 pt bold).
          top(sizes.right, [
            centred(NATIONAL_TITLE, { bold: true, size: sizes.national }),
            centred(MOTTO, { bold: true, size: sizes.motto }),
            rule(Math.min(mm(60), rightInner), rightInner),
          ]),
        ],
      },
      {
        cells: [
          // A bảng tổng hợp or a báo cáo thành tích has no số: the cell stays empty rather than "Số: ".
          top(left, l.numberLine ? [centred(l.numberLine, { size: 13 })] : []),
          top(sizes.right, [centred(l.placeDate, { italics: true, size: 14 })]),
        ],
      },
    ],
  };
}

/** A space no word processor breaks a line at; the text render reads it as a space. */
export const NO_BREAK_SPACE = "\u00A0";

/**
 * A long trích yếu wraps where the word processor decides; "năm học 2024 - 2025" is one phrase, never
 * "năm / học" (issue 22), so its spaces do not break.
 */
function keepTogether(subject: string): string {
  return subject.replace(/năm học(?:\s+\d{4}\s*-\s*\d{4})?/gu, (phrase) => phrase.replace(/\s+/g, NO_BREAK_SPACE));
}

/** ô 5: the type and the trích yếu, 12 pt below the header, over a line a third as long as it (§II.5b). */
function title(l: Layout, f: PageFrame): Paragraph[] {
  const subjectWidth = Math.min(estimateWidth(l.subject, 14, false), f.textWidth);
  return [
    centred(l.documentType, { bold: true, size: 14 }, { before: 240, keepNext: true }),
    { ...centred(keepTogether(l.subject), { bold: true, size: 14 }, { keepNext: true }), spacesKeptTogether: true },
    rule(Math.min(mm(60), Math.max(mm(30), Math.round(subjectWidth / 3))), f.textWidth),
    // A quyết định speaks as its signer's authority under the title (ND30 Mẫu 1.2); a tờ trình names whom it asks.
    ...(l.preamble
      ? [centred(l.preamble.text, { bold: l.preamble.bold, size: 14 }, { before: 120, keepNext: true })]
      : []),
  ];
}

/** The STT column of a list: "STT" and "44" fit at 13 pt with the cell margins. */
const NUMBER_COLUMN = mm(13);

/**
 * A danh sách: bordered (0.5 pt, as the month table), the header row bold, centred and repeated on each
 * page, no row split across pages; an STT column first when the rows are numbered. The last column takes
 * what the rounding of the shares leaves, so the table is exactly the text width.
 */
function list(b: Extract<LayoutBlock, { type: "list" }>, f: PageFrame): Table {
  const columns = [...(b.numbered ? [{ title: "STT", share: 0, align: "center" as const }] : []), ...b.columns];
  const free = f.textWidth - (b.numbered ? NUMBER_COLUMN : 0);
  const total = b.columns.reduce((a, c) => a + c.share, 0) || 1;
  const widths = columns.map((c, i) => (b.numbered && i === 0 ? NUMBER_COLUMN : Math.floor((free * c.share) / total)));
  widths[widths.length - 1]! += f.textWidth - widths.reduce((a, w) => a + w, 0);
  const line = (text: string, align: "left" | "center", bold?: boolean): Paragraph => ({
    type: "paragraph",
    runs: [{ text, bold }],
    align,
    spacing: { before: 40, after: 40, line: 240 },
  });
  const row = (texts: string[], header: boolean): Row => ({
    cells: texts.map((text, i) => ({
      width: widths[i]!,
      valign: "center",
      children: [line(text, header ? "center" : (columns[i]!.align ?? "left"), header || undefined)],
    })),
    cantSplit: true,
    repeats: header || undefined,
  });
  return {
    type: "table",
    columns: widths,
    grid: GRID,
    cellMargin: TIMELINE_CELL_MARGIN,
    path: b.path,
    rows: [
      row(
        columns.map((c) => c.title),
        true,
      ),
      ...b.rows.map((r, i) => row(b.numbered ? [String(i + 1), ...r] : r, false)),
    ],
  };
}

/** "Thời gian | Nội dung": the header row repeats on each page; no row splits across pages. */
function timeline(rows: { label: string; items: string[] }[], f: PageFrame, path?: PathSegment[]): Table {
  const content = f.textWidth - TIME_COLUMN;
  const line = (text: string, centre = false, bold?: boolean): Paragraph => ({
    type: "paragraph",
    runs: [{ text, bold }],
    align: centre ? "center" : "both",
    spacing: { before: 60, after: 60, line: f.line },
  });
  const label = (text: string): Cell => ({ width: TIME_COLUMN, valign: "center", children: [line(text, true, true)] });
  return {
    type: "table",
    columns: [TIME_COLUMN, content],
    grid: GRID,
    cellMargin: TIMELINE_CELL_MARGIN,
    path,
    rows: [
      {
        cells: [label("Thời gian"), { width: content, valign: "center", children: [line("Nội dung", true, true)] }],
        cantSplit: true,
        repeats: true,
      },
      ...rows.map(
        (r): Row => ({
          cells: [
            label(r.label),
            { width: content, valign: "top", children: r.items.map((item) => line(`- ${item}`)) },
          ],
          cantSplit: true,
        }),
      ),
    ],
  };
}

/** ô 6: căn cứ in italic, one per line (§II.6a); the body with its computed numbering; the closing "./.". */
function content(l: Layout, f: PageFrame): Block[] {
  const out: Block[] = l.legalBases.map((basis, i) =>
    body(f, basis, { style: { italics: true }, path: ["legalBases", i] }),
  );
  // A biên bản or a báo cáo starts with its sections: no lời dẫn of its own.
  if (l.intro) out.push(body(f, l.intro, { path: ["intro"] }));
  for (const b of l.body) out.push(block(b, f));
  // The closing stays with the signature block that follows it.
  if (l.closing) out.push(body(f, l.closing, { keepNext: true, path: ["closing"] }));
  return out;
}

function block(b: LayoutBlock, f: PageFrame): Block {
  switch (b.type) {
    case "heading": {
      // I. caps bold; 1. bold; 1.1. bold italic; a) regular (ND30 §II.6đ and practice for 1.1.).
      const style = b.level <= 2 ? { bold: true } : b.level === 3 ? { bold: true, italics: true } : {};
      return body(f, `${b.number} ${b.text}`, { keepNext: true, style, path: b.path });
    }
    case "numbered":
      return body(f, `${b.number} ${b.text}`, { path: b.path });
    case "paragraph":
      return body(f, b.text, { path: b.path });
    case "bullet":
      return body(f, `${b.level === 1 ? "-" : "+"} ${b.text}`, { path: b.path });
    case "timeline":
      return timeline(b.rows, f, b.path);
    case "centred":
      return { ...centred(b.text, { bold: b.bold, italics: b.italics }, { before: PARAGRAPH_GAP }), path: b.path };
    case "list":
      return list(b, f);
  }
}

/** ô 7 and 9b (§II.7, §II.9): Nơi nhận on the left, authority, title and name on the right, kept together. */
function signature(l: Layout, f: PageFrame): Table {
  const left = (text: string, style: Style): Paragraph => ({
    type: "paragraph",
    runs: [{ text, ...style }],
    align: "left",
    spacing: { before: 0, after: 0, line: 240 },
    keepNext: true,
  });
  // An empty line of 6 pt of air between the closing sentence and the block, atop each column.
  const gap = (): Paragraph => ({
    type: "paragraph",
    runs: [],
    spacing: { before: PARAGRAPH_GAP, after: 0 },
    keepNext: true,
  });
  // A second signer takes the left column the way the first takes the right: caps titles, room, name.
  const cosigner = (c: NonNullable<Layout["cosigner"]>, width: number): Paragraph[] => [
    gap(),
    ...c.titles.flatMap((t) =>
      signerLines(t, 14, width - 2 * DEFAULT_CELL_MARGIN).map((line, i) => ({
        ...centred(line, { bold: true, size: 14 }, { keepNext: true }),
        continues: i > 0 || undefined,
      })),
    ),
    centred(c.name, { bold: true, size: 14 }, { before: SIGNATURE_GAP }),
  ];
  const leftWidth = l.cosigner ? Math.round(f.textWidth / 2) : SIGNATURE_LEFT;
  const right = f.textWidth - leftWidth;
  const recipients = l.cosigner
    ? cosigner(l.cosigner, leftWidth)
    : [
        gap(),
        left(l.recipientsLabel, { bold: true, italics: true, size: 12 }),
        ...l.recipients.map((r) => left(r, { size: 11 })),
      ];
  // A caps line too wide for the column breaks between phrases ("TM. HỘI ĐỒNG / THI ĐUA - KHEN THƯỞNG"),
  // here rather than wherever the word processor would.
  const caps = (text: string, before?: number): Paragraph[] =>
    signerLines(text, 14, right - 2 * DEFAULT_CELL_MARGIN).map((line, i) => ({
      ...centred(line, { bold: true, size: 14 }, { keepNext: true, before: i === 0 ? before : undefined }),
      continues: i > 0 || undefined,
    }));
  const signer = [
    gap(),
    ...l.signerTitles.flatMap((t) => caps(t)),
    // The room for the signature and the seal lies above the post the signer also holds, or the name.
    ...(l.signerPost ? caps(l.signerPost, SIGNATURE_GAP) : []),
    centred(l.signerName, { bold: true, size: 14 }, { before: l.signerPost ? 0 : SIGNATURE_GAP }),
  ];
  return {
    type: "table",
    columns: [leftWidth, right],
    rows: [
      {
        cells: [
          { width: leftWidth, children: recipients },
          { width: right, children: signer },
        ],
        cantSplit: true,
      },
    ],
  };
}

/** ND30 Mẫu 2.1: the appendix's heading and its "(Kèm theo …)" line in italic, on a new page, then its lists. */
function appendix(a: NonNullable<Layout["appendix"]>, f: PageFrame): Block[] {
  const [first, ...rest] = a.heading;
  return [
    { ...centred(first ?? "", { bold: true, size: 14 }, { keepNext: true }), pageBreakBefore: true },
    ...rest.map((h) => centred(h, { bold: true, size: 14 }, { keepNext: true })),
    centred(a.note, { italics: true, size: 14 }, { keepNext: true }),
    rule(mm(30), f.textWidth),
    ...a.body.map((b) => block(b, f)),
  ];
}

export function pageModel(l: Layout): Page {
  const f = pageFrame(l.pageSettings);
  const parts = [[header(l, f)], title(l, f), content(l, f), [signature(l, f)]];
  if (l.appendix) parts.push(appendix(l.appendix, f));
  return { ...f, parts, properties: l.properties };
}
