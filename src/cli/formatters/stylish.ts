import type { Lang } from "../../messages/index.js";
import type { Report, Summary } from "../report.js";
import type { Paint } from "./paint.js";

const WORDS = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "lưu ý", files: "tệp", ok: "không có lỗi" },
  en: { error: "error", warning: "warning", info: "info", files: "file(s)", ok: "no problems" },
} as const;

/** `file:line:col  lỗi  message  code`: one line each, clickable in editors' terminals. */
export function stylish(reports: readonly Report[], summary: Summary, paint: Paint, lang: Lang, elapsedMs?: number): string {
  const w = WORDS[lang];
  const lines = reports.map((r) => {
    const where = `${r.file}:${r.line}:${r.column}`;
    const sev = r.severity === "error" ? paint.red(w.error) : r.severity === "warning" ? paint.yellow(w.warning) : paint.blue(w.info);
    return `${paint.bold(where)}  ${sev}  ${r.message}  ${paint.dim(r.code)}`;
  });
  const counts = `${summary.errors} ${w.error}, ${summary.warnings} ${w.warning}`;
  const time = elapsedMs === undefined ? "" : ` (${(elapsedMs / 1000).toFixed(2).replace(".", lang === "vi" ? "," : ".")} s)`;
  const tail = `${summary.files} ${w.files}: ${summary.errors + summary.warnings === 0 ? w.ok : counts}${time}`;
  lines.push(summary.errors > 0 ? paint.red(tail) : summary.warnings > 0 ? paint.yellow(tail) : paint.green(tail));
  return `${lines.join("\n")}\n`;
}
