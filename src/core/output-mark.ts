// The mark every document plan writes carries, and how an existing file is recognised by it: the CLI
// replaces a file only when it is plan's own output that nobody has changed since (README, "Tệp đầu ra").
// A Word file the clerk saved, a signed PDF or a hand-made page must never be written over by a render.
import { crc32 } from "node:zlib";
import { readZipParts } from "./import/zip.js";

/** The generator's name in every mark. */
export const GENERATOR = "plan";

/**
 * DOCX: two custom document properties. The CRC-32 of word/document.xml tells a re-render apart from a
 * file the clerk opened and saved in Word or LibreOffice: both keep custom properties but rewrite the
 * document part, so its checksum no longer matches.
 */
export const DOCX_GENERATOR_PROPERTY = "PlanGenerator";
export const DOCX_CRC_PROPERTY = "PlanDocumentCrc32";

/** The CRC-32 a DOCX mark records for its word/document.xml, as 8 lowercase hex digits. */
export function documentCrc(documentXml: string | Uint8Array): string {
  return (crc32(documentXml) >>> 0).toString(16).padStart(8, "0");
}

/**
 * XLSX: the core properties' keywords name plan and hold the CRC-32 of the sheets (xl/worksheets/*.xml in
 * name order). Excel and LibreOffice keep the keywords of a workbook they save again but write its sheets
 * anew, so a re-saved or edited workbook reads "changed", as a DOCX does.
 */
export const XLSX_MARK = `PlanGenerator=${GENERATOR}; PlanSheetsCrc32=`;

/** The CRC-32 an XLSX mark records for the workbook's sheets, as 8 lowercase hex digits. */
export function sheetsCrc(parts: ReadonlyMap<string, Uint8Array>): string {
  let crc = 0;
  for (const name of [...parts.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/u.test(n)).sort())
    crc = crc32(parts.get(name)!, crc);
  return (crc >>> 0).toString(16).padStart(8, "0");
}

/** HTML: `<meta name="generator" content="plan">` in the head. */
export const HTML_GENERATOR_META = `<meta name="generator" content="${GENERATOR}">`;

/** ICS: the calendar's PRODID names plan. */
export const ICS_PRODID = `PRODID:-//${GENERATOR}//Ke hoach thi dua khen thuong//VI`;

/** PDF: the document information's Creator. */
export const PDF_CREATOR = GENERATOR;

/**
 * What an existing file is to plan: its own unchanged output ("ours"), its output changed since by
 * someone ("changed": saved in Word, signed, appended to), or anything else ("foreign").
 */
export type Ownership = "ours" | "changed" | "foreign";

export type MarkedKind = "docx" | "xlsx" | "pdf" | "html" | "ics";

const latin1 = (bytes: Uint8Array, length = bytes.length): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(length, bytes.length)).toString("latin1");

function docxOwnership(bytes: Uint8Array): Ownership {
  const read = readZipParts(bytes, ["word/document.xml", "docProps/custom.xml"]);
  if ("problem" in read) return "foreign";
  const custom = read.parts.get("docProps/custom.xml");
  const document = read.parts.get("word/document.xml");
  if (!custom || !document) return "foreign";
  const text = new TextDecoder().decode(custom);
  const value = (name: string): string | undefined =>
    new RegExp(`name="${name}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(text)?.[1];
  if (value(DOCX_GENERATOR_PROPERTY) !== GENERATOR) return "foreign";
  return value(DOCX_CRC_PROPERTY) === documentCrc(document) ? "ours" : "changed";
}

function xlsxOwnership(bytes: Uint8Array): Ownership {
  const read = readZipParts(bytes, "all", 256 * 1024 * 1024);
  if ("problem" in read) return "foreign";
  const core = read.parts.get("docProps/core.xml");
  if (!core) return "foreign";
  const keywords = /<cp:keywords>([^<]*)<\/cp:keywords>/u.exec(new TextDecoder().decode(core))?.[1] ?? "";
  // LibreOffice saves keywords joined by spaces ("PlanGenerator=plan PlanSheetsCrc32=…"): any separator.
  const crc = new RegExp(`^PlanGenerator=${GENERATOR}[;,\\s]+PlanSheetsCrc32=([0-9a-f]{8})\\b`, "u").exec(
    keywords,
  )?.[1];
  if (!crc) return "foreign";
  return crc === sheetsCrc(read.parts) ? "ours" : "changed";
}

/**
 * A PDF is plan's when its Creator says so (written in the clear: pdf-lib's save uses no object
 * streams for the info dictionary). A signature (/ByteRange) or an incremental update (a second
 * %%EOF) means someone added to it: a signed document is never replaced without --force.
 */
function pdfOwnership(bytes: Uint8Array): Ownership {
  const text = latin1(bytes);
  if (!text.startsWith("%PDF-")) return "foreign";
  // pdf-lib writes text strings as UTF-16BE hex or literal strings; both forms of "plan" are looked for.
  const hex = Buffer.from(`\ufeff${PDF_CREATOR}`, "utf16le").swap16().toString("hex").toUpperCase();
  const creator = new RegExp(`/Creator\\s*(\\(${PDF_CREATOR}\\)|<${hex}>)`, "i").test(text);
  if (!creator) return "foreign";
  const eofs = text.match(/%%EOF/g)?.length ?? 0;
  return eofs === 1 && !text.includes("/ByteRange") ? "ours" : "changed";
}

function htmlOwnership(bytes: Uint8Array): Ownership {
  const head = new TextDecoder().decode(bytes.subarray(0, 8192));
  const end = head.search(/<\/head>/i);
  return end !== -1 && head.slice(0, end).includes(HTML_GENERATOR_META) ? "ours" : "foreign";
}

function icsOwnership(bytes: Uint8Array): Ownership {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  return /^BEGIN:VCALENDAR\r?\n/.test(head) && head.split(/\r?\n/).includes(ICS_PRODID) ? "ours" : "foreign";
}

const RECOGNISERS: Record<MarkedKind, (bytes: Uint8Array) => Ownership> = {
  docx: docxOwnership,
  xlsx: xlsxOwnership,
  pdf: pdfOwnership,
  html: htmlOwnership,
  ics: icsOwnership,
};

/** Who wrote the existing file `bytes`, for an output of `kind`. */
export function ownershipOf(kind: MarkedKind, bytes: Uint8Array): Ownership {
  return RECOGNISERS[kind](bytes);
}
