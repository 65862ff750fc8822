// plan import (issue 11): Word-shaped fixtures made by another route import clean, keep ≥ 95 % of the
// document's words in order, and give back their numbers; our own DOCX of each example round-trips.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import { readContent } from "../src/core/import/content.js";
import type { Table } from "../src/core/import/docx.js";
import { importDocx } from "../src/core/import/index.js";
import { interpret } from "../src/core/import/interpret.js";
import type { Plan } from "../src/core/plan.js";
import { renderDocx } from "../src/core/render/docx/document.js";
import { layout } from "../src/core/render/layout.js";
import { layoutToText } from "../src/core/render/text.js";
import { importNoteMessage } from "../src/messages/import-notes.js";
import { cli, ROOT, runCli, words, wordsInOrder } from "./helpers.js";
import { wordFixtures, type WordFixture } from "./word-fixtures.js";

/** The date the imports are made on: passed in, as the CLI passes the clock's. */
const TODAY = new Date(2026, 10, 30);

const importText = (bytes: Uint8Array, name = "ke-hoach.docx") => {
  const r = importDocx(bytes, {
    schemaPath: "../schemas/plan.schema.json",
    source: name,
    today: TODAY,
    noteText: (n) => importNoteMessage(n),
  });
  if ("problem" in r) throw new Error(r.problem);
  return r;
};

