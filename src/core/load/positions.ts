import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";
import type { PathSegment, Position, Range } from "../diagnostic.js";

interface Located {
  node: Node | null;
  /** The key of the pair that holds `node` when its parent is a mapping. */
  key: Node | null;
  /** Whether the whole path exists. */
  found: boolean;
}

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

/** Maps plan paths (and offsets inside prose) back to line:column in the clerk's file, from the YAML document. */
export class Positions extends LineIndex implements PlanPositions {
  /** Keys of large mappings, indexed on first use: thousands of lookups must not each scan the mapping. */
  private readonly keyIndex = new WeakMap<object, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    text: string,
  ) {
    super(text);
  }

  private resolve(node: unknown): Node | null {
    if (isAlias(node)) return (node.resolve(this.doc) as Node | undefined) ?? null;
    return (node as Node | null) ?? null;
  }

  private pairOf(items: Pair[], key: string): Pair | undefined {
    if (items.length < 32) return items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    let index = this.keyIndex.get(items);
    if (!index) {
      index = new Map();
      for (const p of items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      this.keyIndex.set(items, index);
    }
    return index.get(key);
  }

  locate(path: readonly PathSegment[]): Located {
    let node = this.resolve(this.doc.contents);
    let key: Node | null = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = this.pairOf(node.items as Pair[], String(seg));
        if (!pair) return { node, key, found: false };
        key = pair.key as Node;
        node = this.resolve(pair.value);
        if (!node) return { node: key, key, found: false };
      } else if (isSeq(node) && typeof seg === "number") {
        const item = this.resolve(node.items[seg]);
        if (!item) return { node, key, found: false };
        key = null;
        node = item;
      } else {
        return { node, key, found: false };
      }
    }
    return { node, key, found: true };
  }

  private nodeRange(node: Node): Range {
    const [start, valueEnd] = node.range ?? [0, 0];
    if (isScalar(node)) return this.span(start, valueEnd);
    return this.span(start, Math.min(valueEnd, this.lineEnd(start)));
  }

  of(path: readonly PathSegment[], options: { key?: boolean } = {}): Range {
    const { node, key, found } = this.locate(path);
    if (!node) return this.span(0, 0);
    if (options.key && key) return this.nodeRange(key);
    if (!found || !isScalar(node)) {
      // A missing property or a whole mapping: the key that names the mapping reads best.
      if (key && (!found || isMap(node) || isSeq(node))) return this.nodeRange(key);
    }
    return this.nodeRange(node);
  }

  inScalar(path: readonly PathSegment[], from: number, to: number): Range {
    const { node, found } = this.locate(path);
    if (!found || !isScalar(node) || typeof node.value !== "string" || !node.range) return this.of(path);
    const start = sourceOffset(this.text, node.value, node.range[0], node.range[1], node.type, from);
    const end = sourceOffset(this.text, node.value, node.range[0], node.range[1], node.type, to);
    return this.span(start, end);
  }
}

/** The offset in `text` of character `index` of a scalar's value that is written from `start` to `end`. */
export function sourceOffset(text: string, value: string, start: number, end: number, type: string | undefined, index: number): number {
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
