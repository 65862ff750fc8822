import type { Report } from "../report.js";

// GitHub Actions workflow commands: data and property values need their own escaping.
const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

export function github(reports: readonly Report[]): string {
  return reports
    .map((r) => {
      const props = [
        `file=${escapeProperty(r.file)}`,
        `line=${r.line}`,
        `col=${r.column}`,
        `endLine=${r.endLine}`,
        `endColumn=${r.endColumn}`,
        `title=${escapeProperty(r.code)}`,
      ].join(",");
      return `::${COMMAND[r.severity]} ${props}::${escapeData(r.message)}\n`;
    })
    .join("");
}
