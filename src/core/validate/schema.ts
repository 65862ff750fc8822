// JSON Schema validation: the precompiled validator, then ajv's errors turned into one
// diagnostic per problem, at the offending value (or key), named by the field's Vietnamese title.
import validatePlan from "../../generated/plan-validator.cjs";
import {
  formatPath,
  type Diagnostic,
  type DiagnosticArgs,
  type DiagnosticCode,
  type PathSegment,
} from "../diagnostic.js";
import type { PlanPositions } from "../load/line-index.js";
import { planSchema } from "./plan-schema.js";
import { jsonType, SchemaNav, type SchemaNode } from "./schema-nav.js";
import { propertyForTitle } from "../load/titles.js";
import { suggest } from "./suggest.js";

type AjvError = NonNullable<typeof validatePlan.errors>[number];

const planNav = new SchemaNav(planSchema);

/** A precompiled validator with the full schema its messages read (the plan's, or the results file's). */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

/** The pattern of the schema's one-line text (definitions.shortText). */
const ONE_LINE = (planSchema as { definitions: { shortText: { pattern: string } } }).definitions.shortText.pattern;
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

function parsePointer(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value: any = data;
  for (const seg of path) value = value?.[seg];
  return value;
}

function show(value: unknown): string {
  const type = jsonType(value);
  if (type === "array") return "[…]";
  if (type === "object") return "{…}";
  if (type === "null") return "";
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The value to write instead, when a clerk typed it the way Word documents write it. */
export function valueHint(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  // "25/09/2024", "19/9/24" (a school plan's two-digit year is this century's), "2024-8-29", "2024/9/19".
  const date = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/u.exec(text);
  if (date) return realDate(date[3]!.length === 2 ? `20${date[3]}` : date[3]!, date[2]!, date[1]!);
  const iso = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})$/u.exec(text);
  if (iso && !/^\d{4}-\d{2}-\d{2}$/u.test(text)) return realDate(iso[1]!, iso[2]!, iso[3]!);
  const month = /^(?:tháng\s*)?(\d{1,2})\s*[/-]\s*(\d{4})$/iu.exec(text);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `${month[2]}-${month[1]!.padStart(2, "0")}`;
  if (/^\d+,\d+$/u.test(text)) return text.replace(",", ".");
  if (/^(có|đúng|true)$/iu.test(text)) return "true";
  if (/^(không|sai|false)$/iu.test(text)) return "false";
  return undefined;
}

