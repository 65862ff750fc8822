import type { Diagnostic } from "../core/diagnostic.js";
import { en } from "./en.js";
import { vi } from "./vi.js";

export type Lang = "vi" | "en";

/** The one place where a diagnostic becomes text. */
export function messageFor(d: Pick<Diagnostic, "code" | "args">, lang: Lang = "vi"): string {
  const table = lang === "en" ? en : vi;
  return table[d.code](d.args);
}

export function isLang(value: string): value is Lang {
  return value === "vi" || value === "en";
}
