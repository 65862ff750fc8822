// Which of the names a command is given are plans. A plan file ends in .yaml or .yml: an editor's backup
// beside it (ke-hoach.yaml~, .bak, .swp, #ke-hoach.yaml#) is last week's text, and rendering it would
// write last week's document over this week's. `--any-name` reads any name as a plan, on purpose.
import { statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Diagnostic } from "../core/diagnostic.js";
import type { Lang } from "../messages/index.js";
import { ioDiagnostic, type CliIO } from "./io.js";

const PLAN_NAME = /\.ya?ml$/i;

/** Vim (~, .swp…), Emacs (~, #…#, .#…), gedit (~), and the .bak/.orig/.old copies people and tools make. */
const BACKUP_NAMES = [/~$/, /\.bak$/i, /\.sw[a-p]$/i, /^#.*#$/, /^\.#/, /\.orig$/i, /\.old$/i];

export const isPlanName = (file: string): boolean => PLAN_NAME.test(basename(file));
export const isBackupName = (file: string): boolean => BACKUP_NAMES.some((re) => re.test(basename(file)));

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface SortedInputs {
  /** The files to read as plans, in the order given. */
  plans: string[];
  /** Editor backups passed over (given with other plans, as a glob gives them). */
  skipped: string[];
  /** Names refused, each with why (exit 2). */
  refused: { file: string; diagnostic: Diagnostic }[];
}

/**
 * Sorts the names given. Backups among plans are skipped and named; a backup given alone, or any other
 * name that is not a plan's, is refused. `anyName` takes every name as a plan.
 */
export function sortInputs(files: readonly string[], options: { anyName?: boolean } = {}): SortedInputs {
  if (options.anyName) return { plans: [...files], skipped: [], refused: [] };
  // Only a file's name is judged: a missing path, a folder or a pipe is the reader's to name as such.
  const plans = files.filter((f) => isPlanName(f) || !isRegularFile(f));
  const judged = files.filter((f) => !plans.includes(f));
  const backups = judged.filter(isBackupName);
  const refused = judged
    .filter((f) => !(plans.length && isBackupName(f)))
    .map((file) => ({
      file,
      diagnostic: ioDiagnostic(isBackupName(file) ? "io/backup-name" : "io/not-plan-name", { file: basename(file) }),
    }));
  return { plans, skipped: plans.length ? backups : [], refused };
}

/** One line on stderr naming the backups passed over; nothing when there are none. */
export function saySkipped(io: CliIO, skipped: readonly string[], lang: Lang): void {
  if (!skipped.length) return;
  const names = skipped.join(", ");
  io.stderr(
    lang === "en"
      ? `Skipped ${skipped.length} editor backup file(s): ${names}\n`
      : `Bỏ qua ${skipped.length} bản sao lưu của trình soạn thảo: ${names}\n`,
  );
}

/**
 * The output beside an input: the input's whole name with its own ending (`from`, e.g. .yaml) replaced
 * by `extension`; a name without that ending keeps all of it ("ke-hoach.txt" → "ke-hoach.txt.docx").
 */
export function derivedName(input: string, from: RegExp, extension: string): string {
  const name = basename(input);
  const stem = from.test(name) ? name.replace(from, "") : name;
  return join(dirname(input), `${stem}${extension}`);
}

/** The output of a plan file: ke-hoach.yaml → ke-hoach.docx. */
export const outputBeside = (plan: string, extension: string): string => derivedName(plan, PLAN_NAME, extension);
