// The parts of plan's DOCX package that do not depend on the plan (theme, settings, styles, headers…),
// taken from the docx library at build time. plan writes word/document.xml itself (docx's object tree
// and its 344 KB bundle cost ~115 ms per render); test/docx-writer.test.ts checks the whole package is
// byte for byte what docx writes, so a docx upgrade that changes a part shows there.
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";

const FONT = "Times New Roman";
/** Body sizes the schema allows (layout.fontSize, in half-points): docx derives other styles from it. */
const SIZES = [26, 28];
/** A line spacing no plan has, replaced by the plan's own at render time. */
const LINE = 4343;
const BODY = "@@BODY@@";

const count = (text, what) => text.split(what).length - 1;

function compile(size) {
  const fonts = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
  const doc = new Document({
    styles: { default: { document: { run: { font: fonts, size, color: "000000" }, paragraph: { spacing: { line: LINE } } } } },
    sections: [
      {
        properties: { titlePage: true },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 28 })] })] }),
        },
        children: [new Paragraph({ children: [new TextRun(BODY)] })],
      },
    ],
  });
  const compiler = Packer.compiler;
  if (!compiler?.compile) throw new Error("docx no longer exposes Packer.compiler: scripts/docx-parts.mjs needs another way to read its parts");
  return compiler.compile(doc, undefined, []);
}

export function generateDocxParts() {
  const parts = compile(SIZES[0]);
  const order = [...parts.keys()];
  const text = (path) => {
    const data = parts.get(path);
    if (typeof data !== "string") throw new Error(`docx part ${path} is not text`);
    return data;
  };
  const document = text("word/document.xml");
  const bodyAt = document.indexOf("<w:body>") + "<w:body>".length;
  const closeAt = document.lastIndexOf("</w:body>");
  if (bodyAt < 8 || closeAt < bodyAt) throw new Error("docx's document part changed shape: scripts/docx-parts.mjs needs a look");
  const fixed = {};
  for (const path of order) if (!["word/document.xml", "word/styles.xml", "docProps/core.xml"].includes(path)) fixed[path] = text(path);
  const styles = {};
  for (const size of SIZES) {
    const other = compile(size);
    const xml = other.get("word/styles.xml");
    if (count(xml, `"${LINE}"`) !== 1) throw new Error("docx's styles part changed shape: scripts/docx-parts.mjs needs a look");
    for (const path of Object.keys(fixed)) if (other.get(path) !== fixed[path]) throw new Error(`docx's ${path} depends on the body size: scripts/docx-parts.mjs needs a look`);
    // The plan's line spacing goes where the sentinel is.
    styles[size] = xml.split(`"${LINE}"`);
  }
  return {
    order,
    fixed,
    documentOpen: document.slice(0, bodyAt),
    documentClose: document.slice(closeAt),
    styles,
  };
}
