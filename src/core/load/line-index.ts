// Line:column from offsets, and offsets inside a scalar as written: the arithmetic under positions.ts,
// and the interface rules and the schema check ask positions through (they need no yaml types).
import type { PathSegment, Position, Range } from "../diagnostic.js";

/** What rules, the schema check and the loaders ask: where a path, or characters inside a text, sit. */
export interface PlanPositions {
  position(offset: number): Position;
  span(start: number, end: number): Range;
  of(path: readonly PathSegment[], options?: { key?: boolean }): Range;
  /** The range of characters [from, to) of a string value, mapped through quotes, escapes and folding. */
  inScalar(path: readonly PathSegment[], from: number, to: number): Range;
}

/** Offsets to line:column in a text. */
export class LineIndex {
  /**
   * Offsets where lines start, from the text itself: the parser's LineCounter only sees newline
   * tokens, so inside a broken multi-line quoted string it numbers lines wrongly (found by fuzzing).
   */
  private readonly lineStarts: number[] = [0];

  constructor(protected readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  span(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** The end of the line holding `offset`: a whole mapping is shown by its first line only. */
  protected lineEnd(offset: number): number {
    const nl = this.text.indexOf("\n", offset);
    return nl === -1 ? this.text.length : nl;
  }
}

/** The offset in `text` of character `index` of a scalar's value that is written from `start` to `end`. */
export function sourceOffset(
  text: string,
  value: string,
  start: number,
  end: number,
  type: string | undefined,
  index: number,
): number {
  let j = start;
  if (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") j++;
  else if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
    const nl = text.indexOf("\n", start);
    j = nl === -1 ? end : nl + 1;
    while (j < end && text[j] === " ") j++;
  }
  for (let i = 0; i < index && i < value.length && j < end; i++) {
    const v = value[i]!;
    if (/\s/.test(v)) {
      // A space or newline in the value may stand for a folded line break and indentation.
      if (/\s/.test(text[j] ?? "")) {
        j++;
        while (j < end && /[ \t\n]/.test(text[j] ?? "") && !/\s/.test(value[i + 1] ?? "x")) j++;
      }
      continue;
    }
    if (type === "QUOTE_DOUBLE" && text[j] === "\\") {
      j += text[j + 1] === "x" ? 4 : text[j + 1] === "u" ? 6 : text[j + 1] === "U" ? 10 : 2;
      continue;
    }
    if (type === "QUOTE_SINGLE" && text[j] === "'" && text[j + 1] === "'") {
      j += 2;
      continue;
    }
    // Astral characters take two code units in both strings.
    j += v.length;
    if (v.charCodeAt(0) >= 0xd800 && v.charCodeAt(0) <= 0xdbff) {
      i++;
      j++;
    }
  }
  return Math.min(j, end);
}
