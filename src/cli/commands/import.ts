// `plan import ke-hoach.docx [-o plan.yaml] [--force]`: the school's Word plan → a plan file, then the
// report of what to check (line by line) and of the document's numbers the tool computes otherwise.
import { basename } from "node:path";
import type { DiagnosticCode } from "../../core/diagnostic.js";
import { importDocx } from "../../core/import/index.js";
import { MAX_PART_BYTES } from "../../core/import/zip.js";
import { importNoteMessage, importSummary } from "../../messages/import-notes.js";
import type { Lang } from "../../messages/index.js";
import { ioDiagnostic, readPlanFile, type CliIO } from "../io.js";
import { derivedName } from "../inputs.js";
import { complain } from "../output.js";
import { schemaPathFor } from "../paths.js";
import { writePlan } from "./create.js";

/** A Word plan with its pictures is rarely above a few MB; 20 MB is far past any plan. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

const PROBLEM_CODE: Record<string, DiagnosticCode> = {
  "not-zip": "io/not-docx",
  "old-doc": "io/doc-binary",
  encrypted: "io/docx-encrypted",
  "too-large": "io/docx-too-large",
  corrupt: "io/docx-corrupt",
  "no-body": "io/docx-corrupt",
  "no-text": "io/docx-empty",
};

export async function importCommand(
  io: CliIO,
  file: string,
  options: { output?: string; force?: boolean; lang: Lang; color?: boolean },
): Promise<number> {
  const read = await readPlanFile(file, MAX_DOCX_BYTES);
  if ("diagnostic" in read) {
    await complain(io, file, [read.diagnostic], options);
    return 2;
  }
  const target = options.output ?? derivedName(file, /\.docx$/i, ".yaml");
  // The file's "# kiểm tra:" comments are Vietnamese whatever --lang says: they are the clerk's, in the clerk's
  // file; the report below is in the language asked for.
  const result = importDocx(read.bytes, {
    schemaPath: schemaPathFor(target),
    source: basename(file),
    today: new Date(),
    noteText: (n) => importNoteMessage(n, "vi"),
  });
  if ("problem" in result) {
    await complain(
      io,
      file,
      [ioDiagnostic(PROBLEM_CODE[result.problem] ?? "io/docx-corrupt", { limit: MAX_PART_BYTES })],
      options,
    );
    return 2;
  }
  // Each note is a "# kiểm tra" line, which validate reports as text/review-note: listed once, below.
  const code = await writePlan(io, target, result.text, options, file, ["text/review-note"]);
  if (code === 2) return code;
  const en = options.lang === "en";
  const disagreements = result.notes.filter((n) => n.kind === "disagreement");
  const review = result.notes.filter((n) => n.kind === "review");
  if (disagreements.length) {
    io.stdout(
      en
        ? "Numbers in the document that do not match the computation:\n"
        : "Số liệu trong văn bản khác với số công cụ tính:\n",
    );
    for (const n of disagreements) io.stdout(`  ${target}:${n.line}  ${importNoteMessage(n, options.lang)}\n`);
  }
  if (review.length) {
    io.stdout(en ? "Still to check:\n" : "Cần xem lại:\n");
    for (const n of review) io.stdout(`  ${target}:${n.line}  ${importNoteMessage(n, options.lang)}\n`);
  }
  // The clerk's to-do list ends with how much is left: each note is a "# kiểm tra" line in the file.
  io.stdout(`${importSummary(result.notes.length, disagreements.length, options.lang)}\n`);
  return code;
}
