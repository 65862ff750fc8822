import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { checkBytes } from "../src/core/index.js";
import type { Plan } from "../src/core/plan.js";
import { renderDocx } from "../src/core/render/docx/document.js";
import { edit, EXAMPLE, EXAMPLE_TH, ROOT } from "./helpers.js";
import { paragraphs, prettyXml, unzip } from "./zip.js";

const planOf = (text: string): Plan => {
  const c = checkBytes(new TextEncoder().encode(text));
  if (!c.plan) throw new Error(JSON.stringify(c.diagnostics));
  return c.plan;
};
const seedText = readFileSync(EXAMPLE, "utf8");
let parts: Map<string, string>;
let doc: string;
let paras: { xml: string; text: string }[];
const para = (text: string): string => {
  const p = paras.find((x) => x.text === text);
  if (!p) throw new Error(`no paragraph "${text}"`);
  return p.xml;
};
const sz = (xml: string): string | undefined => /<w:sz w:val="(\d+)"/.exec(xml)?.[1];

beforeAll(async () => {
  parts = unzip(await renderDocx(planOf(seedText)));
  doc = parts.get("word/document.xml")!;
  paras = paragraphs(doc);
});

describe("page (ND30 Phụ lục I §I)", () => {
  it("A4 portrait with margins 20/20/30/15 mm", () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).not.toMatch(/w:orient="landscape"/);
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });
  it("Times New Roman on all four rFonts slots, black, 14 pt by default", () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts.get("word/styles.xml")!)![0];
    expect(defaults).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New ' +
        'Roman"/>',
    );
    expect(defaults).toContain('<w:color w:val="000000"/>');
    expect(sz(defaults)).toBe("28");
    expect(doc).not.toMatch(/<w:rFonts/); // no run overrides the font
    expect(doc).not.toMatch(/<w:color w:val="(?!000000)/);
  });
  it("page numbers: none on page 1, centred PAGE field at 14 pt from page 2", () => {
    expect(doc).toContain("<w:titlePg/>");
    const rels = parts.get("word/_rels/document.xml.rels")!;
    const header = (type: string): string => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(doc)![1];
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      return parts.get(`word/${target}`)!;
    };
    expect(header("first")).not.toContain("PAGE");
    const main = header("default");
    expect(main).toMatch(/PAGE/);
    expect(main).toContain('<w:jc w:val="center"/>');
    expect(sz(main)).toBe("28");
  });
});

describe("header (ô 1–5)", () => {
  it("Quốc hiệu 13 bold caps, Tiêu ngữ 14 bold, each centred", () => {
    const qh = para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect([sz(qh), qh.includes("<w:b/>"), qh.includes('<w:jc w:val="center"/>')]).toEqual(["26", true, true]);
    const motto = para("Độc lập - Tự do - Hạnh phúc");
    expect([sz(motto), motto.includes("<w:b/>"), motto.includes("<w:i/>")]).toEqual(["28", true, false]);
  });
  it("chủ quản 13 regular, the school 13 bold, broken where a văn thư would", () => {
    for (const line of ["PHÒNG GD&ĐT", "THÀNH PHỐ ĐIỆN BIÊN PHỦ"])
      expect([sz(para(line)), para(line).includes("<w:b/>")]).toEqual(["26", false]);
    for (const line of ["TRƯỜNG MẦM NON", "NAM THANH"])
      expect([sz(para(line)), para(line).includes("<w:b/>")]).toEqual(["26", true]);
  });
  it("lines under the school name and the motto are paragraph borders of the right length", () => {
    const rules = paras.filter((p) => p.xml.includes("<w:pBdr>") && p.text === "");
    expect(rules.length).toBe(3);
    for (const r of rules) expect(r.xml).toMatch(/<w:top w:val="single"/);
  });
  it("number (13) and place/date (14 italic) share one table row", () => {
    const number = para("Số: 50a/KH-TrMNNT");
    expect([sz(number), number.includes("<w:b/>"), number.includes("<w:i/>")]).toEqual(["26", false, false]);
    const date = para("Nam Thanh, ngày 19 tháng 9 năm 2024");
    expect([sz(date), date.includes("<w:i/>")]).toEqual(["28", true]);
    const row = [...doc.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)]
      .map((m) => m[0])
      .find((r) => r.includes("Số: 50a/KH-TrMNNT"))!;
    expect(row).toContain("Nam Thanh, ngày 19 tháng 9 năm 2024");
  });
  it("KẾ HOẠCH and the trích yếu centred, bold, 14; the trích yếu not in caps", () => {
    // "năm học 2024 - 2025" held together by no-break spaces: a long trích yếu never wraps at "năm / học".
    for (const t of ["KẾ HOẠCH", "Thực hiện công tác thi đua, khen thưởng năm\u00A0học\u00A02024\u00A0-\u00A02025"]) {
      const p = para(t);
      expect([sz(p), p.includes("<w:b/>"), p.includes('<w:jc w:val="center"/>')]).toEqual(["28", true, true]);
    }
  });
});