/** "2024-09-19" for a day that exists; undefined for 30/02 (that is a wrong date, not a form to rewrite). */
function realDate(year: string, month: string, day: string): string | undefined {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const at = new Date(Date.UTC(y, m - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return undefined;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

function typeList(type: unknown): string {
  return (Array.isArray(type) ? type : [type]).map(String).join(",");
}

interface Pending {
  path: PathSegment[];
  diagnostic: Diagnostic;
  error: AjvError;
}

class Translator {
  constructor(
    private readonly data: unknown,
    private readonly positions: PlanPositions,
    private readonly nav: SchemaNav = planNav,
  ) {}

  private make(
    code: DiagnosticCode,
    path: PathSegment[],
    args: DiagnosticArgs,
    at: "value" | "key" = "value",
  ): Diagnostic {
    const write = at === "value" && code !== "schema/required" ? valueHint(valueAt(this.data, path)) : undefined;
    // English messages name the field by its path ("timeline[0].activities[1]"); Vietnamese ones by its title.
    const fieldPath = formatPath(at === "key" ? path.slice(0, -1) : path) || "the plan";
    return {
      code,
      severity: "error",
      path,
      range: this.positions.of(path, { key: at === "key" }),
      args: { ...args, fieldPath, ...(write ? { write } : {}) },
    };
  }

  translate(error: AjvError): Diagnostic {
    const path = parsePointer(error.instancePath);
    const value = valueAt(this.data, path);
    const field = this.nav.label(path, this.data);
    const schema: SchemaNode = this.nav.resolvedAt(path, this.data) ?? {};
    const p = error.params;
    switch (error.keyword) {
      case "required": {
        const property = String(p.missingProperty);
        const propertySchema = Object.hasOwn(schema.properties ?? {}, property)
          ? this.nav.deref(schema.properties[property])
          : undefined;
        return this.make("schema/required", path, {
          field,
          property,
          propertyTitle: propertySchema?.title ?? property,
        });
      }
      case "additionalProperties": {
        const property = String(p.additionalProperty);
        const args: DiagnosticArgs = { field, property };
        const allowed = Object.keys(schema.properties ?? {});
        // "địa danh:" is the clerk's Vietnamese name for place: (the schema's title), not a typo.
        const titled = propertyForTitle(property, allowed);
        const suggestion = titled ?? suggest(property, allowed);
        if (suggestion) args.suggestion = suggestion;
        if (titled) args.vietnamese = 1;
        return this.make("schema/unknown-property", [...path, property], args, "key");
      }
      case "type":
        return this.make("schema/type", path, { field, types: typeList(p.type), value: show(value) });
      case "enum": {
        const allowed = (p.allowedValues as unknown[]).map(String);
        const args: DiagnosticArgs = { field, value: show(value), allowed: allowed.join(", ") };
        const suggestion = typeof value === "string" ? suggest(value, allowed) : undefined;
        if (suggestion) args.suggestion = suggestion;
        return this.make("schema/enum", path, args);
      }
      case "const":
        return this.make("schema/const", path, { field, expected: String(p.allowedValue) });
      case "format":
        return this.make("schema/format", path, { field, value: show(value) });
      case "pattern":
        // A one-line field (the schema's shortText) that holds a line break: the DOCX would print one
        // line and the text two, so it is said as what it is, with the value on one line to write.
        if (p.pattern === ONE_LINE)
          return {
            ...this.make("text/line-break", path, { field }),
            args: { field, fieldPath: formatPath(path), write: oneLine(String(value)) },
          };
        return this.make("schema/pattern", path, {
          field,
          value: show(value),
          expected: schema.description ?? String(p.pattern),
        });
      case "minimum":
      case "exclusiveMinimum":
        return this.make("schema/minimum", path, { field, value: show(value), limit: Number(p.limit) });
      case "maximum":
      case "exclusiveMaximum":
        return this.make("schema/maximum", path, { field, value: show(value), limit: Number(p.limit) });
      case "minLength":
        return this.make("schema/min-length", path, { field });
      case "maxLength":
        return this.make("schema/max-length", path, { field, limit: Number(p.limit), length: String(value).length });
      case "minItems":
        return this.make("schema/min-items", path, { field, limit: Number(p.limit) });
      case "maxItems":
        return this.make("schema/max-items", path, { field, limit: Number(p.limit) });
      default:
        return this.make("schema/invalid", path, { field, detail: error.message ?? error.keyword });
    }
  }

  /**
   * ajv reports every failed alternative of an anyOf, then the anyOf itself. Keep only what the
   * alternative the clerk meant says; if no alternative fits the value's type, say so once.
   */
  collapseAnyOf(error: AjvError, inner: Pending[]): Diagnostic[] {
    const path = parsePointer(error.instancePath);
    const value = valueAt(this.data, path);
    const field = this.nav.label(path, this.data);
    const node = this.nav.at(path.slice(0, -1), this.data);
    const schema =
      path.length === 0
        ? this.nav.deref(this.nav.root)
        : this.nav.deref(this.nav.child(node, path[path.length - 1]!, valueAt(this.data, path.slice(0, -1))));
    const anyOfNode = schema?.anyOf ? schema : undefined;
    const chosen = anyOfNode ? this.nav.chooseBranch(anyOfNode, value) : undefined;
    if (!anyOfNode || !chosen) {
      const branches: SchemaNode[] = (anyOfNode?.anyOf ?? []).map((b: SchemaNode) => this.nav.deref(b) ?? {});
      const alternatives = branches
        .map((b) => b.title ?? "")
        .filter(Boolean)
        .join("; ");
      return [
        this.make("schema/type", path, {
          field,
          types: typeList(branches.map((b) => b.type)),
          alternatives,
          value: show(value),
        }),
      ];
    }
    const branch = chosen.branch;
    const own = (e: AjvError): boolean => e.instancePath === error.instancePath;
    let kept = inner.filter(({ error: e, path: p }) => {
      if (!own(e)) {
        // A deeper error belongs to the chosen alternative only if that alternative has the key.
        const key = p[path.length];
        return typeof key === "number"
          ? branch.type === "array"
          : key !== undefined && Object.hasOwn(branch.properties ?? {}, key);
      }
      switch (e.keyword) {
        case "required":
          return (branch.required ?? []).includes(e.params.missingProperty);
        case "additionalProperties":
          return (
            branch.additionalProperties === false &&
            !Object.hasOwn(branch.properties ?? {}, String(e.params.additionalProperty))
          );
        case "type":
          return false;
        default:
          return e.keyword in branch;
      }
    });
    if (jsonType(value) === "string" && chosen.candidates > 1) {
      // Several string alternatives (a date, a month, a keyword): pick by what the text looks like.
      const text = String(value);
      const enumErr = inner.find(({ error: e }) => own(e) && e.keyword === "enum");
      // "2025-02-30" and the Vietnamese habit "19/9/2024" are both attempts at a date.
      const looksDate = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(text);
      const looksMonth = /^\d{4}-\d{1,2}$/.test(text);
      const enumValues = (anyOfNode.anyOf as SchemaNode[]).flatMap((b) => this.nav.deref(b)?.enum ?? []).map(String);
      if (!looksDate && !looksMonth && suggest(text, enumValues)) {
        kept = enumErr ? [enumErr] : [];
      } else if (looksDate) {
        kept = inner
          .filter(({ error: e }) => own(e) && (e.keyword === "format" || e.keyword === "pattern"))
          .slice(0, 1);
      } else {
        return [this.make("schema/any-of", path, { field, value: show(value), expected: schema?.description ?? "" })];
      }
    }
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    for (const { diagnostic } of kept) {
      const key = `${diagnostic.code}|${diagnostic.path.join("/")}|${JSON.stringify(diagnostic.args)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(diagnostic);
    }
    if (out.length === 0)
      out.push(this.make("schema/any-of", path, { field, value: show(value), expected: schema?.description ?? "" }));
    return out;
  }
}

/** Validates plan data against schemas/plan.schema.json. Pure: data and positions in, diagnostics out. */
export function validateSchema(data: unknown, positions: PlanPositions): Diagnostic[] {
  return validateSchemaWith(validatePlan, planNav, data, positions);
}

/** The same translation for another file kind's schema (the results file: core/results/). */
export function validateSchemaWith(
  validator: SchemaValidator,
  nav: SchemaNav,
  data: unknown,
  positions: PlanPositions,
): Diagnostic[] {
  if (validator(data)) return [];
  const translator = new Translator(data, positions, nav);
  const stack: Pending[] = [];
  for (const error of validator.errors ?? []) {
    if (error.keyword === "anyOf" || error.keyword === "oneOf") {
      // Its alternatives' errors are the run just before it, at or under its path.
      const inner: Pending[] = [];
      const prefix = error.instancePath;
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const p = top.error.instancePath;
        if (p !== prefix && !p.startsWith(`${prefix}/`)) break;
        inner.unshift(stack.pop()!);
      }
      for (const diagnostic of translator.collapseAnyOf(error, inner)) {
        stack.push({
          path: diagnostic.path,
          diagnostic,
          error: { ...error, keyword: "collapsed", instancePath: error.instancePath },
        });
      }
      continue;
    }
    const diagnostic = translator.translate(error);
    stack.push({ path: parsePointer(error.instancePath), diagnostic, error });
  }
  return dropExplainedRequired(stack.map((p) => p.diagnostic));
}

/** "Unknown key plase — did you mean place?" already explains "missing place": say it once. */
function dropExplainedRequired(diagnostics: Diagnostic[]): Diagnostic[] {
  const explained = new Set(
    diagnostics
      .filter((d) => d.code === "schema/unknown-property" && d.args.suggestion)
      .map((d) => `${d.path.slice(0, -1).join("/")}|${d.args.suggestion}`),
  );
  return diagnostics.filter(
    (d) => d.code !== "schema/required" || !explained.has(`${d.path.join("/")}|${d.args.property}`),
  );
}
