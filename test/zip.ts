import { readZipParts } from "../src/core/import/zip.js";

/** Reads every entry of a zip (DOCX) file into text, with the same reader plan import uses. */
export function unzip(bytes: Uint8Array): Map<string, string> {
  const read = readZipParts(bytes, "all");
  if ("problem" in read) throw new Error(`not a readable zip: ${read.problem}`);
  return new Map([...read.parts].map(([name, data]) => [name, Buffer.from(data).toString("utf8")]));
}

/** Indents XML one element per line, so a golden file diffs readably. */
export function prettyXml(xml: string): string {
  let depth = 0;
  return xml
    .replace(/>\s*</g, ">\n<")
    .split("\n")
    .map((line) => {
      if (/^<\//.test(line)) depth--;
      const out = `${"  ".repeat(Math.max(0, depth))}${line}`;
      if (/^<[^!?/][^>]*[^/]>$/.test(line) && !/^<[^>]+>.*<\/[^>]+>$/.test(line)) depth++;
      return out;
    })
    .join("\n");
}

/** The <w:p> elements of an XML part, with their text, for property assertions. */
export function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) =>
        t[1]!
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"'),
      )
      .join(""),
  }));
}
