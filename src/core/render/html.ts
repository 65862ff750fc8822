// The page model as one self-contained HTML page that looks like the printed A4 page: every size, gap,
// width and rule comes from page.ts, as in the DOCX, so the browser's Print gives the same page.
import { HTML_GENERATOR_META } from "../output-mark.js";
import type { Plan } from "../plan.js";
import { layout, type Layout } from "./layout.js";
import {
  DEFAULT_CELL_MARGIN,
  pageFrame,
  pageModel,
  type Block,
  type Cell,
  type PageFrame,
  type Paragraph,
  type Row,
  type Table,
} from "./page.js";

/** Times New Roman's single line: ascent, descent and line gap are 1,15 em, which CSS does not know. */
const SINGLE_LINE = 1.15;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Twips as CSS points, exactly. */
const pt = (twips: number): string => `${+(twips / 20).toFixed(2)}pt`;
const lineHeight = (line: number): string => String(+((SINGLE_LINE * line) / 240).toFixed(4));
const pathAttr = (b: Block): string => (b.path ? ` data-path="${escapeHtml(b.path.join("/"))}"` : "");

function paragraph(p: Paragraph): string {
  const css: string[] = [];
  if (p.align) css.push(`text-align:${p.align === "both" ? "justify" : p.align}`);
  if (p.spacing.before) css.push(`margin-top:${pt(p.spacing.before)}`);
  if (p.spacing.after) css.push(`margin-bottom:${pt(p.spacing.after)}`);
  if (p.spacing.line !== undefined)
    css.push(`line-height:${p.spacing.exact ? pt(p.spacing.line) : lineHeight(p.spacing.line)}`);
  if (p.indent && "firstLine" in p.indent) css.push(`text-indent:${pt(p.indent.firstLine)}`);
  if (p.indent && "left" in p.indent)
    css.push(`margin-left:${pt(p.indent.left)}`, `margin-right:${pt(p.indent.right)}`);
  if (p.keepNext) css.push("break-after:avoid");
  if (p.pageBreakBefore) css.push("break-before:page");
  if (p.topRule) css.push(`border-top:${p.topRule.weight}pt solid #000`, `padding-top:${p.topRule.space}pt`);
  // The model's paragraphs have one run at most: its style is the paragraph's, so the line box takes its size.
  const [run, ...more] = p.runs;
  if (run?.bold) css.push("font-weight:bold");
  if (run?.italics) css.push("font-style:italic");
  if (run?.size !== undefined) css.push(`font-size:${run.size}pt`);
  if (more.length) throw new Error("a paragraph of several runs needs spans in html.ts");
  // Runs of spaces stay ("Số:      /KH-…" leaves room for the number); an empty paragraph is a line
  // tall, as in Word.
  const text = run ? escapeHtml(run.text).replace(/ {2,}/g, (m) => "&nbsp;".repeat(m.length)) : "";
  return `<p style="${css.join(";")}"${pathAttr(p)}>${text || "<br>"}</p>`;
}

function table(t: Table): string {
  const width = t.columns.reduce((a, b) => a + b, 0);
  const border = t.grid === undefined ? "" : `border:${t.grid}pt solid #000;`;
  const padding = `padding:0 ${pt(t.cellMargin ?? DEFAULT_CELL_MARGIN)}`;
  const cell = (c: Cell): string =>
    `<td style="${border}${padding};vertical-align:${c.valign === "center" ? "middle" : "top"}">` +
    `${c.children.map(paragraph).join("")}</td>`;
  const row = (r: Row): string =>
    `<tr${r.cantSplit ? ' style="break-inside:avoid"' : ""}>${r.cells.map(cell).join("")}</tr>`;
  const head = t.rows.filter((r) => r.repeats);
  const cols = t.columns.map((c) => `<col style="width:${pt(c)}">`).join("");
  return (
    `<table style="width:${pt(width)}"${pathAttr(t)}><colgroup>${cols}</colgroup>` +
    (head.length ? `<thead>${head.map(row).join("")}</thead>` : "") +
    `<tbody>${t.rows
      .filter((r) => !r.repeats)
      .map(row)
      .join("")}</tbody></table>`
  );
}

const block = (b: Block): string => (b.type === "table" ? table(b) : paragraph(b));

/** The page's body: what the preview swaps in place when the plan changes. */
export function htmlBody(plan: Plan, l: Layout = layout(plan)): string {
  return `<main class="page">\n${pageModel(l).parts.flat().map(block).join("\n")}\n</main>`;
}

function frameStyle(f: PageFrame): string {
  const m = f.margins;
  const margins = [m.top, m.right, m.bottom, m.left].map(pt).join(" ");
  const sheet = `box-sizing: border-box; width: ${pt(f.width)}; min-height: ${pt(f.height)}; margin: 8mm auto;`;
  const print =
    ".page { margin: 0; padding: 0; width: auto; min-height: 0; box-shadow: none; } #plan-problems { display: none; }";
  return `@page { size: A4; margin: ${margins}; }
html { background: #e8e8e8; }
body { margin: 0; font-family: "${f.font}", "Liberation Serif", Tinos, serif; color: #000; }
.page { ${sheet} padding: ${margins}; background: #fff; box-shadow: 0 0 4px rgba(0,0,0,.3); }
.page { font-size: ${f.size}pt; line-height: ${lineHeight(f.line)}; }
@media print { html { background: none; } ${print} }
p { margin: 0; }
table { border-collapse: collapse; table-layout: fixed; }
.marked { outline: 2px solid #c00; background: #fff3f3; }`;
}

export function pageStyle(plan: Plan): string {
  return frameStyle(pageFrame(plan.layout));
}

/** Says which program wrote the page (issue 20): other tools tell plan's files by it. */
/** The ownership mark (output-mark.ts): a later render replaces a page that carries it. */
export const GENERATOR_META = HTML_GENERATOR_META;

/** One self-contained page: no script, no external file; `extraHead` lets the preview add its own. */
export function renderHtml(plan: Plan, l: Layout, extraHead = ""): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">${GENERATOR_META}<title>${escapeHtml(l.properties.title)}</title>
<meta name="author" content="${escapeHtml(l.properties.creator)}">
<meta name="keywords" content="${escapeHtml(l.properties.keywords)}">
<style>${pageStyle(plan)}</style>${extraHead}</head>
<body>${htmlBody(plan, l)}</body></html>
`;
}
