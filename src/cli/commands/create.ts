import { mkdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { checkBytes } from "../../core/index.js";
import { withReviewNotes } from "../../core/new/review-notes.js";
import { rollOver } from "../../core/new/roll-over.js";
import { starterPlan, type StarterOptions } from "../../core/new/starter.js";
import type { Lang } from "../../messages/index.js";
import { exitCodeFor, readPlanFile, type CliIO } from "../io.js";
import { complain, printDiagnostics, writeAnnounced } from "../output.js";
import { sortInputs } from "../inputs.js";
import { selfInvocation, tasksJson } from "../vscode.js";
import { schemaPathFor } from "../paths.js";

interface Common {
  output?: string;
  force?: boolean;
  lang: Lang;
  color?: boolean;
}

/**
 * Writes a new plan file (never over an existing one without --force), then validates it: exit 1 when
 * the plan written still has errors for the clerk to mend (init's blanks, import's guesses), as validate
 * would say of it.
 */
export async function writePlan(
  io: CliIO,
  target: string,
  text: string,
  options: Common,
  input?: string,
  /** Codes the caller lists itself (import prints its "# kiểm tra" notes as a to-do list): not printed twice. */
  listedByCaller: readonly string[] = [],
): Promise<number> {
  const written = await writeAnnounced(
    io,
    target,
    new TextEncoder().encode(text),
    { kind: "plan", force: options.force, input },
    options,
  );
  if (written !== 0) return written;
  const remaining = checkBytes(new TextEncoder().encode(text)).diagnostics.filter((d) => d.severity !== "info");
  const shown = remaining.filter((d) => !listedByCaller.includes(d.code));
  if (shown.length)
    await printDiagnostics(io, [{ file: target, diagnostics: shown }], {
      format: "stylish",
      lang: options.lang,
      color: options.color,
      stream: "stdout",
    });
  return exitCodeFor(remaining);
}

export async function initCommand(
  io: CliIO,
  options: Common & { level: StarterOptions["level"]; school?: string; year: string; vscode?: boolean },
): Promise<number> {
  const startYear = Number(options.year.split("-")[0]);
  const target = options.output ?? `ke-hoach-thi-dua-${options.year}.yaml`;
  const text = starterPlan({
    level: options.level,
    school: options.school,
    startYear,
    schemaPath: schemaPathFor(target),
  });
  const code = await writePlan(io, target, text, options);
  if (code === 2 || !options.vscode) return code;
  return Math.max(code, await writeVscodeTask(io, dirname(target), options));
}

/** .vscode/tasks.json beside the plan: the clerk's own file once written, so never replaced without --force. */
async function writeVscodeTask(io: CliIO, folder: string, options: Common): Promise<number> {
  const dir = join(folder, ".vscode");
  await mkdir(dir, { recursive: true });
  const target = join(dir, "tasks.json");
  const label = options.lang === "en" ? "plan: check the open plan" : "plan: kiểm tra kế hoạch đang mở";
  const bytes = new TextEncoder().encode(tasksJson(await selfInvocation(), label));
  const written = await writeAnnounced(io, target, bytes, { kind: "plan", force: options.force }, options);
  if (written !== 0) return written;
  io.stdout(
    options.lang === "en"
      ? "In VS Code: Terminal → Run Task… → plan (or Ctrl+Shift+P, “Tasks: Run Test Task”); findings appear in " +
          "Problems.\n"
      : "Trong VS Code: Terminal → Run Task… → plan (hoặc Ctrl+Shift+P, “Tasks: Run Test Task”); các lỗi hiện trong " +
          "khung Problems.\n",
  );
  return 0;
}

/** "nam-thanh-2024-2025.yaml" → "nam-thanh-2025-2026.yaml"; otherwise the year is appended. */
export function rolledName(from: string, oldYear: string, newYear: string): string {
  const name = basename(from);
  const next = name.includes(oldYear) ? name.replace(oldYear, newYear) : name.replace(/(\.ya?ml)?$/i, `-${newYear}$1`);
  return join(dirname(from), next);
}

export async function newCommand(
  io: CliIO,
  options: Common & { from: string; year: string; anyName?: boolean },
): Promise<number> {
  const refused = sortInputs([options.from], options).refused;
  if (refused.length) {
    await complain(io, options.from, [refused[0]!.diagnostic], options);
    return 2;
  }
  const read = await readPlanFile(options.from);
  if ("diagnostic" in read) {
    await complain(io, options.from, [read.diagnostic], options);
    return 2;
  }
  // Last year's file must at least be readable YAML with a school year; its own findings are not ours to fix here.
  const checked = checkBytes(read.bytes);
  const fatal = checked.diagnostics.filter(
    (d) =>
      d.code.startsWith("yaml/") ||
      d.code.startsWith("encoding/") ||
      d.code.startsWith("plan/") ||
      d.code.startsWith("limits/"),
  );
  if (!checked.loaded?.data || fatal.length) {
    await complain(io, options.from, fatal.length ? fatal : checked.diagnostics, options);
    return 1;
  }
  const oldYear = String((checked.loaded.data as { schoolYear?: unknown }).schoolYear ?? "");
  const target = options.output ?? rolledName(options.from, oldYear, options.year);
  const rolled = withReviewNotes(rollOver(await readFile(options.from, "utf8"), options.year));
  const code = await writePlan(io, target, rolled.text, options, options.from);
  // Exit 1 is a written file with errors left (a blank date): its lists are what the clerk needs most.
  if (code === 2) return code;
  if (rolled.changes.length) {
    io.stdout(options.lang === "en" ? "Moved to the new school year:\n" : "Đã chuyển sang năm học mới:\n");
    for (const n of rolled.changes)
      io.stdout(`  ${target}:${n.line}  ${options.lang === "en" ? (n.en ?? n.text) : n.text}\n`);
  }
  if (rolled.notes.length) {
    io.stdout(options.lang === "en" ? "Still to decide:\n" : "Cần xem lại:\n");
    for (const n of rolled.notes)
      io.stdout(`  ${target}:${n.line}  ${options.lang === "en" ? (n.en ?? n.text) : n.text}\n`);
  }
  return code;
}