describe("content (ô 6)", () => {
  it("căn cứ italic, one per paragraph, ';' then '.' on the last", () => {
    const bases = paras.filter((p) => p.text.startsWith("Căn cứ "));
    expect(bases).toHaveLength(10);
    for (const b of bases) expect(b.xml).toContain("<w:i/>");
    expect(bases.slice(0, -1).every((b) => b.text.endsWith(";"))).toBe(true);
    expect(bases.at(-1)!.text.endsWith(".")).toBe(true);
  });
  it("body paragraphs justified, first line 1 cm, 6 pt before", () => {
    const p = para("2. Yêu cầu");
    expect(p).toContain('<w:jc w:val="both"/>');
    expect(p).toMatch(/<w:ind w:firstLine="567"\/>/);
    const spacing = /<w:spacing [^>]*>/.exec(p)![0];
    expect([
      /w:before="(\d+)"/.exec(spacing)?.[1],
      /w:after="(\d+)"/.exec(spacing)?.[1],
      /w:line="(\d+)"/.exec(spacing)?.[1],
    ]).toEqual(["120", "0", "240"]);
  });
  it("every line spacing says its rule: LibreOffice reads a bare w:line as exact, Word as auto", () => {
    for (const part of ["word/document.xml", "word/styles.xml"]) {
      const spacings = [...parts.get(part)!.matchAll(/<w:spacing [^>]*w:line=[^>]*>/g)].map((m) => m[0]);
      expect(spacings.length, part).toBeGreaterThan(0);
      expect(
        spacings.filter((s) => !/w:lineRule="(auto|exact)"/.test(s)),
        part,
      ).toEqual([]);
    }
  });
  it("headings numbered by the tool, I. in caps bold", () => {
    const heads = paras.map((p) => p.text).filter((t) => /^(I|II|III|IV)\. /.test(t));
    expect(heads).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2024-2025",
      "III. NHIỆM VỤ CỤ THỂ VÀ THỜI GIAN THỰC HIỆN",
      "IV. TỔ CHỨC THỰC HIỆN",
    ]);
    expect(para("I. MỤC ĐÍCH, YÊU CẦU")).toContain("<w:b/>");
    expect(paras.some((p) => p.text.startsWith("2.1. Tổ chức phát động"))).toBe(true);
    expect(paras.some((p) => p.text === "6.2. Tập thể:")).toBe(true);
  });
  it("targets and phases written from computed values", () => {
    const texts = paras.map((p) => p.text);
    expect(texts).toContain("- Lao động tiên tiến: 30/31 đạt 96,8%");
    expect(texts).toContain("- CSTĐCS: 11/31 đạt 35,5%");
    expect(texts).toContain("- UBND thành phố tặng giấy khen: 6/31 đạt 19,4%");
    expect(texts).toContain("- Đợt 2: Từ tháng 12/2024 đến kết thúc học kỳ I (từ 01/12/2024 đến 15/01/2025).");
  });
  it("timeline table: header row repeats, rows never split, absolute widths", () => {
    const table = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes("Thời gian"))!;
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows.every((r) => r.includes("<w:cantSplit/>"))).toBe(true);
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect([...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])).reduce((a, b) => a + b)).toBe(
      11906 - 1701 - 850,
    );
  });
  it("closing ends with ./. and keeps with the signature", () => {
    const closing = paras.find((p) => p.text.startsWith("Trên đây là Kế hoạch"))!;
    expect(closing.text.endsWith("nghiêm túc./.")).toBe(true);
    expect(closing.xml).toContain("<w:keepNext/>");
  });
});

