// A staff list saved as CSV: the bytes as Excel and LibreOffice write them (UTF-8 with or without its
// byte-order mark, UTF-16 "Unicode Text", Windows-1258 from "CSV (Comma delimited)" on a Vietnamese
// Windows, or text typed in a TCVN3 font), then the rows, split on the separator the file uses (";" where
// the list separator is the comma's neighbour, as in a Vietnamese locale, "," or a tab).
//
// Why not exceljs's CSV reader (fast-csv under it): measured on 2,000 rows, it takes 0,74–0,97 s with
// its value conversion, which reads "05-09-2016" as 9 May (month first) and "007" as 7; with the
// conversion off (a map that returns each text) it is 47–87 ms, against 5 ms for the 40 lines below, and
// it still wants a stream, a separator chosen beforehand and text already decoded. What it would bring is
// the tokenizer alone; this one is pure, synchronous and held by tests (quotes, doubled quotes, line
// breaks in a cell, CRLF, a last line without its end).
import { Buffer, isUtf8 } from "node:buffer";
import { isVietnameseSyllable, legacyRun } from "../../text/letters.js";

export type CsvEncoding = "utf-8" | "utf-16" | "windows-1258" | "tcvn3";

export type CsvDecoded =
  | { text: string; encoding: CsvEncoding }
  | { problem: "binary" }
  | { problem: "encoding"; guess: string };

/** The share of words with letters beyond ASCII that are Vietnamese syllables: how well a decoding reads. */
function readability(text: string): number {
  let words = 0;
  let good = 0;
  for (const word of text.normalize("NFC").match(/[\p{L}\p{M}]*[^\p{ASCII}][\p{L}\p{M}]*/gu) ?? []) {
    words++;
    if (isVietnameseSyllable(word)) good++;
  }
  return words === 0 ? 1 : good / words;
}

function tryDecoder(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The share of a decoding, good enough to take: a word or two in a hundred may be a foreign name. */
const READABLE = 0.9;

export function decodeCsv(bytes: Uint8Array): CsvDecoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)).normalize("NFC"), encoding: "utf-16" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)).normalize("NFC"), encoding: "utf-16" };
  if (bytes.indexOf(0) >= 0) return { problem: "binary" };
  if (isUtf8(bytes)) {
    let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text: text.normalize("NFC"), encoding: "utf-8" };
  }
  // Not UTF-8: Windows-1258 writes Vietnamese as letters and combining tones; a TCVN3 (.VnTime) text
  // read as Windows-1252 is what the legacy tables of text/letters.ts convert.
  const cp1258 = tryDecoder("windows-1258", bytes);
  if (cp1258 !== undefined && readability(cp1258) >= READABLE)
    return { text: cp1258.normalize("NFC"), encoding: "windows-1258" };
  const latin = tryDecoder("windows-1252", bytes) ?? Buffer.from(bytes).toString("latin1");
  const converted = latin
    .split("\n")
    .map((line) => legacyRun(line)?.fixed ?? line)
    .join("\n");
  if (converted !== latin && readability(converted) >= READABLE)
    return { text: converted.normalize("NFC"), encoding: "tcvn3" };
  return { problem: "encoding", guess: cp1258 !== undefined ? "Windows-1258, TCVN3" : "TCVN3" };
}

const SEPARATORS = [";", ",", "\t"] as const;

/** Rows of the text split on `separator`; quotes as RFC 4180 writes them ("a ""b""" is a "b"). */
export function splitCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (c === '"' && i === at) quoted = true;
    else if (c === separator) row.push(field), (field = ""), (at = i + 1);
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = ""), (at = i + 1);
    } else field += c;
  }
  if (field !== "" || row.length) row.push(field), rows.push(row);
  return rows;
}

/** The separator that splits most of the first lines into the same number of fields, more than one. */
export function sniffSeparator(text: string): string {
  const head = text.slice(0, 64 * 1024);
  let best: { separator: string; score: number } = { separator: ",", score: -1 };
  for (const separator of SEPARATORS) {
    const widths = splitCsv(head, separator)
      .slice(0, 30)
      .map((r) => r.length)
      .filter((n) => n > 1);
    if (!widths.length) continue;
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    const score = Math.max(...counts.values());
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}

export const parseCsv = (text: string): string[][] => splitCsv(text, sniffSeparator(text));
