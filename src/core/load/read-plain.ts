// The fast path's reader (issue 14): one pass over a plan written in the plain block style that clerks
// and `plan init` write — keys, "- " items, one-line values, comments on their own line or after two
// spaces, `{ week: 3 }` and `[1, 2]`. It builds the same data js-yaml's core schema would, or gives up
// (undefined) on anything else: block scalars, continued lines, anchors, tags, quotes with escapes,
// compact lists, and every line the full reader might want to report as a slip. Giving up is always
// safe — the file is then read by the full reader, with positions.
import * as jsyaml from "js-yaml";

/** Characters that only ever appear in a file the full reader must see: controls, invisible spaces, tabs, typed bullets. */
const RISKY_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00ad\t•●▪◦]/u;
/** "key:" then a space or the end of the line. Keys in the plan format are ASCII words. */
const KEY = /^([A-Za-z][A-Za-z0-9]*):(?= |$)/u;
/** A value that starts with a character YAML reads as markup (anchor, alias, tag, directive, flow end, block, quote), or a typed quote. */
const MARKUP_START = /^(?:[&*!%@`?|>“”,\]}#:]|-(?: |$))/u;
/** A comment after a value: two spaces or more, then "#" and a space or the end. */
const TRAILING_COMMENT = / {2,}#(?: |$)/u;
/** A scalar inside `{ }` or `[ ]`: letters, digits, spaces, dots, dashes and slashes, nothing YAML could read otherwise. */
const FLOW_SCALAR = /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u;
// js-yaml's own implicit types, in its core schema's order: a plain scalar means what it means there.
// (@types/js-yaml does not declare `types`; js-yaml exports it.)
const { types } = jsyaml as unknown as { types: Record<"null" | "bool" | "int" | "float", jsyaml.Type> };
const IMPLICIT = [types.null, types.bool, types.int, types.float];

/** Thrown inside the reader only, caught at its top: this text is for the full reader. */
class NotPlain {}
const NOT_PLAIN = new NotPlain();

interface Line {
  indent: number;
  /** The line without its indent. */
  text: string;
}

/** The data of a plain plan text, exactly as js-yaml's core schema reads it; undefined when the text is not plain. */
export function readPlain(source: string): unknown {
  if (RISKY_CHARACTERS.test(source)) return undefined;
  const lines: Line[] = [];
  for (const line of source.split("\n")) {
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length) continue;
    const first = line.charCodeAt(indent);
    if (first === 35 /* # */) continue;
    // Indent made of any other space (an em space, an ideographic space) is text to YAML, not indent.
    if (/\s/u.test(line[indent]!)) return undefined;
    const text = line.slice(indent);
    if (text === "---" || text.startsWith("– ")) return undefined;
    lines.push({ indent, text });
  }
  if (lines.length === 0) return undefined;
  const reader = new Reader(lines);
  try {
    const data = reader.node(lines[0]!.indent);
    return reader.at === lines.length ? data : undefined;
  } catch (e) {
    if (e === NOT_PLAIN) return undefined;
    throw e;
  }
}

const isItem = (text: string): boolean => text === "-" || text.startsWith("- ");

class Reader {
  at = 0;
  constructor(private readonly lines: Line[]) {}

  /** The block node whose first line is the current one, at `indent`. */
  node(indent: number): unknown {
    const line = this.lines[this.at]!;
    if (line.indent !== indent) throw NOT_PLAIN;
    if (isItem(line.text)) return this.sequence(indent);
    if (KEY.test(line.text)) return this.mapping(indent);
    throw NOT_PLAIN;
  }

  /** What follows a key or dash with nothing after it: a more indented block, or null. */
  private nested(parentIndent: number): unknown {
    const next = this.lines[this.at];
    if (next && next.indent > parentIndent) return this.node(next.indent);
    // "key:" with its list at the key's own column (a compact list): the full reader handles it.
    if (next && next.indent === parentIndent && isItem(next.text)) throw NOT_PLAIN;
    return null;
  }

  /** After a one-line value, a more indented line would continue it (or be an error): not plain. */
  private endOfValue(indent: number): void {
    const next = this.lines[this.at];
    if (next && next.indent > indent) throw NOT_PLAIN;
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent) throw NOT_PLAIN;
      const key = KEY.exec(line.text);
      if (!key) throw NOT_PLAIN;
      const name = key[1]!;
      // A repeated key is an error to YAML; "true:" or "Null:" would become another key.
      if (Object.hasOwn(map, name) || typedScalar(name) !== name) throw NOT_PLAIN;
      const value = valueText(line.text.slice(key[0].length));
      this.at++;
      if (value === "") map[name] = this.nested(indent);
      else {
        map[name] = scalar(value);
        this.endOfValue(indent);
      }
    }
    return map;
  }

  private sequence(indent: number): unknown[] {
    const list: unknown[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent || !isItem(line.text)) throw NOT_PLAIN;
      let spaces = 1;
      while (line.text.charCodeAt(spaces) === 32) spaces++;
      const rest = line.text.slice(spaces);
      if (rest === "" || rest.startsWith("#")) {
        // "-" or "- # ghi chú": the item is the block below it. An empty item is read differently by
        // js-yaml and yaml (js-yaml takes the next, less indented lines into it): not plain.
        if (rest !== "" && !/^#(?:\s|$)/u.test(rest)) throw NOT_PLAIN;
        this.at++;
        const next = this.lines[this.at];
        if (!next || next.indent <= indent) throw NOT_PLAIN;
        list.push(this.node(next.indent));
      } else if (isItem(rest) || KEY.test(rest)) {
        // "- key: value" or "- - item": a block that starts on the dash's line, at the column after it.
        this.lines[this.at] = { indent: indent + spaces, text: rest };
        list.push(this.node(indent + spaces));
      } else {
        list.push(scalar(valueText(` ${rest}`)));
        this.at++;
        this.endOfValue(indent);
      }
    }
    return list;
  }
}

/** The value after "key:" or "- ", without its comment; "" when there is none. */
function valueText(raw: string): string {
  let start = 0;
  while (raw.charCodeAt(start) === 32) start++;
  let value = raw.slice(start);
  // A value that starts with another kind of space (ideographic, em) keeps it in YAML: not plain.
  if (/^\s/u.test(value)) throw NOT_PLAIN;
  if (value.startsWith("#")) {
    // "calendar:   # ghi chú": an empty value and a comment.
    if (!/^#(?:\s|$)/u.test(value)) throw NOT_PLAIN;
    return "";
  }
  // A comment after a value must be its own: two spaces before the #, a space after it.
  const hash = value.indexOf("#");
  if (hash >= 0) {
    const comment = TRAILING_COMMENT.exec(value);
    if (!comment || comment.index + comment[0].indexOf("#") !== hash) throw NOT_PLAIN;
    value = value.slice(0, comment.index);
  }
  let end = value.length;
  while (value.charCodeAt(end - 1) === 32) end--;
  value = value.slice(0, end);
  if (/\s$/u.test(value)) throw NOT_PLAIN;
  return value;
}

function scalar(value: string): unknown {
  const first = value[0];
  if (first === '"') {
    const m = /^"([^"\\]*)"$/u.exec(value);
    if (!m) throw NOT_PLAIN;
    return m[1];
  }
  if (first === "'") {
    const m = /^'((?:[^']|'')*)'$/u.exec(value);
    if (!m) throw NOT_PLAIN;
    return m[1]!.replaceAll("''", "'");
  }
  if (first === "{") return flowMapping(value);
  if (first === "[") return flowSequence(value);
  // "Chỉ tiêu: 100%", "… như sau:": a colon a YAML reader could take for a key.
  if (MARKUP_START.test(value) || /:(?:\s|$)/u.test(value)) throw NOT_PLAIN;
  return typedScalar(value);
}

/** A plain scalar as js-yaml's core schema types it: null, a boolean, a number, or the text itself. */
function typedScalar(value: string): unknown {
  // Every implicit type starts with one of these; most prose does not, and skips the four checks.
  if (!/^[~nNtTfF+\-.0-9]/u.test(value)) return value;
  for (const type of IMPLICIT) if (type.resolve(value)) return type.construct(value);
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