describe("Word-shaped plans made by another route", () => {
  let fixtures: WordFixture[];
  beforeAll(async () => {
    fixtures = await wordFixtures();
  });
  const shapes = ["typed-numbering", "word-lists", "split-month-table", "no-header-table"];
  for (const shape of shapes) {
    describe(shape, () => {
      let f: WordFixture;
      let plan: Plan;
      let notes: ReturnType<typeof importText>["notes"];
      let text: string;
      beforeAll(() => {
        f = fixtures.find((x) => x.name === shape)!;
        const r = importText(f.bytes);
        notes = r.notes;
        text = r.text;
        const checked = checkBytes(new TextEncoder().encode(r.text));
        const fatal = checked.diagnostics.filter((d) => d.code.startsWith("yaml/") || d.code.startsWith("schema/"));
        if (fatal.length) throw new Error(JSON.stringify(fatal));
        plan = checked.loaded!.data as Plan;
      });
      it("imports with no schema or YAML error, and renders ≥ 95 % of the document's words in order", () => {
        const checked = checkBytes(new TextEncoder().encode(text));
        // A day left blank for the văn thư stays blank: validate asks for it, as after plan new.
        expect(checked.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(
          shape === "no-header-table" ? ["document/date-placeholder"] : [],
        );
        const source = words(f.source.join(" "));
        const render = words(layoutToText(layout(checked.loaded!.data as Plan)));
        expect(wordsInOrder(source, render)).toBeGreaterThanOrEqual(0.95);
      });
      it("staff total, target counts, phases, căn cứ, months, recipients and signer", () => {
        expect(plan.targets.staffTotal).toBe(f.expect.staffTotal);
        expect(plan.targets.individual.map((t) => t.count)).toEqual(f.expect.counts);
        expect(plan.phases).toHaveLength(f.expect.phases);
        expect(plan.legalBases).toHaveLength(f.expect.legalBases);
        expect(plan.timeline.filter((r) => r.month !== undefined)).toHaveLength(f.expect.months);
        expect(plan.recipients).toHaveLength(f.expect.recipients);
        expect(plan.signer).toMatchObject(f.expect.signer);
      });
      it("the report lists each stated percentage that disagrees with the computation", () => {
        const d = notes.filter((n) => n.kind === "disagreement");
        expect(d.map((n) => importNoteMessage(n))).toEqual([
          "Lao động tiên tiến: văn bản ghi 97%, nhưng 30/31 = 96,8%",
          "UBND huyện tặng giấy khen: văn bản ghi 19,3%, nhưng 6/31 = 19,4%",
        ]);
        for (const n of d) expect(text.split("\n")[n.line - 1]).toContain("# kiểm tra:");
      });
      it("the header: chủ quản, issuing body, number and date", () => {
        expect(plan.document.parentBody).toBe("UBND HUYỆN MƯỜNG ẢNG");
        expect(plan.document.issuingBody).toBe("Trường Tiểu học số 1 Ẳng Nưa");
        expect(plan.document.code).toBe("KH-THS1AN");
        if (shape === "no-header-table") {
          expect([plan.document.number, plan.document.date]).toEqual(["", ""]);
          expect(notes.some((n) => n.code === "date-blank")).toBe(true);
        } else expect([plan.document.number, plan.document.date]).toEqual(["50a", "2024-09-19"]);
      });
      it("collective titles per organisation, and the phases' bounds", () => {
        expect(plan.targets.collective).toEqual([
          { organization: "Nhà trường", title: "ttldxs" },
          { organization: "Công đoàn cơ sở", title: "cong-doan-vung-manh" },
          { organization: "Liên đội", title: "lien-doi-manh" },
        ]);
        expect(plan.phases.map((p) => [p.from, p.to])).toEqual([
          ["start", "2024-11-20"],
          ["2024-11-21", "2025-01-15"],
          ["2025-01-16", "2025-05-24"],
        ]);
      });
    });
  }
  it("the month table split across two tables is one table, the broken row joined", () => {
    const f = fixtures.find((x) => x.name === "split-month-table")!;
    const plan = checkBytes(new TextEncoder().encode(importText(f.bytes).text)).plan!;
    const november = plan.timeline.find((r) => r.month === 11)!;
    // The row's second half, on the next page, has no dash of its own: the same activity, one sentence.
    expect(november.activities).toEqual([
      "Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11; báo cáo kết quả hội giảng.",
    ]);
  });
});

describe("a month row broken by a page", () => {
  const cell = (...texts: string[]) =>
    texts.map((text) => ({ kind: "p" as const, text, bold: false, italic: false, align: "left" as const }));
  const months = (rows: string[][][]): Content =>
    readContent([{ table: { kind: "table", rows: rows.map((r) => r.map((c) => cell(...c))) } satisfies Table }], 2024);
  type Content = ReturnType<typeof readContent>;
  const head = [["Thời gian"], ["Nội dung"]];
  it("joins an unmarked line to a marked activity cut mid-sentence, and only then", () => {
    const cut = months([head, [["Tháng 11"], ["- Hội giảng chào mừng ngày Nhà giáo"]], [[""], ["Việt Nam 20/11."]]]);
    expect(cut.timeline[0]!.activities).toEqual(["Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11."]);
    // A marked line is an activity of its own; so is a line after a finished sentence.
    expect(
      months([head, [["Tháng 11"], ["- Hội giảng"]], [[""], ["- Sơ kết đợt 1."]]]).timeline[0]!.activities,
    ).toEqual(["Hội giảng", "Sơ kết đợt 1."]);
    expect(months([head, [["Tháng 11"], ["- Hội giảng."]], [[""], ["Sơ kết đợt 1."]]]).timeline[0]!.activities).toEqual(
      ["Hội giảng.", "Sơ kết đợt 1."],
    );
    // A table typed without dashes gives no sign of a cut: its lines stay apart.
    expect(months([head, [["Tháng 11"], ["Hội giảng"]], [[""], ["Sơ kết đợt 1"]]]).timeline[0]!.activities).toEqual([
      "Hội giảng",
      "Sơ kết đợt 1",
    ]);
  });
});

describe("our own DOCX of each example imports back to the same document", () => {
  for (const name of [
    "nam-thanh-2024-2025",
    "hoa-ban-tieu-hoc-2024-2025",
    "le-quy-don-thcs-2025-2026",
    "phong-gddt-dien-bien-2024-2025",
    "thanh-binh-tieu-hoc-2025-2026",
    "lam-hong-thpt-2026-2027",
  ]) {
    it(name, async () => {
      const plan = checkBytes(readFileSync(join(ROOT, "examples", `${name}.yaml`))).plan!;
      const imported = checkBytes(new TextEncoder().encode(importText(await renderDocx(plan), `${name}.docx`).text));
      expect(imported.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(layoutToText(layout(imported.plan!))).toBe(layoutToText(layout(plan)));
    });
  }
});

/** A zip with one stored entry (method 0), to build damaged and hostile packages. */
function zipOf(entries: { name: string; data: Uint8Array; method?: 0 | 8; declared?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.method === 8 ? deflateRawSync(e.data) : Buffer.from(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.method ?? 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.declared ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.method ?? 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.declared ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

describe("plan import: bad input is exit 2, a Vietnamese message, nothing written", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-import-"));
  const cases: [string, () => Uint8Array, string][] = [
    ["not a zip", () => new TextEncoder().encode("Kế hoạch thi đua (văn bản thường)"), "io/not-docx"],
    [
      "an old binary .doc",
      () => {
        const b = new Uint8Array(4096);
        b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        return b;
      },
      "io/doc-binary",
    ],
    [
      "an encrypted .docx",
      () => {
        const b = new Uint8Array(8192);
        b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        b.set(Buffer.from("EncryptionInfo", "utf16le"), 1024);
        return b;
      },
      "io/docx-encrypted",
    ],
    [
      "a zip bomb",
      () => zipOf([{ name: "word/document.xml", data: new Uint8Array(40 * 1024 * 1024), method: 8, declared: 1000 }]),
      "io/docx-too-large",
    ],
    [
      "a zip that is not a Word file",
      () => zipOf([{ name: "hello.txt", data: new TextEncoder().encode("xin chào") }]),
      "io/docx-corrupt",
    ],
    [
      "a DOCX with no body text",
      () =>
        zipOf([
          {
            name: "word/document.xml",
            data: new TextEncoder().encode('<w:document xmlns:w="w"><w:body><w:p/></w:body></w:document>'),
          },
        ]),
      "io/docx-empty",
    ],
    ["a 50 MB file", () => new Uint8Array(50 * 1024 * 1024), "io/too-large"],
  ];
  for (const [name, make, code] of cases) {
    it(name, async () => {
      const file = join(dir, `${name.replace(/\W+/g, "-")}.docx`);
      writeFileSync(file, make());
      const r = await runCli(["import", file, "--format", "x"].slice(0, 2));
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(code);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
      expect(existsSync(file.replace(/\.docx$/, ".yaml"))).toBe(false);
    });
  }
  it("an output that exists is refused without --force, and replaced with it", async () => {
    const f = (await wordFixtures())[0]!;
    const file = join(dir, "ke-hoach.docx");
    writeFileSync(file, f.bytes);
    const out = join(dir, "ke-hoach.yaml");
    writeFileSync(out, "của văn thư\n");
    const refused = await runCli(["import", file]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("io/exists");
    expect(readFileSync(out, "utf8")).toBe("của văn thư\n");
    const forced = await runCli(["import", file, "--force"]);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain("Số liệu trong văn bản khác với số công cụ tính");
    expect(forced.stdout).toContain("văn bản ghi 97%, nhưng 30/31 = 96,8%");
    expect(readFileSync(out, "utf8")).toMatch(/^# yaml-language-server: \$schema=/);
  });
});

describe("the import report names wrong anniversaries too", () => {
  it("“41 năm … (20/11/1982 - 20/11/2024)” in the document is reported with its line", async () => {
    const text = readFileSync(join(ROOT, "examples/nam-thanh-2024-2025.yaml"), "utf8").replace(
      "kỷ niệm 42 năm ngày Nhà giáo Việt Nam (20/11/1982",
      "kỷ niệm 41 năm ngày Nhà giáo Việt Nam (20/11/1982",
    );
    const loaded = checkBytes(new TextEncoder().encode(text));
    expect(loaded.diagnostics.some((d) => d.code === "prose/anniversary-mismatch")).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "plan-import-ann-"));
    const file = join(dir, "ke-hoach.docx");
    writeFileSync(file, await renderDocx(loaded.loaded!.data as Plan));
    const r = await runCli(["import", file]);
    expect(r.status).toBe(1);
    const line = r.stdout.split("\n").find((l) => l.includes("prose/anniversary-mismatch"))!;
    expect(line).toMatch(/ke-hoach\.yaml:\d+:\d+/);
    const n = Number(/ke-hoach\.yaml:(\d+)/.exec(line)![1]);
    expect(readFileSync(join(dir, "ke-hoach.yaml"), "utf8").split("\n")[n - 1]).toContain("41 năm");
  });
});

describe("a document that names no school year", () => {
  const p = (text: string, align: "center" | "both" = "both") => ({
    kind: "p" as const,
    text,
    bold: false,
    italic: false,
    align,
  });
  const blocks = [
    p("KẾ HOẠCH", "center"),
    p("Thi đua, khen thưởng", "center"),
    p("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;"),
    p("Nơi nhận:"),
  ];
  it("is put in the year of the date it is imported on, and the clerk is asked to check it", () => {
    for (const year of [2025, 2031]) {
      const imported = interpret(blocks, new Date(year, 2, 1));
      expect(imported.plan.schoolYear).toBe(`${year}-${year + 1}`);
      expect(imported.plan.calendar.start).toBe(`${year}-08-29`);
      expect(imported.review.some((n) => n.path[0] === "schoolYear" && n.code === "school-year-missing")).toBe(true);
    }
  });
});

describe("the report is the clerk's to-do list, in the language asked for", () => {
  it("lists each note in Vietnamese, the file's comments stay Vietnamese, and it ends with what is left", async () => {
    const f = (await wordFixtures())[0]!;
    const dir = mkdtempSync(join(tmpdir(), "plan-import-report-"));
    const file = join(dir, "ke-hoach.docx");
    writeFileSync(file, f.bytes);
    const vi = await runCli(["import", file, "-o", join(dir, "vi.yaml")]);
    const last = vi.stdout.trimEnd().split("\n").pop()!;
    const written = readFileSync(join(dir, "vi.yaml"), "utf8");
    // Each note is a comment of its own (the guide at the file's head names the marker, and is none).
    const notes = written.split("\n").filter((l) => l.includes("# kiểm tra:") && !l.startsWith("# ")).length;
    expect(last).toBe(
      `Còn lại: ${notes} ghi chú “# kiểm tra” trong tệp cần đối chiếu rồi xóa, trong đó 2 số liệu văn bản ghi ` +
        `khác số công cụ tính.`,
    );
    const en = await runCli(["--lang", "en", "import", file, "-o", join(dir, "en.yaml")]);
    expect(en.stdout).toContain("Lao động tiên tiến: the document says 97%, but 30/31 = 96,8%");
    expect(en.stdout).toContain("the document gives no date for the start of the year (start)");
    // The report's own lines are English, one per note: validate's text/review-note warnings, which would say
    // each note again, are not printed above them.
    const report = en.stdout.split("\n").filter((l) => l.startsWith(`  ${join(dir, "en.yaml")}:`));
    expect(report.length).toBe(notes);
    expect(en.stdout + vi.stdout).not.toContain("text/review-note");
    expect(report.join("\n")).not.toMatch(/văn bản ghi|văn bản không ghi/u);
    expect(en.stdout.trimEnd().split("\n").pop()).toBe(
      `Left to do: ${notes} “# kiểm tra” notes in the file to check and remove; 2 of them are stated numbers the ` +
        `tool computes otherwise.`,
    );
    // The file is the clerk's: its notes are Vietnamese whatever the report's language.
    expect(readFileSync(join(dir, "en.yaml"), "utf8")).toBe(written);
  });
  it("every note code has its words in both languages", async () => {
    const { IMPORT_NOTE_CODES } = await import("../src/core/import/notes.js");
    for (const code of IMPORT_NOTE_CODES) {
      const args = {
        text: "x",
        point: "start",
        date: "01/9/2024",
        phase: "P1",
        role: "from",
        why: "year",
        label: "L",
        written: "97",
        ratio: "30/31",
        correct: "96,8%",
      };
      expect(importNoteMessage({ code, args }, "vi")).not.toMatch(/undefined/);
      // English, but for the document's own words it quotes (“Nơi nhận”, “KẾ HOẠCH”) and the term căn cứ.
      expect(importNoteMessage({ code, args }, "en").replace(/“[^”]*”|căn cứ/gu, "")).not.toMatch(
        /undefined|[ăâđêôơư]/iu,
      );
    }
  });
});
