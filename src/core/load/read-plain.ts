// A reader for the plain block style that clerks and `plan init` write (issue 14): keys, "- " items,
// one-line values, comments on their own line or after two spaces, `{ week: 3 }` and `[1, 2]`. In one
// pass it builds the same data the full reader (the yaml library) would, or gives up
// (undefined) on anything else: block scalars, continued lines, anchors, tags, quotes with escapes,
// compact lists, and every line the full reader might want to report as a slip. Giving up is always
// safe — the file is then read by the full reader, with positions.

import { isSpace } from "../text/space.js";

/** Characters that only ever appear in a file the full reader must see: controls, invisible spaces, tabs, typed bullets. */
const RISKY_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00ad\t•●▪◦]/u;
/** A value that starts with a character YAML reads as markup (anchor, alias, tag, directive, flow end, block, quote), or a typed quote. */
const MARKUP_START = /^(?:[&*!%@`?|>“”,\]}#:]|-(?: |$))/u;
/** A comment after a value: two spaces or more, then "#" and a space or the end. */
const TRAILING_COMMENT = / {2,}#(?: |$)/u;
/** A scalar inside `{ }` or `[ ]`: letters, digits, spaces, dots, dashes and slashes, nothing YAML could read otherwise. */
const FLOW_SCALAR = /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u;
/** "1. …", "+ …", "– …" typed at the start of an item: the full reader reports them (text/typed-bullet). */
const TYPED_BULLET = /^(?:[-–+*]\s|\d{1,2}[.)]\s)/u;
/** Deeper than this, the full reader reports limits/depth; plans are about 8 deep. */
const MAX_DEPTH = 32;

/**
 * Where a value sits in the text, for diagnostics, when the reader is asked to keep positions: the
 * offsets of a one-line scalar as typed (quotes included), a mapping's keys, a list's items. "other"
 * (nulls, `{ }`/`[ ]` collections) has no offsets kept: a position asked of it comes from the full reader.
 */
export type PlainNode =
  | { kind: "PLAIN" | "QUOTE_SINGLE" | "QUOTE_DOUBLE"; start: number; end: number; value: unknown }
  | { kind: "map"; pairs: Map<string, { key: [number, number]; node: PlainNode }> }
  | { kind: "seq"; items: PlainNode[] }
  | { kind: "other" };

const OTHER: PlainNode = { kind: "other" };

/** Thrown inside the reader only, caught at its top: this text is for the full reader. */
class NotPlain {}
const NOT_PLAIN = new NotPlain();

/** The spellings of null and the booleans that could stand as a key ("true:" would be another key to YAML). */
const TYPED_KEYS = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);

/** The data of a plain plan text, exactly as the full reader reads it; undefined when the text is not plain. */
export function readPlain(source: string): unknown {
  return read(source, false)?.data;
}

/** readPlain, keeping where each value sits (load/load-plain.ts turns that into positions). */
export function readPlainWithPositions(source: string): { data: unknown; root: PlainNode } | undefined {
  return read(source, true) as { data: unknown; root: PlainNode } | undefined;
}

function read(source: string, keepPositions: boolean): { data: unknown; root?: PlainNode } | undefined {
  if (RISKY_CHARACTERS.test(source)) return undefined;
  // Lines with content, and the column their content starts at. Offsets, not slices: this runs for
  // every line of every file in a many-file check.
  const lines: string[] = [];
  const starts: number[] = [];
  const offsets: number[] | undefined = keepPositions ? [] : undefined;
  let offset = 0;
  for (const line of source.split("\n")) {
    const lineOffset = offset;
    offset += line.length + 1;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length) continue;
    const first = line.charCodeAt(indent);
    if (first === 35 /* # */) continue;
    // Indent made of any other space (an em space, an ideographic space) is text to YAML, not indent.
    if (first > 127 ? isSpace(first) : first < 33) return undefined;
    if (line.startsWith("---", indent) && line.length === indent + 3) return undefined;
    if (line.startsWith("– ", indent)) return undefined;
    lines.push(line);
    starts.push(indent);
    offsets?.push(lineOffset);
  }
  if (lines.length === 0) return undefined;
  const reader = new Reader(lines, starts, offsets);
  try {
    const data = reader.node(starts[0]!, 0);
    return reader.at === lines.length ? { data, root: reader.last } : undefined;
  } catch (e) {
    if (e === NOT_PLAIN) return undefined;
    throw e;
  }
}

/** "-" or "- …" at this column. */
function isItemAt(line: string, at: number): boolean {
  return line.charCodeAt(at) === 45 && (at + 1 === line.length || line.charCodeAt(at + 1) === 32);
}

/** The column of the colon of "key:" (then a space or the end) at this column; -1 when there is none. Keys in the plan format are ASCII words. */
function keyColonAt(line: string, at: number): number {
  let c = line.charCodeAt(at);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return -1;
  let i = at + 1;
  for (; i < line.length; i++) {
    c = line.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  if (c !== 58 /* : */ || i === line.length) return -1;
  return i + 1 === line.length || line.charCodeAt(i + 1) === 32 ? i : -1;
}

class Reader {
  at = 0;
  /** The node of the value read last, when positions are kept. */
  last: PlainNode = OTHER;
  constructor(
    private readonly lines: string[],
    /** Where each line's content starts; for "- key: value" moved to the key once the dash is read. */
    private readonly starts: number[],
    /** Where each line starts in the text: only when positions are kept. */
    private readonly offsets: number[] | undefined,
  ) {}

  /** The block node whose first line is the current one, at `indent`. */
  node(indent: number, depth: number): unknown {
    const line = this.lines[this.at]!;
    if (this.starts[this.at] !== indent || depth > MAX_DEPTH) throw NOT_PLAIN;
    if (isItemAt(line, indent)) return this.sequence(indent, depth);
    if (keyColonAt(line, indent) >= 0) return this.mapping(indent, depth);
    throw NOT_PLAIN;
  }

  /** What follows a key or dash with nothing after it: a more indented block, or null. */
  private nested(parentIndent: number, depth: number): unknown {
    this.last = OTHER;
    if (this.at >= this.lines.length) return null;
    const indent = this.starts[this.at]!;
    if (indent > parentIndent) return this.node(indent, depth + 1);
    // "key:" with its list at the key's own column (a compact list): the full reader handles it.
    if (indent === parentIndent && isItemAt(this.lines[this.at]!, indent)) throw NOT_PLAIN;
    return null;
  }

  /** After a one-line value, a more indented line would continue it (or be an error): not plain. */
  private endOfValue(indent: number): void {
    if (this.at < this.lines.length && this.starts[this.at]! > indent) throw NOT_PLAIN;
  }

  /** A one-line value valueText has just cut from the current line, read; its node kept when positions are. */
  private inline(text: string): unknown {
    const value = scalar(text);
    if (this.offsets) {
      const first = text.charCodeAt(0);
      const kind = first === 34 ? "QUOTE_DOUBLE" : first === 39 ? "QUOTE_SINGLE" : first === 123 || first === 91 || value === null ? undefined : "PLAIN";
      const at = this.offsets[this.at]! + valueStart;
      this.last = kind ? { kind, start: at, end: at + text.length, value } : OTHER;
    }
    return value;
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const pairs = this.offsets ? new Map<string, { key: [number, number]; node: PlainNode }>() : undefined;
    while (this.at < this.lines.length) {
      const start = this.starts[this.at]!;
      if (start < indent) break;
      if (start > indent) throw NOT_PLAIN;
      const line = this.lines[this.at]!;
      const colon = keyColonAt(line, indent);
      if (colon < 0) throw NOT_PLAIN;
      const name = line.slice(indent, colon);
      // A repeated key is an error to YAML; "true:" or "Null:" would become another key.
      if (Object.hasOwn(map, name) || TYPED_KEYS.has(name)) throw NOT_PLAIN;
      const lineOffset = this.offsets?.[this.at] ?? 0;
      const text = valueText(line, colon + 1);
      if (text === "") {
        this.at++;
        map[name] = this.nested(indent, depth);
      } else {
        map[name] = this.inline(text);
        this.at++;
        this.endOfValue(indent);
      }
      pairs?.set(name, { key: [lineOffset + indent, lineOffset + colon], node: this.last });
    }
    if (pairs) this.last = { kind: "map", pairs };
    return map;
  }

  private sequence(indent: number, depth: number): unknown[] {
    const list: unknown[] = [];
    const items: PlainNode[] | undefined = this.offsets ? [] : undefined;
    while (this.at < this.lines.length) {
      const start = this.starts[this.at]!;
      if (start < indent) break;
      const line = this.lines[this.at]!;
      if (start > indent || !isItemAt(line, indent)) throw NOT_PLAIN;
      let rest = indent + 1;
      while (line.charCodeAt(rest) === 32) rest++;
      if (rest === line.length || line.charCodeAt(rest) === 35 /* # */) {
        // "-" or "- # ghi chú": the item is the block below it; an empty item is not plain (readers
        // differ on it: js-yaml takes the next, less indented lines into it).
        if (rest < line.length && !/^#(?:\s|$)/u.test(line.slice(rest, rest + 2))) throw NOT_PLAIN;
        this.at++;
        if (this.at >= this.lines.length || this.starts[this.at]! <= indent) throw NOT_PLAIN;
        list.push(this.node(this.starts[this.at]!, depth + 1));
      } else if (isItemAt(line, rest) || keyColonAt(line, rest) >= 0) {
        // "- key: value" or "- - item": a block that starts on the dash's line, at the column after it.
        this.starts[this.at] = rest;
        list.push(this.node(rest, depth + 1));
      } else {
        list.push(this.inline(valueText(line, indent + 1)));
        this.at++;
        this.endOfValue(indent);
      }
      items?.push(this.last);
    }
    if (items) this.last = { kind: "seq", items };
    return list;
  }
}

/** Where the value valueText returned last starts on its line (a column; no allocation per value). */
let valueStart = 0;

/** The value from this column to the end of the line (after "key:" or "- "), without its comment; "" when there is none. */
function valueText(line: string, from: number): string {
  let start = from;
  while (line.charCodeAt(start) === 32) start++;
  if (start === line.length) return "";
  // A value that starts with another kind of space (ideographic, em) keeps it in YAML: not plain.
  const first = line.charCodeAt(start);
  if (first > 127 && isSpace(first)) throw NOT_PLAIN;
  if (first === 35 /* # */) {
    // "calendar:   # ghi chú": an empty value and a comment.
    if (!/^#(?:\s|$)/u.test(line.slice(start, start + 2))) throw NOT_PLAIN;
    return "";
  }
  let end = line.length;
  // A comment after a value must be its own: two spaces before the #, a space after it.
  const hash = line.indexOf("#", start);
  if (hash >= 0) {
    const value = line.slice(start);
    const comment = TRAILING_COMMENT.exec(value);
    if (!comment || start + comment.index + comment[0].indexOf("#") !== hash) throw NOT_PLAIN;
    end = start + comment.index;
  }
  while (line.charCodeAt(end - 1) === 32) end--;
  const last = line.charCodeAt(end - 1);
  if (last > 127 ? isSpace(last) : last < 33) throw NOT_PLAIN;
  valueStart = start;
  return line.slice(start, end);
}

function scalar(value: string): unknown {
  const c = value.charCodeAt(0);
  // Quoted values by hand, not by regex: these run for every value of every plan (a match array and
  // its capture per value, on Node 20 the most allocated thing in a many-file check after the text).
  if (c === 34 /* " */) {
    // "…" with no other quote and no escape inside; anything else is for the full reader.
    if (value.length < 2 || value.indexOf('"', 1) !== value.length - 1 || value.includes("\\")) throw NOT_PLAIN;
    return value.slice(1, -1);
  }
  if (c === 39 /* ' */) {
    // '…' where every quote inside is doubled.
    const last = value.length - 1;
    if (last < 1 || value.charCodeAt(last) !== 39) throw NOT_PLAIN;
    for (let at = value.indexOf("'", 1); at < last; at = value.indexOf("'", at + 2)) if (value.charCodeAt(at + 1) !== 39 || at + 1 === last) throw NOT_PLAIN;
    return value.slice(1, -1).replaceAll("''", "'");
  }
  if (c === 123 /* { */) return flowMapping(value);
  if (c === 91 /* [ */) return flowSequence(value);
  // Letters start most values and no markup, bullet or type: only the colon test is left for them.
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122 && c !== 102 && c !== 110 && c !== 116) || (c >= 0xc0 && c !== 0x201c && c !== 0x201d && c !== 0x2013);
  if (!letter && (MARKUP_START.test(value) || TYPED_BULLET.test(value))) throw NOT_PLAIN;
  // "Chỉ tiêu: 100%", "… như sau:": a colon, then a blank or the end, a YAML reader could take for a key.
  for (let at = value.indexOf(":"); at >= 0; at = value.indexOf(":", at + 1)) if (at + 1 === value.length || isSpace(value.charCodeAt(at + 1))) throw NOT_PLAIN;
  return letter && !(c === 70 || c === 78 || c === 84) ? value : typedScalar(value);
}

/**
 * A plain scalar as the full reader (the yaml library, YAML 1.2 core schema) types it: null, a boolean,
 * a number, or the text itself. Its own tests, in its order (yaml/dist/schema/core).
 */
function typedScalar(value: string): unknown {
  // Every core type starts with one of these; most prose does not, and skips the tests.
  if (!/^[~nNtTfF+\-.0-9]/u.test(value)) return value;
  if (/^(?:~|[Nn]ull|NULL)$/u.test(value)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/u.test(value)) return value[0] === "t" || value[0] === "T";
  if (/^0o[0-7]+$/u.test(value)) return parseInt(value.slice(2), 8);
  if (/^[-+]?[0-9]+$/u.test(value)) return parseInt(value, 10);
  if (/^0x[0-9a-fA-F]+$/u.test(value)) return parseInt(value.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/u.test(value)) return value.slice(-3).toLowerCase() === "nan" ? NaN : value[0] === "-" ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/u.test(value) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/u.test(value)) return parseFloat(value);
  return value;
}

/** The entries between the brackets, without the spaces around them (spaces only: other blanks are text). */
function flowEntries(inner: string): string[] {
  if (/^ *$/u.test(inner)) return [];
  return inner.split(",").map((part) => part.replace(/^ +| +$/gu, ""));
}

function flowMapping(value: string): Record<string, unknown> {
  const m = /^\{([^{}[\]]*)\}$/u.exec(value);
  if (!m) throw NOT_PLAIN;
  const map: Record<string, unknown> = {};
  for (const entry of flowEntries(m[1]!)) {
    const pair = /^([A-Za-z][A-Za-z0-9]*): +(.*)$/u.exec(entry);
    if (!pair || !FLOW_SCALAR.test(pair[2]!) || Object.hasOwn(map, pair[1]!) || typedScalar(pair[1]!) !== pair[1]) throw NOT_PLAIN;
    map[pair[1]!] = typedScalar(pair[2]!);
  }
  return map;
}

function flowSequence(value: string): unknown[] {
  const m = /^\[([^{}[\]]*)\]$/u.exec(value);
  if (!m) throw NOT_PLAIN;
  return flowEntries(m[1]!).map((entry) => {
    if (!FLOW_SCALAR.test(entry)) throw NOT_PLAIN;
    return typedScalar(entry);
  });
}
