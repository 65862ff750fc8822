// The plain loader (issue 14): a plan in the plain block style is read in one pass by read-plain.ts,
// with the offsets of its values kept, instead of by the yaml library. A cold `plan validate` of one
// plan spent ~35 ms of its ~250 ms in the library's parser (Node 20, interpreted code), most of it for
// positions that only a diagnostic ever asks for. A position the plain reader did not keep (a null, a
// `{ }` value, a whole list in a list) is asked of the full reader, which then parses once, lazily.
// A test holds every diagnostic (codes, positions) to the full path's, on every corpus we have.
// This module does not import the yaml library: the caller passes the full reader's positions in, or
// learns (NeedsFullReader) that this plan needs them, so commands load yaml only for such plans.
import type { PathSegment, Range } from "../diagnostic.js";
import { LineIndex, sourceOffset, type PlanPositions } from "./line-index.js";
import type { LoadedPlan } from "./load.js";
import { readPlainWithPositions, type PlainNode } from "./read-plain.js";

/** The full reader's positions of a text (load/positions.ts, with the yaml library). */
export type FullPositions = (text: string) => PlanPositions;

/** Thrown when a position is needed that only the full reader has, and none was passed in. */
export class NeedsFullReader extends Error {}

/** The plan read the plain way, or undefined when the text needs the full reader (load.ts). */
export function loadPlain(text: string, full?: FullPositions): LoadedPlan | undefined {
  const read = readPlainWithPositions(text);
  if (!read || read.data === null || typeof read.data !== "object" || Array.isArray(read.data)) return undefined;
  // Nothing a plain text can hold is a slip or a YAML problem (read-plain gives up on all of them).
  return { data: read.data, positions: new PlainPositions(text, read.root, full), diagnostics: [] };
}

interface Located {
  node: PlainNode;
  key: [number, number] | undefined;
  found: boolean;
}

class PlainPositions extends LineIndex implements PlanPositions {
  private fullPositions: PlanPositions | undefined;

  constructor(
    text: string,
    private readonly root: PlainNode,
    private readonly full: FullPositions | undefined,
  ) {
    super(text);
  }

  /** The full reader's positions, for what the plain reader did not keep. */
  private fallback(): PlanPositions {
    if (!this.full) throw new NeedsFullReader();
    this.fullPositions ??= this.full(this.text);
    return this.fullPositions;
  }

  /** As Positions.locate: walks the path; stops at the last node it can reach. Undefined inside a node it did not keep. */
  private locate(path: readonly PathSegment[]): Located | undefined {
    let node = this.root;
    let key: [number, number] | undefined;
    for (const seg of path) {
      if (node.kind === "other") return undefined;
      if (node.kind === "map") {
        const pair = node.pairs.get(String(seg));
        if (!pair) return { node, key, found: false };
        key = pair.key;
        node = pair.node;
      } else if (node.kind === "seq" && typeof seg === "number") {
        const item = node.items[seg];
        if (!item) return { node, key, found: false };
        key = undefined;
        node = item;
      } else {
        return { node, key, found: false };
      }
    }
    return { node, key, found: true };
  }

  of(path: readonly PathSegment[], options: { key?: boolean } = {}): Range {
    const located = this.locate(path);
    if (!located) return this.fallback().of(path, options);
    const { node, key, found } = located;
    if (options.key && key) return this.span(key[0], key[1]);
    const collection = node.kind === "map" || node.kind === "seq";
    // A missing property, or a whole mapping or list: the key that names it reads best.
    if (key && (!found || collection)) return this.span(key[0], key[1]);
    if (found && "start" in node) return this.span(node.start, node.end);
    return this.fallback().of(path, options);
  }

  inScalar(path: readonly PathSegment[], from: number, to: number): Range {
    const located = this.locate(path);
    if (!located) return this.fallback().inScalar(path, from, to);
    const { node, found } = located;
    if (!found || !("start" in node) || typeof node.value !== "string") return this.of(path);
    const start = sourceOffset(this.text, node.value, node.start, node.end, node.kind, from);
    const end = sourceOffset(this.text, node.value, node.start, node.end, node.kind, to);
    return this.span(start, end);
  }
}
