// A CSV staff list's rows, through @fast-csv/parse: the parser exceljs itself reads CSV with, used here
// directly so that no cell is converted (exceljs's CSV reader turns "05-09-2016" into 9 May and "007"
// into 7; the core's readers of dates, ratings and names want the text as typed). The text comes decoded
// by core/results/import/csv.ts (UTF-8, UTF-16, Windows-1258, TCVN3); the separator is the one that cuts
// the first lines into the same number of fields (";" where Excel's list separator follows a Vietnamese
// locale, "," or a tab).
import { parse } from "@fast-csv/parse";

const SEPARATORS = [";", ",", "\t"] as const;

/**
 * The rows of `text`; where a quote is left open, the rows before it and the line it starts on (1-based).
 * The text goes in line by line: fast-csv gives every row of a chunk or none, so a chunk of one line lets
 * the rows before a broken one through.
 */
export function csvRows(
  text: string,
  delimiter: string,
  maxRows = 0,
): Promise<{ rows: string[][]; brokenAt?: number }> {
  return new Promise((resolve) => {
    const rows: string[][] = [];
    const parser = parse<string[], string[]>({ delimiter, maxRows });
    parser
      .on("data", (row: string[]) => rows.push(row))
      .on("error", () => {
        // The line after the rows read, counting the line breaks inside their cells.
        const breaks = rows.reduce((n, row) => n + row.reduce((m, cell) => m + cell.split("\n").length - 1, 0), 0);
        resolve({ rows, brokenAt: rows.length + breaks + 1 });
      })
      .on("end", () => resolve({ rows }));
    for (const line of text.split(/(?<=\n)/u)) parser.write(line);
    parser.end();
  });
}

/** The separator that splits most of the first 30 lines into the same number of fields, more than one. */
export async function sniffSeparator(text: string): Promise<string> {
  const head = text.slice(0, 64 * 1024);
  let best = { separator: ",", score: -1 };
  for (const separator of SEPARATORS) {
    // A quote left open further down does not hide the separator of the rows above it.
    const { rows } = await csvRows(head, separator, 30);
    const widths = rows.map((r) => r.length).filter((n) => n > 1);
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    const score = counts.size ? Math.max(...counts.values()) : -1;
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}
