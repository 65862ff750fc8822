// A staff list saved as CSV: its bytes decoded as Excel and LibreOffice write them (UTF-8 with or without
// its byte-order mark, UTF-16 "Unicode Text", Windows-1258 from "CSV (Comma delimited)" on a Vietnamese
// Windows, or text typed in a TCVN3 font). The rows are fast-csv's (src/cli/csv-rows.ts).
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
