import type { Lang } from "../../messages/index.js";
import type { Report, Summary } from "../report.js";
import type { Paint } from "./paint.js";

const WORDS = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "lưu ý", files: "tệp", ok: "không có lỗi" },
  en: { error: "error", warning: "warning", info: "info", files: "file", ok: "no problems" },
} as const;

/** `file:line:col  lỗi  message  code`: one line each, clickable in editors' terminals. */
export function stylish(
  reports: readonly Report[],
  summary: Summary,
  paint: Paint,
  lang: Lang,
  elapsedMs?: number,
): string {
  const w = WORDS[lang];
  const lines = reports.map((r) => {
    const where = `${r.file}:${r.line}:${r.column}`;
    const sev =
      r.severity === "error"
        ? paint.red(w.error)
        : r.severity === "warning"
          ? paint.yellow(w.warning)
          : paint.blue(w.info);
    return `${paint.bold(where)}  ${sev}  ${r.message}  ${paint.dim(r.code)}`;
  });
  // Vietnamese nouns have no plural; English ones do: "1 error, 2 warnings", "3 files".
  const plural = (n: number, word: string): string => `${n} ${lang === "en" && n !== 1 ? `${word}s` : word}`;
  const counts = `${plural(summary.errors, w.error)}, ${plural(summary.warnings, w.warning)}`;
  const time =
    elapsedMs === undefined ? "" : ` (${(elapsedMs / 1000).toFixed(2).replace(".", lang === "vi" ? "," : ".")} s)`;
  const tail = `${plural(summary.files, w.files)}: ${summary.errors + summary.warnings === 0 ? w.ok : counts}${time}`;
  lines.push(summary.errors > 0 ? paint.red(tail) : summary.warnings > 0 ? paint.yellow(tail) : paint.green(tail));
  return `${lines.join("\n")}\n`;
}
