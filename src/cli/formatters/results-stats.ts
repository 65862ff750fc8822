// A results file's numbers (core/results/summary.ts) as text: an 80-column terminal table and GitHub
// Markdown, in the words of messages/results-stats.ts. Pure: the model in, the text out.
import type { ResultsSummary, ResultsTargetRow, ResultsTitleRow } from "../../core/results/summary.js";
import type { Lang } from "../../messages/index.js";
import { RESULTS_STATS, type ResultsStatsWords } from "../../messages/results-stats.js";
import { labelled, wrap } from "./summary-text.js";

const WIDTH = 78;
/** Between columns: one more after labelled()'s own space. */
const GAP = "  ";

/** A target's cells in the columns' order: label, target, registered, reached, rate, verdict. */
function targetCells(r: ResultsTargetRow, decimals: number, w: ResultsStatsWords): string[] {
  return [
    r.label,
    String(r.target),
    String(r.registered),
    // A number the decision has not confirmed yet is marked; the footnote says why.
    `${r.achieved}${r.source === "proposal" ? "*" : ""}`,
    r.total !== null && r.percent !== null ? w.rate(r.achieved, r.total, r.percent, decimals) : "",
    w.met(r.met),
  ];
}

const titleCells = (t: ResultsTitleRow, w: ResultsStatsWords): string[] => [
  w.titleName(t.title),
  String(t.registered),
  String(t.voted),
  String(t.proposed),
  t.decided === null ? w.pending : String(t.decided),
];

/** Columns right-aligned to the widest of their header and cells; the label takes what is left of 78. */
function grid(header: string[], rows: string[][], alignLast: "left" | "right" = "right"): string[] {
  const widths = header.slice(1).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i + 1]!.length)));
  const label = Math.max(20, WIDTH - 2 - widths.reduce((a, b) => a + b + GAP.length, 0));
  const numbers = (cells: string[]): string =>
    " " +
    cells
      .slice(1)
      .map((c, i) => (alignLast === "left" && i === widths.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join(GAP);
  return [header, ...rows].flatMap((r) => labelled("  ", r[0]!, label, numbers(r)));
}

/** One results file for the terminal (`--format table`). */
export function resultsTable(file: string, s: ResultsSummary, lang: Lang): string {
  const w = RESULTS_STATS[lang];
  const out = [file, w.heading(s), ...wrap(w.against(s), WIDTH, ""), ""];
  if (s.incomplete) out.push(...wrap(w.incomplete, WIDTH, ""), "");
  out.push(...wrap(w.targets(s), WIDTH, ""));
  if (s.targets.length) {
    const c = w.columns;
    const rows = s.targets.map((r) => targetCells(r, s.rounding.decimals, w));
    out.push(...grid([c.title, c.target, c.registered, c.achieved, c.rate, c.met], rows, "left"));
    if (s.targets.some((r) => r.source === "proposal")) out.push(`  ${w.fromProposal}`);
  } else out.push(`  ${w.noTargets}`);
  if (s.titles.length) {
    const c = w.titleColumns;
    out.push(
      "",
      w.titles,
      ...grid(
        [c.title, c.registered, c.voted, c.proposed, c.decided],
        s.titles.map((t) => titleCells(t, w)),
      ),
    );
  }
  if (s.ballots) out.push("", ...wrap(w.ballots(s.ballots), WIDTH, ""));
  return `${out.join("\n")}\n`;
}

const cell = (s: string): string => s.replace(/\|/g, "\\|");
const row = (cells: string[]): string => `| ${cells.map(cell).join(" | ")} |`;

/** One results file in GitHub-flavoured Markdown (`--format markdown`). */
export function resultsMarkdown(file: string, s: ResultsSummary, lang: Lang): string {
  const w = RESULTS_STATS[lang];
  const out = [`## ${cell(w.heading(s))}`, "", `${w.file} \`${file}\``, "", w.against(s), ""];
  if (s.incomplete) out.push(`> ${w.incomplete}`, "");
  out.push(w.targets(s), "");
  if (s.targets.length) {
    const c = w.columns;
    out.push(row([c.title, c.target, c.registered, c.achieved, c.rate, c.met]), "|---|---:|---:|---:|---:|---|");
    for (const r of s.targets) out.push(row(targetCells(r, s.rounding.decimals, w)));
    // A leading "*" would start a Markdown list: escaped, it is the footnote's mark.
    if (s.targets.some((r) => r.source === "proposal")) out.push("", w.fromProposal.replace(/^\*/u, "\\*"));
  } else out.push(w.noTargets);
  if (s.titles.length) {
    const c = w.titleColumns;
    out.push(
      "",
      row([c.title, c.registered, c.voted, c.proposed, c.decided]),
      "|---|---:|---:|---:|---:|",
      ...s.titles.map((t) => row(titleCells(t, w))),
    );
  }
  if (s.ballots) out.push("", w.ballots(s.ballots));
  return `${out.join("\n")}\n\n`;
}
