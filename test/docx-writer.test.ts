// plan writes word/document.xml itself (src/core/render/docx); docx's object tree (test/docx-oracle)
// is the oracle: every example, every fixture that is a plan and seeded variations with XML's special
// characters, control characters and every layout option must give the same package, byte for byte.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node } from "yaml";
import { checkBytes } from "../src/core/index.js";
import type { Plan } from "../src/core/plan.js";
import { renderDocx } from "../src/core/render/docx/document.js";
import { escapeXml } from "../src/core/render/docx/xml.js";
import { oracleDocx, oracleParts } from "./docx-oracle/document.js";
import { mulberry32, ROOT, yamlFilesUnder } from "./helpers.js";
import { unzip } from "./zip.js";

const enc = new TextEncoder();
const planOf = (text: string): Plan | undefined => checkBytes(enc.encode(text)).plan;



const entities = new Set<string>();

/** Part by part first (a readable failure), then the whole package. */
function expectSame(plan: Plan, label: string): void {
  const ours = renderDocx(plan);
  const theirs = oracleParts(plan);
  const unzipped = unzip(ours);
  for (const m of unzipped.get("word/document.xml")!.matchAll(/&[a-z]+;/g)) entities.add(m[0]);
  expect([...unzipped.keys()], label).toEqual([...theirs.keys()].sort((a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml") || Number(b === "_rels/.rels") - Number(a === "_rels/.rels")));
  for (const [path, data] of theirs) expect(unzipped.get(path), `${label}: ${path}`).toBe(typeof data === "string" ? data : Buffer.from(data).toString("utf8"));
  expect(Buffer.from(ours).equals(Buffer.from(oracleDocx(plan))), label).toBe(true);
}

const PIECES = ["&", "<b>", "a > b", '"trích"', "l'école", "\u0001", "\u000b", "\u001f", "\t", "]]>", "\u00a0", "📚", "&amp;", "Đợt 1 – 2", " ", "x".repeat(300)];

describe("the DOCX writer writes what docx wrote", () => {
  const corpus = [...yamlFilesUnder(join(ROOT, "examples")), ...yamlFilesUnder(join(ROOT, "test/fixtures"))];
  it(`on every example and fixture that is a plan (${corpus.length} files)`, () => {
    let rendered = 0;
    for (const file of corpus) {
      const plan = planOf(readFileSync(file, "utf8"));
      if (!plan) continue;
      rendered++;
      expectSame(plan, file);
    }
    expect(rendered).toBeGreaterThanOrEqual(5);
  });

  it("on 300 seeded variations: special characters in any text, 13/14 pt, line spacing, margins", () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261130);
    const rnd = mulberry32(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
    const sources = yamlFilesUnder(join(ROOT, "examples")).map((f) => readFileSync(f, "utf8"));
    let rendered = 0;
    for (let run = 0; run < 300; run++) {
      const doc = parseDocument(pick(sources));
      const strings: { scalar: { value: unknown } }[] = [];
      const stack: Node[] = [doc.contents as Node];
      while (stack.length) {
        const n = stack.pop()!;
        if (isMap(n)) for (const pair of n.items) stack.push(pair.value as Node);
        else if (isSeq(n)) for (const item of n.items) stack.push(item as Node);
        else if (isScalar(n) && typeof n.value === "string" && !/^\d{4}-\d{2}/.test(n.value)) strings.push({ scalar: n });
      }
      for (let k = 0, edits = 1 + Math.floor(rnd() * 3); k < edits; k++) {
        const s = pick(strings).scalar;
        const text = s.value as string;
        const at = Math.floor(rnd() * (text.length + 1));
        s.value = text.slice(0, at) + pick(PIECES) + text.slice(at);
      }
      // Rewritten from the data: comments moved onto value lines would be (rightly) an error.
      const data = doc.toJS() as { layout?: Record<string, unknown> };
      const layout = (data.layout ??= {});
      if (rnd() < 0.5) layout.fontSize = pick([13, 14]);
      if (rnd() < 0.5) layout.lineSpacing = pick([1, 1.15, 1.3, 1.5]);
      if (rnd() < 0.3) layout.margins = { top: pick([20, 25]), bottom: pick([20, 22]), left: pick([30, 35]), right: pick([15, 20]) };
      const plan = planOf(stringify(data, { lineWidth: 0 }));
      if (!plan) continue;
      rendered++;
      expectSame(plan, `run ${run} (FUZZ_SEED=${seed})`);
    }
    // Most variations stay plans (a control character or a name too long is an error, rightly).
    expect(rendered).toBeGreaterThan(100);
    // …and XML's five special characters did reach a rendered document.
    expect([...entities].sort()).toEqual(["&amp;", "&apos;", "&gt;", "&lt;", "&quot;"]);
  });
});

describe("escapeXml", () => {
  it("escapes the five special characters and drops control characters XML 1.0 cannot hold, as docx does", () => {
    expect(escapeXml("a\u0001b<'\"&>\t\n\r\u000b\u001fc")).toBe("ab&lt;&apos;&quot;&amp;&gt;\t\n\rc");
  });
});
