// The schema's Vietnamese titles as names a clerk may type for a key ("địa danh:" for place:, "đợt:" for
// phases:). Such a key is not a sentence gone wrong; validate names the key to write instead.
import { planSchema } from "../validate/plan-schema.js";

let titles: Map<string, Set<string>> | undefined;

const norm = (s: string): string => s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();

/** Vietnamese title (lower case) → the property names that carry it. */
export function schemaTitles(): Map<string, Set<string>> {
  if (titles) return titles;
  titles = new Map();
  const add = (title: unknown, property: string): void => {
    if (typeof title !== "string") return;
    for (const t of [title, title.replace(/\s*\(.*\)$/u, "")]) {
      const k = norm(t);
      titles!.set(k, (titles!.get(k) ?? new Set()).add(property));
    }
  };
  const walk = (node: any): void => {
    if (!node || typeof node !== "object") return;
    for (const [name, prop] of Object.entries<any>(node.properties ?? {})) {
      add(prop.title, name);
      const target =
        typeof prop.$ref === "string" ? (planSchema as any).definitions[prop.$ref.split("/").pop()] : undefined;
      if (target && !prop.title) add(target.title, name);
      walk(prop);
    }
    for (const branch of node.anyOf ?? []) walk(branch);
    if (node.items) walk(node.items);
  };
  walk(planSchema);
  for (const d of Object.values<any>((planSchema as any).definitions ?? {})) walk(d);
  // The short words clerks use for the main parts.
  for (const [word, property] of [
    ["đợt", "phases"],
    ["các đợt", "phases"],
    ["chỉ tiêu", "targets"],
    ["căn cứ", "legalBases"],
    ["năm học", "schoolYear"],
    ["nơi nhận", "recipients"],
    ["người ký", "signer"],
    ["số", "number"],
    ["ngày", "date"],
    ["ký hiệu", "code"],
  ] as const) {
    titles.set(word, (titles.get(word) ?? new Set()).add(property));
  }
  return titles;
}

export function isSchemaTitle(key: string): boolean {
  return schemaTitles().has(norm(key));
}

/** The property a Vietnamese key stands for, among those allowed where it was written. */
export function propertyForTitle(key: string, allowed: readonly string[]): string | undefined {
  const found = schemaTitles().get(norm(key));
  return found ? allowed.find((p) => found.has(p)) : undefined;
}
