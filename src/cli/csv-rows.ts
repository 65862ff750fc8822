// A CSV staff list's rows, through @fast-csv/parse: the parser exceljs itself reads CSV with, used here
// directly so that no cell is converted (exceljs's CSV reader turns "05-09-2016" into 9 May and "007"
// into 7; the core's readers of dates, ratings and names want the text as typed). The text comes decoded
// by core/results/import/csv.ts (UTF-8, UTF-16, Windows-1258, TCVN3); the separator is the one that cuts
// the first lines into the same number of fields (";" where Excel's list separator follows a Vietnamese
// locale, "," or a tab).
import { parseString } from "@fast-csv/parse";

const SEPARATORS = [";", ",", "\t"] as const;

/** Every row of `text`; a malformed quote rejects with fast-csv's message. */
export function csvRows(text: string, delimiter: string, maxRows = 0): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(text, { delimiter, maxRows })
      .on("error", reject)
      .on("data", (row: string[]) => rows.push(row))
      .on("end", () => resolve(rows));
  });
}

/** The separator that splits most of the first 30 lines into the same number of fields, more than one. */
export async function sniffSeparator(text: string): Promise<string> {
  const head = text.slice(0, 64 * 1024);
  let best = { separator: ",", score: -1 };
  for (const separator of SEPARATORS) {
    const rows = await csvRows(head, separator, 30).catch(() => []);
    const widths = rows.map((r) => r.length).filter((n) => n > 1);
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    const score = counts.size ? Math.max(...counts.values()) : -1;
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}
