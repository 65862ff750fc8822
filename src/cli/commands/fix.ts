// `plan fix <files...> [--check]`: mends the slips that have one reading, in place, atomically; prints
// each change as "file:line: trước → sau". --check changes nothing and exits 1 when a file needs mending.
import { fixTransaction } from "../../core/fix/transaction.js";
import { checkBytes } from "../../core/index.js";
import { decode } from "../../core/load/decode.js";
import { messageFor, type Lang } from "../../messages/index.js";
import { exitCodeFor, readPlanFile, type CliIO } from "../io.js";
import { complain } from "../output.js";
import { saySkipped, sortInputs } from "../inputs.js";
import { mendSchemaLink } from "../schema-link.js";
import { writeSafely } from "../safe-write.js";
import { FILE_START } from "../../core/diagnostic.js";

export async function fixCommand(
  io: CliIO,
  given: string[],
  options: { check?: boolean; lang: Lang; color?: boolean; anyName?: boolean },
): Promise<number> {
  const en = options.lang === "en";
  const { plans: files, skipped, refused } = sortInputs(given, options);
  saySkipped(io, skipped, options.lang);
  for (const r of refused) await complain(io, r.file, [r.diagnostic], options);
  let code = refused.length ? 2 : 0;
  for (const file of files) {
    const read = await readPlanFile(file);
    if ("diagnostic" in read) {
      await complain(io, file, [read.diagnostic], options);
      code = Math.max(code, 2);
      continue;
    }
    const decoded = decode(read.bytes);
    if (decoded.problem) {
      await complain(
        io,
        file,
        [{ code: decoded.problem.code, severity: "error", path: [], range: FILE_START, args: decoded.problem.args }],
        options,
      );
      code = Math.max(
        code,
        exitCodeFor([{ code: decoded.problem.code, severity: "error", path: [], range: FILE_START, args: {} }]),
      );
      continue;
    }
    const result = fixTransaction(decoded.text!);
    // The editor's schema link is mended here: whether it resolves depends on where the file is.
    const link = mendSchemaLink(file, result.text);
    if (link.line !== undefined) {
      result.text = link.text;
      result.changes.push({ line: link.line, before: link.before!, after: link.after!, mends: ["editor/schema-link"] });
      result.changes.sort((a, b) => a.line - b.line);
    }
    for (const u of result.undecided) io.stdout(`${file}:${u.line}: ${u.text}\n`);
    // A change that would have left the file worse was taken back: the clerk is told where and why.
    for (const r of result.refused) {
      const why = messageFor(r.problem, options.lang);
      io.stdout(
        en
          ? `${file}:${r.line}: not mended (the change would leave: ${why})\n`
          : `${file}:${r.line}: không tự sửa được (sửa thì vẫn còn: ${why})\n`,
      );
    }
    // What fix cannot mend is validate's to explain: say so rather than "nothing to mend".
    const left = checkBytes(new TextEncoder().encode(result.text)).diagnostics.filter(
      (d) => d.severity === "error",
    ).length;
    if (left)
      io.stdout(
        en
          ? `${file}: ${left} error(s) need the clerk: run plan validate ${file}\n`
          : `${file}: còn ${left} lỗi cần văn thư tự sửa: chạy plan validate ${file}\n`,
      );
    // Exit 1 while errors are left: the file (mended or not) is not yet a valid plan.
    if (left || result.refused.length) code = Math.max(code, 1);
    if (!result.changes.length && !decoded.normalized) {
      if (!options.check && !left) io.stdout(en ? `${file}: nothing to mend\n` : `${file}: không có gì cần sửa\n`);
      continue;
    }
    for (const c of result.changes) io.stdout(`${file}:${c.line}: ${c.before.trim()} → ${c.after.trim()}\n`);
    if (decoded.normalized)
      io.stdout(
        en
          ? `${file}: decomposed letters (NFD) composed (NFC)\n`
          : `${file}: chữ tổ hợp (NFD) được chuyển sang dựng sẵn (NFC)\n`,
      );
    if (options.check) {
      code = Math.max(code, 1);
      continue;
    }
    // The file's own line ends and byte-order mark are kept.
    const raw = new TextDecoder().decode(read.bytes);
    const crlf = raw.includes("\r\n");
    const text = `${decoded.hadBom ? "\ufeff" : ""}${crlf ? result.text.replace(/\n/g, "\r\n") : result.text}`;
    // fix edits the plan it is given, in place: the one writer that replaces its own input, on purpose.
    const failure = await writeSafely(file, new TextEncoder().encode(text));
    if (failure) {
      await complain(io, file, [failure], options);
      code = Math.max(code, 2);
    }
  }
  return code;
}
