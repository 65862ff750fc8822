// What kind of value the format expects at a place in the file, read from the plan's JSON Schema before
// the schema check runs: free text (a sentence the clerk writes, which the document prints), a whole
// number (a count), or something else (a date, a code, an id, an `insert:`). The slip checks ask it: a
// "#" glued to a sentence may be the sentence going on, but after a date or a code it is a comment.
import type { PathSegment } from "../diagnostic.js";
import { planSchema } from "../validate/plan-schema.js";

type SchemaNode = Record<string, any>;

export interface FieldKind {
  /** The schema has a place here at all. */
  known: boolean;
  /** Free text: one of the schema's `text` or `shortText` (a string the document prints as written). */
  text: boolean;
  /** A whole number (a count, a total). */
  integer: boolean;
  /** A calendar date (year-month-day) may stand here. */
  date: boolean;
  /** The property names a mapping here may have (for a key typed wrong: the nearest one). */
  properties: readonly string[];
}

const FREE_TEXT = new Set(["#/definitions/text", "#/definitions/shortText"]);
const DATE = "#/definitions/date";

function lookup(ref: string): SchemaNode | undefined {
  let node: any = planSchema;
  for (const part of ref.slice(2).split("/")) node = node && Object.hasOwn(node, part) ? node[part] : undefined;
  return node;
}

/** A node and every alternative it stands for, with the references followed (and which ones were). */
function expand(node: SchemaNode | undefined, refs: Set<string>, out: SchemaNode[], depth = 0): void {
  if (!node || typeof node !== "object" || depth > 20) return;
  if (typeof node.$ref === "string") {
    refs.add(node.$ref);
    expand(lookup(node.$ref), refs, out, depth + 1);
    return;
  }
  out.push(node);
  for (const key of ["anyOf", "oneOf", "allOf"])
    for (const branch of node[key] ?? []) expand(branch, refs, out, depth + 1);
}

const cache = new Map<string, FieldKind>();

/** The kind of value expected at `path` (list positions may be any number). */
export function fieldKind(path: readonly PathSegment[]): FieldKind {
  const key = path.map((s) => (typeof s === "number" ? "[]" : s)).join("/");
  const cached = cache.get(key);
  if (cached) return cached;
  let nodes: SchemaNode[] = [];
  let refs = new Set<string>();
  expand(planSchema, refs, nodes);
  for (const segment of path) {
    const next: SchemaNode[] = [];
    refs = new Set();
    for (const node of nodes) {
      if (typeof segment === "number") {
        if (node.items) expand(node.items, refs, next);
      } else if (node.properties && Object.hasOwn(node.properties, segment))
        expand(node.properties[segment], refs, next);
    }
    nodes = next;
  }
  const kind: FieldKind = {
    known: nodes.length > 0,
    text: [...refs].some((r) => FREE_TEXT.has(r)),
    integer: nodes.some((n) => n.type === "integer"),
    date: refs.has(DATE),
    properties: [...new Set(nodes.flatMap((n) => Object.keys(n.properties ?? {})))],
  };
  cache.set(key, kind);
  return kind;
}

/** Every property name the format has anywhere: the names a key typed with a stray letter may have meant. */
export function allPropertyNames(): readonly string[] {
  const names = new Set<string>();
  const walk = (node: unknown, depth: number): void => {
    if (!node || typeof node !== "object" || depth > 30) return;
    const n = node as SchemaNode;
    for (const [name, child] of Object.entries<any>(n.properties ?? {})) {
      names.add(name);
      walk(child, depth + 1);
    }
    for (const k of ["anyOf", "oneOf", "allOf"]) for (const b of n[k] ?? []) walk(b, depth + 1);
    if (n.items) walk(n.items, depth + 1);
  };
  walk(planSchema, 0);
  for (const d of Object.values<any>((planSchema as SchemaNode).definitions ?? {})) walk(d, 0);
  return [...names];
}