describe("signature and Nơi nhận (ô 7, 9b)", () => {
  it("Nơi nhận: 12 bold italic; recipients 11, '- …;' and the last '- Lưu: VT, NT.'", () => {
    const label = para("Nơi nhận:");
    expect([sz(label), label.includes("<w:b/>"), label.includes("<w:i/>")]).toEqual(["24", true, true]);
    for (const r of ["- Phòng GD&ĐT;", "- BGH nhà trường;", "- Lưu: VT, NT."]) expect(sz(para(r))).toBe("22");
  });
  it("title in caps bold 14, name bold 14, room for the seal between", () => {
    expect([sz(para("HIỆU TRƯỞNG")), para("HIỆU TRƯỞNG").includes("<w:b/>")]).toEqual(["28", true]);
    expect([sz(para("Nguyễn Thị Nhàn")), para("Nguyễn Thị Nhàn").includes("<w:b/>")]).toEqual(["28", true]);
    // The name starts 30 mm (1701 twips) below the title: room for the signature image and the seal (nd30-layout.md
    // §4.9).
    const i = paras.findIndex((p) => p.text === "HIỆU TRƯỞNG");
    expect(paras[i + 1]!.text).toBe("Nguyễn Thị Nhàn");
    expect(para("Nguyễn Thị Nhàn")).toContain('w:before="1701"');
  });
  it("KT. signer: two lines, and a number below 10 with its leading zero", async () => {
    const th = paragraphs(
      unzip(await renderDocx(planOf(readFileSync(EXAMPLE_TH, "utf8")))).get("word/document.xml")!,
    ).map((p) => p.text);
    expect(th).toContain("KT. HIỆU TRƯỞNG");
    expect(th[th.indexOf("KT. HIỆU TRƯỞNG") + 1]).toBe("PHÓ HIỆU TRƯỞNG");
    expect(th).toContain("Số: 07/KH-THHB");
    expect(th).toContain("Điện Biên Phủ, ngày 25 tháng 9 năm 2024");
  });
  it("a blank number leaves room for the văn thư", async () => {
    const texts = paragraphs(
      unzip(await renderDocx(planOf(edit(seedText, "  number: 50a ", '  number: "" ')))).get("word/document.xml")!,
    ).map((p) => p.text);
    expect(texts).toContain("Số:      /KH-TrMNNT");
  });
});

describe("properties and determinism", () => {
  it("title, subject, creator, and timestamps from the plan's date", () => {
    const core = parts.get("docProps/core.xml")!;
    expect(core).toContain("<dc:creator>Trường Mầm non Nam Thanh</dc:creator>");
    expect(core).toContain("<dc:subject>Thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025</dc:subject>");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-19T00:00:00Z</dcterms:created>');
  });
  it("the same plan gives the same bytes every time, whatever the clock says (fixed zip timestamps)", async () => {
    // docx stamps core.xml and each zip entry with the clock; plan replaces both with the plan's date.
    const at = async (clock: string): Promise<Buffer> => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(clock));
      try {
        return Buffer.from(await renderDocx(planOf(seedText)));
      } finally {
        vi.useRealTimers();
      }
    };
    const [a, b] = [await at("2030-01-01T08:00:00Z"), await at("2031-06-15T17:45:13Z")];
    expect(a.equals(b)).toBe(true);
    expect(a.equals(Buffer.from(await renderDocx(planOf(seedText))))).toBe(true);
  });
  it("the package holds the parts Word needs, [Content_Types].xml first", () => {
    const names = [...parts.keys()];
    expect(names[0]).toBe("[Content_Types].xml");
    for (const part of [
      "_rels/.rels",
      "word/document.xml",
      "word/styles.xml",
      "word/_rels/document.xml.rels",
      "docProps/core.xml",
    ])
      expect(names).toContain(part);
  });
  it("the same plan gives the same XML every time", async () => {
    const again = unzip(await renderDocx(planOf(seedText)));
    for (const [name, content] of parts) expect(again.get(name), name).toBe(content);
  });
  it("layout options: 13 pt body and wider margins stay inside ND30's ranges", async () => {
    const text = `${seedText}\nlayout:\n  fontSize: 13\n  margins: { top: 25, left: 35, right: 20 }\n`;
    const xml = unzip(await renderDocx(planOf(text))).get("word/document.xml")!;
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1984"/);
    const styles = unzip(await renderDocx(planOf(text))).get("word/styles.xml")!;
    expect(sz(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0])).toBe("26");
  });
  it("word/document.xml matches the golden copy (UPDATE_GOLDEN=1 rewrites it after a deliberate change)", () => {
    const golden = join(ROOT, "test/golden/nam-thanh-2024-2025.document.xml");
    const pretty = `${prettyXml(doc)}\n`;
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(golden)) {
      if (process.env.CI === "true") throw new Error("golden file missing in CI");
      mkdirSync(join(ROOT, "test/golden"), { recursive: true });
      writeFileSync(golden, pretty);
    }
    expect(pretty).toBe(readFileSync(golden, "utf8"));
  });
});
