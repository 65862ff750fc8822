import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";
import type { PathSegment, Range } from "../diagnostic.js";
import { LineIndex, sourceOffset, type PlanPositions } from "./line-index.js";

interface Located {
  node: Node | null;
  /** The key of the pair that holds `node` when its parent is a mapping. */
  key: Node | null;
  /** Whether the whole path exists. */
  found: boolean;
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
