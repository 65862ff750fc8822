// Walks the JSON Schema alongside the plan data: which schema governs a path, its Vietnamese
// title, and — where the schema offers alternatives (anyOf) — which one the clerk meant.
import type { PathSegment } from "../diagnostic.js";
import { suggest } from "./suggest.js";

export type SchemaNode = Record<string, any>;

export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeAccepts(type: unknown, value: unknown): boolean {
  const actual = jsonType(value);
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => t === actual || (t === "number" && actual === "integer"));
}

export class SchemaNav {
  constructor(
    readonly root: SchemaNode,
    /** What the whole file is called in a message: a plan, or a results file. */
    private readonly rootLabel = "tệp kế hoạch",
  ) {}

  /** Follows $ref, keeping the referring node's own title and description (they are more specific). */
  deref(node: SchemaNode | undefined): SchemaNode | undefined {
    let current = node;
    let merged: SchemaNode = {};
    for (let hops = 0; current && typeof current.$ref === "string" && hops < 20; hops++) {
      const { $ref, ...rest } = current;
      merged = { ...rest, ...merged };
      current = this.lookup($ref);
    }
    return current ? { ...current, ...merged } : undefined;
  }

  private lookup(ref: string): SchemaNode | undefined {
    if (!ref.startsWith("#/")) return undefined;
    let node: any = this.root;
    for (const part of ref.slice(2).split("/")) {
      const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      node = node && Object.hasOwn(node, key) ? node[key] : undefined;
    }
    return node;
  }

  /** The alternative of an anyOf that fits the value's type and keys, or undefined when none fits. */
  chooseBranch(
    node: SchemaNode,
    value: unknown,
  ): { branch: SchemaNode; index: number; candidates: number } | undefined {
    const branches: SchemaNode[] = (node.anyOf ?? []).map((b: SchemaNode) => this.deref(b) ?? {});
    const fitting = branches
      .map((branch, index) => ({ branch, index }))
      .filter(({ branch }) =>
        branch.type === undefined
          ? branch.enum === undefined || branch.enum.some((e: unknown) => jsonType(e) === jsonType(value))
          : typeAccepts(branch.type, value),
      );
    if (fitting.length === 0) return undefined;
    if (fitting.length === 1 || jsonType(value) !== "object") return { ...fitting[0]!, candidates: fitting.length };
    const keys = Object.keys(value as object);
    const score = ({ branch }: { branch: SchemaNode }): number => {
      const required: string[] = branch.required ?? [];
      const props = Object.keys(branch.properties ?? {});
      const missing = required.filter((r) => !keys.includes(r)).length;
      const known = keys.filter((k) => props.includes(k)).length;
      // A misspelled key still tells which alternative was meant ("insrt" → insert).
      const nearly = keys.filter((k) => !props.includes(k) && suggest(k, props)).length;
      return (missing === 0 ? 1000 : 0) + known * 10 + nearly * 5 - missing;
    };
    const best = fitting.reduce((a, b) => (score(b) > score(a) ? b : a));
    return { ...best, candidates: fitting.length };
  }

  /** The schema for one step down from `node`, given the value at `node`. */
  child(node: SchemaNode | undefined, segment: PathSegment, value: unknown): SchemaNode | undefined {
    let current = this.deref(node);
    if (current?.anyOf) current = this.chooseBranch(current, value)?.branch;
    if (!current) return undefined;
    if (typeof segment === "number") return this.deref(current.items);
    // Own properties only: a key named "constructor" or "__proto__" must not find Object.prototype.
    return Object.hasOwn(current.properties ?? {}, segment) ? this.deref(current.properties[segment]) : undefined;
  }

  /** The schema governing `path` in `data` (deref'd), or undefined where the schema has nothing. */
  at(path: readonly PathSegment[], data: unknown): SchemaNode | undefined {
    let node: SchemaNode | undefined = this.root;
    let value: any = data;
    for (const segment of path) {
      node = this.child(node, segment, value);
      value = value?.[segment];
      if (!node) return undefined;
    }
    return node;
  }

  /** Like `at`, but where the schema offers alternatives, the one that fits the value there. */
  resolvedAt(path: readonly PathSegment[], data: unknown): SchemaNode | undefined {
    const node = this.at(path, data);
    if (!node?.anyOf) return node;
    let value: any = data;
    for (const segment of path) value = value?.[segment];
    return this.chooseBranch(node, value)?.branch ?? node;
  }

  /** "“Số lượng” (Chỉ tiêu cá nhân thứ 1)": a field named the way the clerk sees it in hover. */
  label(path: readonly PathSegment[], data: unknown): string {
    if (path.length === 0) return this.rootLabel;
    const last = path[path.length - 1];
    const title = this.at(path, data)?.title;
    // An item without a title of its own is the list's: "mục thứ 5 của “Cán bộ, giáo viên, nhân viên”".
    if (typeof last === "number" && title === undefined) {
      const list = path.length > 1 ? this.at(path.slice(0, -1), data)?.title : undefined;
      return list ? `mục thứ ${last + 1} của “${list}”` : `mục thứ ${last + 1}`;
    }
    const own = title ?? String(last);
    if (typeof last === "number") return `${own} thứ ${last + 1}`;
    for (let i = path.length - 2; i >= 0; i--) {
      const seg = path[i];
      if (typeof seg === "number") {
        const item = this.at(path.slice(0, i + 1), data)?.title ?? "mục";
        return `“${own}” (${item} thứ ${seg + 1})`;
      }
    }
    return `“${own}”`;
  }
}
