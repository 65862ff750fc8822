// Measuring a printed page from its PDF, as a reader sees it (issue 22): `pdftotext -bbox` gives every
// word's box; the lines of a paragraph that wrapped give the line pitch. Shared by the page tests.
import { spawnSync } from "node:child_process";

export interface Word {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  text: string;
}

export interface PageMeasure {
  pages: number;
  /** The height of the body's word boxes (pt): the most common box height. */
  wordHeight: number;
  /** Baseline to baseline inside wrapped paragraphs (pt): the median, and the mean. */
  pitch: number;
  meanPitch: number;
  /** How many wrapped lines were measured. */
  lines: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** A PDF's pages as lists of word boxes. */
export function wordBoxes(pdf: string): Word[][] {
  const run = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext ${pdf}: ${run.stderr}`);
  return run.stdout
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          x0: Number(m[1]),
          y0: Number(m[2]),
          x1: Number(m[3]),
          y1: Number(m[4]),
          text: m[5]!.normalize("NFC").replace(/&amp;/g, "&"),
        }),
      ),
    );
}

/**
 * The line pitch of the body: only lines that continue a paragraph count (the line before reaches the
 * right edge of the text, the line starts at its left edge), so the 6 pt between paragraphs, the table's
 * cells and the two columns of the signature do not; a line of the body is one of the body's height.
 */
export function measurePdf(pdf: string): PageMeasure {
  const pages = wordBoxes(pdf);
  const heights = new Map<number, number>();
  for (const w of pages.flat()) {
    const h = Math.round((w.y1 - w.y0) * 10) / 10;
    heights.set(h, (heights.get(h) ?? 0) + 1);
  }
  const wordHeight = [...heights].sort((a, b) => b[1] - a[1])[0]![0];
  const body = pages.flat().filter((w) => Math.abs(w.y1 - w.y0 - wordHeight) < 0.06);
  const left = Math.min(...body.map((w) => w.x0));
  const right = Math.max(...body.map((w) => w.x1));
  const pitches: number[] = [];
  for (const words of pages) {
    const lines = new Map<number, Word[]>();
    for (const w of words.filter((w) => Math.abs(w.y1 - w.y0 - wordHeight) < 0.06)) {
      const key = Math.round(w.y0 * 10) / 10;
      lines.set(key, [...(lines.get(key) ?? []), w]);
    }
    const ordered = [...lines].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < ordered.length; i++) {
      const [y, line] = ordered[i]!;
      const [yBefore, before] = ordered[i - 1]!;
      const full = Math.max(...before.map((w) => w.x1)) > right - 1.5;
      const starts = Math.min(...line.map((w) => w.x0)) < left + 1.5;
      if (full && starts) pitches.push(y - yBefore);
    }
  }
  const mean = pitches.reduce((a, b) => a + b, 0) / pitches.length;
  return { pages: pages.length, wordHeight, pitch: median(pitches), meanPitch: mean, lines: pitches.length };
}

/** The lines of a page as pdftotext reads them: words of one baseline, left to right. */
export function pageLines(words: readonly Word[]): { y0: number; y1: number; text: string }[] {
  const lines = new Map<number, Word[]>();
  for (const w of words) {
    const key = Math.round(w.y1 * 2) / 2;
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  return [...lines.values()]
    .map((ws) => ws.sort((a, b) => a.x0 - b.x0))
    .map((ws) => ({
      y0: Math.min(...ws.map((w) => w.y0)),
      y1: Math.max(...ws.map((w) => w.y1)),
      text: ws.map((w) => w.text).join(" "),
    }))
    .sort((a, b) => a.y0 - b.y0);
}
