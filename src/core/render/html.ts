// The document as one self-contained HTML page laid out like the printed A4 page: the same layout the
// DOCX and the text are made from, in the sizes of nd30-layout.md, so the browser's Print gives the page.
import { HTML_GENERATOR_META } from "../output-mark.js";
import type { Plan } from "../plan.js";
import { CELL_MARGIN, headerLines, headerSizes } from "./docx/wrap.js";
import { geometry } from "./docx/units.js";
import { MOTTO, NATIONAL_TITLE, type Layout, type LayoutBlock } from "./layout.js";

const DEFAULT_MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** The same room for the signature and the seal as in the DOCX (signature.ts). */
const SIGNATURE_GAP_MM = 30;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const pathAttr = (b: LayoutBlock): string => (b.path ? ` data-path="${escapeHtml(b.path.join("/"))}"` : "");

function block(b: LayoutBlock): string {
  switch (b.type) {
    case "heading":
      return `<p class="h h${Math.min(b.level, 4)}"${pathAttr(b)}>${escapeHtml(`${b.number} ${b.text}`)}</p>`;
    case "numbered":
      return `<p${pathAttr(b)}>${escapeHtml(`${b.number} ${b.text}`)}</p>`;
    case "paragraph":
      return `<p${pathAttr(b)}>${escapeHtml(b.text)}</p>`;
    case "bullet":
      return `<p${pathAttr(b)}>${escapeHtml(`${b.level === 1 ? "-" : "+"} ${b.text}`)}</p>`;
    case "timeline":
      return `<table class="timeline"${pathAttr(b)}><thead><tr><th>Thời gian</th><th>Nội dung</th></tr></thead><tbody>${b.rows
        .map((r) => `<tr><td class="label">${escapeHtml(r.label)}</td><td>${r.items.map((i) => `<p>${escapeHtml(`- ${i}`)}</p>`).join("")}</td></tr>`)
        .join("")}</tbody></table>`;
  }
}

const twipsToMm = (tw: number): string => (tw / 56.6929).toFixed(1);

/** The page's body: what the preview swaps in place when the plan changes. */
export function htmlBody(plan: Plan, l: Layout): string {
  const lines = (list: string[], cls = ""): string => list.map((t) => `<p${cls ? ` class="${cls}"` : ""}>${escapeHtml(t)}</p>`).join("");
  // The header breaks its names exactly where the DOCX does, in the same column widths and sizes.
  const width = geometry(plan).textWidth;
  const sizes = headerSizes(l, width);
  const inner = width - sizes.right - 2 * CELL_MARGIN;
  const names = (text: string, bold: boolean, cls: string): string =>
    headerLines(text, sizes.name, bold, inner).map((t) => `<p class="${cls}" style="font-size:${sizes.name}pt">${escapeHtml(t)}</p>`).join("");
  return `<main class="page">
<table class="header"><colgroup><col style="width:${twipsToMm(width - sizes.right)}mm"><col style="width:${twipsToMm(sizes.right)}mm"></colgroup><tr><td class="left">${l.parentBody ? names(l.parentBody, false, "parent") : ""}${names(l.issuingBody, true, "body-name")}<hr class="rule short"></td>
<td class="right"><p class="national" style="font-size:${sizes.national}pt">${NATIONAL_TITLE}</p><p class="motto" style="font-size:${sizes.motto}pt">${MOTTO}</p><hr class="rule motto-rule"></td></tr>
<tr><td class="left"><p class="number">${escapeHtml(l.numberLine).replace(/ {2,}/g, (m) => "&nbsp;".repeat(m.length))}</p></td><td class="right"><p class="place-date">${escapeHtml(l.placeDate)}</p></td></tr></table>
<p class="doc-type">${escapeHtml(l.documentType)}</p><p class="subject">${escapeHtml(l.subject)}</p><hr class="rule subject-rule">
<section class="content">${lines(l.legalBases, "basis")}<p data-path="intro">${escapeHtml(l.intro)}</p>${l.body.map(block).join("\n")}${l.closing ? `<p data-path="closing">${escapeHtml(l.closing)}</p>` : ""}</section>
<table class="signature"><tr><td class="recipients"><p class="label">${escapeHtml(l.recipientsLabel)}</p>${lines(l.recipients)}</td>
<td class="signer">${lines(l.signerTitles, "title")}<p class="name">${escapeHtml(l.signerName)}</p></td></tr></table>
</main>`;
}

