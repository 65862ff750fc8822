import type { Report } from "../report.js";

/** A JSON array of reports; the shape is documented in README ("Định dạng JSON"). */
export function json(reports: readonly Report[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}
