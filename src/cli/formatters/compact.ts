import type { Report } from "../report.js";

// One finding per line, as compilers print them: file:line:column: severity code: message. Editors'
// problem matchers read this form (VS Code's task in `plan init --vscode`); the severity word stays
// English (error/warning/info) because that is what a matcher maps, the message is in the chosen language.
export function compact(reports: readonly Report[]): string {
  return reports
    .map((r) => `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${r.message.replace(/\r?\n/g, " ")}\n`)
    .join("");
}

/** The regular expression a problem matcher uses on that form (groups: file, line, column, severity, code, message). */
export const COMPACT_PATTERN = "^(.+?):(\\d+):(\\d+): (error|warning|info) (\\S+): (.*)$";