export function pageStyle(plan: Plan): string {
  const m = { ...DEFAULT_MARGINS, ...plan.layout?.margins };
  const size = plan.layout?.fontSize ?? 14;
  const line = plan.layout?.lineSpacing ?? 1;
  return `@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
html { background: #e8e8e8; }
body { margin: 0; font-family: "Times New Roman", "Liberation Serif", Tinos, serif; color: #000; }
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; background: #fff; box-shadow: 0 0 4px rgba(0,0,0,.3); font-size: ${size}pt; line-height: ${1.15 * line}; }
@media print { html { background: none; } .page { margin: 0; padding: 0; width: auto; min-height: 0; box-shadow: none; } #plan-problems { display: none; } }
p { margin: 0; }
table.header { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.header td { vertical-align: top; text-align: center; padding: 0 1.5mm; }
.parent, .body-name { white-space: nowrap; }
.body-name { font-weight: bold; }
.national { font-size: 13pt; font-weight: bold; white-space: nowrap; }
.motto { font-size: 14pt; font-weight: bold; }
.number { font-size: 13pt; padding-top: 6pt; }
.place-date { font-size: 14pt; font-style: italic; padding-top: 6pt; }
hr.rule { border: 0; border-top: 0.75pt solid #000; margin: 2pt auto 0; }
hr.short { width: 40%; }
hr.motto-rule { width: 60mm; }
.doc-type { margin-top: 12pt; text-align: center; font-weight: bold; }
.subject { text-align: center; font-weight: bold; }
hr.subject-rule { width: 40mm; margin: 6pt auto 6pt; }
.content p { text-align: justify; text-indent: 1cm; margin: 6pt 0 0; }
.content p.basis { font-style: italic; }
.content p.h1, .content p.h2 { font-weight: bold; }
.content p.h3 { font-weight: bold; font-style: italic; }
table.timeline { width: 100%; border-collapse: collapse; margin: 6pt 0; page-break-inside: auto; }
table.timeline th, table.timeline td { border: 0.5pt solid #000; padding: 2pt 5pt; vertical-align: top; }
table.timeline td.label { width: 30mm; text-align: center; font-weight: bold; vertical-align: middle; }
table.timeline td p { text-indent: 0; margin: 3pt 0; text-align: justify; }
table.timeline tr { page-break-inside: avoid; }
table.signature { width: 100%; border-collapse: collapse; margin-top: 6pt; page-break-inside: avoid; }
table.signature td { vertical-align: top; padding: 6pt 0 0; }
td.recipients { width: 72.5mm; }
td.recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
td.recipients p { font-size: 11pt; }
td.signer { text-align: center; }
td.signer .title { font-size: 14pt; font-weight: bold; }
td.signer .name { font-size: 14pt; font-weight: bold; margin-top: ${SIGNATURE_GAP_MM}mm; }
.marked { outline: 2px solid #c00; background: #fff3f3; }`;
}

/** One self-contained page: no script, no external file; `extraHead` lets the preview add its own. */
export function renderHtml(plan: Plan, l: Layout, extraHead = ""): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(l.properties.title)}</title>
${HTML_GENERATOR_META}<meta name="author" content="${escapeHtml(l.properties.creator)}"><meta name="keywords" content="${escapeHtml(l.properties.keywords)}">
<style>${pageStyle(plan)}</style>${extraHead}</head>
<body>${htmlBody(plan, l)}</body></html>
`;
}
