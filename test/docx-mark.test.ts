// The ownership mark another tool relies on (issue 20): every DOCX plan writes has the custom properties
// PlanGenerator = "plan" and PlanDocumentCrc32 = the CRC-32 of its word/document.xml, 8 lowercase hex
// digits, the number the zip's central directory stores for that entry. The directory is read here
// byte by byte, as such a tool would, not with the renderer's own zip code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import type { Plan } from "../src/core/plan.js";
import { renderDocx } from "../src/core/render/docx/document.js";
import { edit, EXAMPLE, ROOT, yamlFilesUnder } from "./helpers.js";
import { unzip } from "./zip.js";

/** Each entry's name and the CRC-32 the central directory gives it. */
function centralDirectory(zip: Uint8Array): Map<string, number> {
  const view = Buffer.from(zip);
  const end = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = new Map<string, number>();
  for (let i = 0, at = view.readUInt32LE(end + 16); i < view.readUInt16LE(end + 10); i++) {
    expect(view.readUInt32LE(at)).toBe(0x02014b50);
    const name = view.toString("utf8", at + 46, at + 46 + view.readUInt16LE(at + 28));
    entries.set(name, view.readUInt32LE(at + 16));
    at += 46 + view.readUInt16LE(at + 28) + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return entries;
}

/** The custom properties of docProps/custom.xml by name. */
function customProperties(xml: string): Record<string, string> {
  return Object.fromEntries(
    [...xml.matchAll(/<property [^>]*name="([^"]+)"[^>]*><vt:lpwstr>([^<]*)<\/vt:lpwstr><\/property>/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
}

const planOf = (text: string): Plan => checkBytes(new TextEncoder().encode(text)).plan!;

describe("every DOCX carries plan's ownership mark", () => {
  const plans = yamlFilesUnder(join(ROOT, "examples")).map(
    (file) => [file.split("/").pop()!, planOf(readFileSync(file, "utf8"))] as const,
  );
  plans.push(["an edited plan", planOf(edit(readFileSync(EXAMPLE, "utf8"), "  number: 50a ", '  number: "" '))]);
  for (const [name, plan] of plans) {
    it(`${name}: PlanDocumentCrc32 is the directory's CRC of word/document.xml`, async () => {
      const docx = await renderDocx(plan);
      const parts = unzip(docx);
      const mark = customProperties(parts.get("docProps/custom.xml")!);
      expect(Object.keys(mark)).toEqual(["PlanGenerator", "PlanDocumentCrc32"]);
      expect(mark.PlanGenerator).toBe("plan");
      expect(mark.PlanDocumentCrc32).toMatch(/^[0-9a-f]{8}$/);
      const stored = centralDirectory(docx).get("word/document.xml")!;
      expect(mark.PlanDocumentCrc32).toBe(stored.toString(16).padStart(8, "0"));
      // …and it is the CRC of the part as it unzips, not only what the directory claims.
      expect(crc32(Buffer.from(parts.get("word/document.xml")!, "utf8"))).toBe(stored);
    });
  }
  it("a different document gives a different mark", async () => {
    const [a, b] = await Promise.all([renderDocx(plans[0]![1]), renderDocx(plans.at(-1)![1])]);
    expect(customProperties(unzip(a).get("docProps/custom.xml")!).PlanDocumentCrc32).not.toBe(
      customProperties(unzip(b).get("docProps/custom.xml")!).PlanDocumentCrc32,
    );
  });
  it("Word finds the part: the package declares it and relates it to the package", async () => {
    const parts = unzip(await renderDocx(plans[0]![1]));
    expect(parts.get("[Content_Types].xml")).toContain('PartName="/docProps/custom.xml"');
    expect(parts.get("_rels/.rels")).toMatch(/Target="docProps\/custom.xml"/);
  });
});
