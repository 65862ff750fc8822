import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { checkBytes } from "../../core/index.js";
import { rollOver } from "../../core/new/roll-over.js";
import { starterPlan, type StarterOptions } from "../../core/new/starter.js";
import type { Lang } from "../../messages/index.js";
import { exitCodeFor, ioDiagnostic, readPlanFile, type CliIO } from "../io.js";
import { announceWritten, complain, printDiagnostics } from "../output.js";
import { schemaPathFor } from "../paths.js";
import { writeSafely } from "../safe-write.js";

interface Common {
  output?: string;
  force?: boolean;
  lang: Lang;
  color?: boolean;
}

/** Writes a new plan file: never over an existing one without --force; then validates it. */
export async function writePlan(io: CliIO, target: string, text: string, options: Common, input?: string): Promise<number> {
  if (existsSync(target) && !options.force) {
    await complain(io, target, [ioDiagnostic("io/exists")], options);
    return 2;
  }
  const failure = await writeSafely(target, new TextEncoder().encode(text), input);
  if (failure) {
    await complain(io, target, [failure], options);
    return exitCodeFor([failure]);
  }
  announceWritten(io, target, options.lang);
  const remaining = checkBytes(new TextEncoder().encode(text)).diagnostics.filter((d) => d.severity !== "info");
  if (remaining.length) await printDiagnostics(io, [{ file: target, diagnostics: remaining }], { format: "stylish", lang: options.lang, color: options.color, stream: "stdout" });
  return 0;
}

export async function initCommand(io: CliIO, options: Common & { level: StarterOptions["level"]; school?: string; year: string }): Promise<number> {
  const startYear = Number(options.year.split("-")[0]);
  const target = options.output ?? `ke-hoach-thi-dua-${options.year}.yaml`;
  const text = starterPlan({ level: options.level, school: options.school, startYear, schemaPath: schemaPathFor(target) });
  return writePlan(io, target, text, options);
}

/** "nam-thanh-2024-2025.yaml" → "nam-thanh-2025-2026.yaml"; otherwise the year is appended. */
export function rolledName(from: string, oldYear: string, newYear: string): string {
  const name = basename(from);
  const next = name.includes(oldYear) ? name.replace(oldYear, newYear) : name.replace(/(\.ya?ml)?$/i, `-${newYear}$1`);
  return join(dirname(from), next);
}

export async function newCommand(io: CliIO, options: Common & { from: string; year: string }): Promise<number> {
  const read = await readPlanFile(options.from);
  if ("diagnostic" in read) {
    await complain(io, options.from, [read.diagnostic], options);
    return 2;
  }
  // Last year's file must at least be readable YAML with a school year; its own findings are not ours to fix here.
  const checked = checkBytes(read.bytes);
  const fatal = checked.diagnostics.filter((d) => d.code.startsWith("yaml/") || d.code.startsWith("encoding/") || d.code.startsWith("plan/") || d.code.startsWith("limits/"));
  if (!checked.loaded?.data || fatal.length) {
    await complain(io, options.from, fatal.length ? fatal : checked.diagnostics, options);
    return 1;
  }
  const oldYear = String((checked.loaded.data as { schoolYear?: unknown }).schoolYear ?? "");
  const target = options.output ?? rolledName(options.from, oldYear, options.year);
  const rolled = rollOver(await readFile(options.from, "utf8"), options.year);
  const code = await writePlan(io, target, rolled.text, options, options.from);
  if (code === 0 && rolled.changes.length) {
    io.stdout(options.lang === "en" ? "Moved to the new school year:\n" : "Đã chuyển sang năm học mới:\n");
    for (const n of rolled.changes) io.stdout(`  ${target}:${n.line}  ${n.text}\n`);
  }
  if (code === 0 && rolled.notes.length) {
    io.stdout(options.lang === "en" ? "Still to decide:\n" : "Cần xem lại:\n");
    for (const n of rolled.notes) io.stdout(`  ${target}:${n.line}  ${n.text}\n`);
  }
  return code;
}
