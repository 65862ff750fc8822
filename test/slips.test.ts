// Issue 12: slips clerks make, one per copy of an example. Each is either caught at its line in plain
// words (no YAML terms, no follow-on errors) or renders exactly as typed; plan fix mends those with one
// reading, after which the document says what was meant.
import { describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import { fixText } from "../src/core/fix/fix.js";
import { fixTransaction } from "../src/core/fix/transaction.js";
import type { Plan } from "../src/core/plan.js";
import { layout } from "../src/core/render/layout.js";
import { layoutToText } from "../src/core/render/text.js";
import { messageFor } from "../src/messages/index.js";
import { EXAMPLE_TH, lineOf, runCli } from "./helpers.js";
import { readFileSync } from "node:fs";

const base = readFileSync(EXAMPLE_TH, "utf8");
const BODY = "          - Đăng ký thi đua, theo dõi và đánh giá kết quả thi đua của tổ viên.";
const ACTIVITY = "      - Ký giao ước thi đua tại Hội nghị viên chức, người lao động.";
const JARGON = /\b(thẻ|neo|tham chiếu|khóa|mapping|node|scalar|schema|alias|anchor)\b/iu;

interface Slip {
  name: string;
  from: string;
  to: string;
  /** The code reported, at the line holding `at`. Absent: the slip must render exactly as typed. */
  code?: string;
  at?: string;
  /** What the document must say after plan fix (the slip has one reading). */
  meant?: string;
  /** What the render must contain when the slip is not an error. */
  renders?: string;
}

const slips: Slip[] = [
  // The first table of the issue.
  {
    name: "comment glued to a sentence (#1)",
    from: BODY,
    to: "          - Sơ kết học kỳ I #1 trong tháng 01/2025.",
    code: "text/inline-comment",
    at: "#1 trong",
    meant: "Sơ kết học kỳ I #1 trong tháng 01/2025.",
  },
  {
    name: "comment glued to a sentence (#quan trọng)",
    from: BODY,
    to: "          - Đánh giá kết quả thi đua của tổ viên #quan trọng.",
    code: "text/inline-comment",
    at: "#quan",
    meant: "Đánh giá kết quả thi đua của tổ viên #quan trọng.",
  },
  {
    name: "& at the start (anchor)",
    from: BODY,
    to: "          - &Tổ trưởng theo dõi thi đua.",
    code: "text/leading-symbol",
    at: "&Tổ",
    meant: "&Tổ trưởng theo dõi thi đua.",
  },
  {
    name: "! at the start (tag)",
    from: BODY,
    to: "          - !Quan trọng: theo dõi thi đua hằng tháng.",
    code: "text/leading-symbol",
    at: "!Quan",
    meant: "!Quan trọng: theo dõi thi đua hằng tháng.",
  },
  {
    name: "* at the start (alias)",
    from: BODY,
    to: "          - * Đăng ký thi đua trước ngày 30/9.",
    code: "text/leading-symbol",
    at: "* Đăng",
    meant: "* Đăng ký thi đua trước ngày 30/9.",
  },
  {
    name: "a sentence with a colon in the month table",
    from: ACTIVITY,
    to: "      - Chỉ tiêu: 100% tổ viên đăng ký thi đua.",
    code: "yaml/colon-in-text",
    at: "Chỉ tiêu: 100%",
    meant: "Chỉ tiêu: 100% tổ viên đăng ký thi đua.",
  },
  {
    name: "? at the start (complex key)",
    from: BODY,
    to: "          - ? Ai phụ trách: Tổ trưởng chuyên môn.",
    code: "text/leading-symbol",
    at: "? Ai",
    meant: "? Ai phụ trách: Tổ trưởng chuyên môn.",
  },
  // The second table.
  {
    name: "an item indented one space too far",
    from: BODY,
    to: `${BODY}\n           - Báo cáo kết quả hằng tháng.`,
    code: "text/merged-items",
    at: "           - Báo cáo",
    meant: "Báo cáo kết quả hằng tháng.",
  },
  {
    name: "a paragraph continued on a second line",
    from: BODY,
    to: "          - Đăng ký thi đua, theo dõi\n            và đánh giá kết quả thi đua của tổ viên.",
    renders: "Đăng ký thi đua, theo dõi và đánh giá kết quả thi đua của tổ viên.",
  },
  {
    name: "a block paragraph (- |) keeps its two lines",
    from: BODY,
    to: "          - |\n            Đăng ký thi đua.\n            Theo dõi kết quả thi đua.",
    renders: "Đăng ký thi đua.\nTheo dõi kết quả thi đua.",
  },
  {
    name: "Word's curly quotes around a whole title",
    from: "      - title: Các tổ chuyên môn",
    to: "      - title: “Các tổ chuyên môn:”",
    code: "text/smart-quotes",
    at: "“Các tổ",
    meant: "2. Các tổ chuyên môn:",
  },
  {
    name: "a typed • after the dash",
    from: BODY,
    to: "          - • Đăng ký thi đua.",
    code: "text/typed-bullet",
    at: "• Đăng",
    meant: "Đăng ký thi đua.",
  },
  {
    name: "a • typed instead of the dash",
    from: "              - Chỉ đạo các tổ chuyên môn triển khai kế hoạch.",
    to: "              • Chỉ đạo các tổ chuyên môn triển khai kế hoạch.",
    code: "text/typed-bullet",
    at: "• Chỉ đạo",
    meant: "- Chỉ đạo các tổ chuyên môn triển khai kế hoạch.",
  },
  {
    name: "plan init's … left in the place",
    from: "  place: Điện Biên Phủ",
    to: '  place: "…"',
    code: "text/placeholder",
    at: '"…"',
  },
  {
    name: "plan init's … left in the signer",
    from: "  name: Lò Thị Hoa",
    to: '  name: "…"',
    code: "text/placeholder",
    at: '  name: "…"',
  },
  {
    name: "Lưu: VT in the recipients",
    from: '  - "Lưu: VT"',
    to: "  - Lưu: VT",
    code: "yaml/colon-in-text",
    at: "  - Lưu: VT",
    meant: "- Lưu: VT.",
  },
  {
    name: "a sentence with a colon among activities",
    from: ACTIVITY,
    to: "      - Hội nghị viên chức: ký giao ước thi đua.",
    code: "yaml/colon-in-text",
    at: "Hội nghị viên chức:",
    meant: "Hội nghị viên chức: ký giao ước thi đua.",
  },
  {
    name: "& and a space at the start",
    from: BODY,
    to: "          - & Sơ kết học kỳ I.",
    code: "text/leading-symbol",
    at: "& Sơ kết",
    meant: "& Sơ kết học kỳ I.",
  },
  {
    name: "no space after the colon",
    from: "  staffTotal: 42",
    to: "  staffTotal:42",
    code: "yaml/space-after-colon",
    at: "staffTotal:42",
    meant: "38/42",
  },
  {
    name: "a non-breaking space after the colon",
    from: "  staffTotal: 42",
    to: "  staffTotal:\u00a042",
    code: "yaml/space-after-colon",
    at: "staffTotal:",
    meant: "38/42",
  },
  {
    name: "a non-breaking space in the indentation",
    from: "  place: Điện Biên Phủ",
    to: "\u00a0 place: Điện Biên Phủ",
    code: "text/invisible-character",
    at: "place: Điện",
    meant: "Điện Biên Phủ, ngày",
  },
  {
    name: "a zero-width space in a key",
    from: "  place: Điện Biên Phủ",
    to: "  pla\u200bce: Điện Biên Phủ",
    code: "text/invisible-character",
    at: "ce: Điện",
    meant: "Điện Biên Phủ, ngày",
  },
  {
    name: "a Vietnamese key (địa danh)",
    from: "  place: Điện Biên Phủ",
    to: "  địa danh: Điện Biên Phủ",
    code: "schema/unknown-property",
    at: "địa danh",
  },
  { name: "a Vietnamese key (đợt)", from: "phases:", to: "đợt:", code: "schema/unknown-property", at: "đợt:" },
  {
    name: "a month written as in prose",
    from: "    from: semester2Start",
    to: "    from: tháng 01/2025",
    code: "schema/any-of",
    at: "tháng 01/2025",
    meant: "Đợt thi đua học kỳ II: Thi đua chào mừng",
  },
  {
    name: "a date written dd/mm/yyyy",
    from: "  date: 2024-09-25",
    to: "  date: 25/09/2024",
    code: "schema/format",
    at: "25/09/2024",
    meant: "ngày 25 tháng 9 năm 2024",
  },
  {
    name: "a date written dd-mm-yyyy",
    from: "  date: 2024-09-25",
    to: "  date: 25-09-2024",
    code: "schema/format",
    at: "25-09-2024",
    meant: "ngày 25 tháng 9 năm 2024",
  },
  {
    name: "a decimal comma",
    from: "calendar:",
    to: "layout:\n  lineSpacing: 1,15\ncalendar:",
    code: "schema/type",
    at: "1,15",
  },
  {
    name: "Có for a yes",
    from: "calendar:",
    to: "layout:\n  monthWithYear: Có\ncalendar:",
    code: "schema/type",
    at: "Có",
    meant: "Tháng 9/2024",
  },
  {
    name: "a tab as indentation",
    from: "  staffTotal: 42",
    to: "\tstaffTotal: 42",
    code: "yaml/tab",
    at: "\tstaffTotal",
    meant: "38/42",
  },
  {
    name: "a duplicated key",
    from: "  staffTotal: 42",
    to: "  staffTotal: 42\n  staffTotal: 40",
    code: "yaml/duplicate-key",
    at: "  staffTotal: 40",
  },
  { name: "a month written 08 in the table", from: "  - month: 9\n", to: "  - month: 08\n", renders: "Tháng 8" },
  {
    name: "a percent sign at the start",
    from: BODY,
    to: "          - %Hoàn thành kế hoạch.",
    code: "text/leading-symbol",
    at: "%Hoàn",
    meant: "%Hoàn thành kế hoạch.",
  },
  {
    name: "an @ at the start",
    from: BODY,
    to: "          - @Tổ trưởng báo cáo.",
    code: "text/leading-symbol",
    at: "@Tổ",
    meant: "@Tổ trưởng báo cáo.",
  },
  {
    name: "a backtick at the start",
    from: BODY,
    to: "          - `Tổ trưởng` báo cáo.",
    code: "text/leading-symbol",
    at: "`Tổ",
    meant: "`Tổ trưởng` báo cáo.",
  },
  {
    name: "a sentence ending with a colon",
    from: BODY,
    to: "          - Các tổ thực hiện như sau:",
    code: "yaml/colon-in-text",
    at: "Các tổ thực hiện",
    meant: "Các tổ thực hiện như sau:",
  },
  {
    name: "an intro with a colon inside",
    from:
      'intro: "Trường Tiểu học Hoa Ban xây dựng Kế hoạch tổ chức phong trào thi đua “Dạy tốt - Học tốt” năm học ' +
      '2024 - 2025 như sau:"',
    to: "intro: Kế hoạch: tổ chức thi đua năm học 2024 - 2025.",
    code: "yaml/colon-in-text",
    at: "intro: Kế hoạch",
    meant: "Kế hoạch: tổ chức thi đua năm học 2024 - 2025.",
  },
  {
    name: "a soft hyphen from Word in the text",
    from: BODY,
    to: "          - Đăng ký thi đua, theo dõi và đánh giá kết quả thi\u00adđua.",
    renders: "Đăng ký thi đua, theo dõi và đánh giá kết quả thi\u00adđua.",
  },
  {
    name: "a quote mark opening a sentence, not closed",
    from: BODY,
    to: '          - "Dạy tốt - Học tốt là phong trào chính.',
    code: "yaml/syntax",
    at: '"Dạy tốt',
  },
  {
    name: "straight quotes inside a sentence stay",
    from: BODY,
    to: '          - Phong trào "Dạy tốt - Học tốt" năm học 2024 - 2025.',
    renders: 'Phong trào "Dạy tốt - Học tốt" năm học 2024 - 2025.',
  },
  {
    name: "a # after two spaces is a comment the clerk meant",
    from: BODY,
    to: `${BODY}   # ghi chú của văn thư`,
    renders: "Đăng ký thi đua, theo dõi và đánh giá kết quả thi đua của tổ viên.",
  },
  {
    name: "a phase ending before it starts: one error",
    from: "    from: semester2Start\n    to: end",
    to: "    from: semester2Start\n    to: 2025-01-10",
    code: "phases/reversed",
    at: "to: 2025-01-10",
  },
  {
    name: "a count written with a decimal comma",
    from: "      count: 38",
    to: "      count: 38,5",
    code: "schema/type",
    at: "38,5",
  },
  {
    name: "a leading [ in a sentence",
    from: BODY,
    to: "          - [Tổ 1] đăng ký thi đua.",
    code: "text/leading-symbol",
    at: "[Tổ 1]",
    meant: "[Tổ 1] đăng ký thi đua.",
  },
];

const check = (text: string) => checkBytes(new TextEncoder().encode(text));
const render = (text: string): string => {
  const c = check(text);
  return layoutToText(layout((c.plan ?? c.loaded!.data) as Plan));
};

describe("slips clerks make", () => {
  it("the table has at least 40 slips", () => {
    expect(slips.length).toBeGreaterThanOrEqual(40);
  });
  for (const s of slips) {
    describe(s.name, () => {
      const idx = base.indexOf(s.from);
      const text = base.slice(0, idx) + s.to + base.slice(idx + s.from.length);
      it("is caught at its line in plain words, once — or renders exactly as typed", () => {
        expect(idx).toBeGreaterThanOrEqual(0);
        const d = check(text).diagnostics;
        if (s.code) {
          const errors = d.filter((x) => x.severity === "error");
          const found = d.filter((x) => x.code === s.code);
          expect(
            found.map((x) => x.code),
            JSON.stringify(d.map((x) => [x.code, x.range.start.line])),
          ).toEqual([s.code]);
          expect(found[0]!.range.start.line).toBe(lineOf(text, s.at!));
          // No cascade: the slip is the only error the clerk sees.
          expect(errors.length).toBeLessThanOrEqual(1);
          for (const x of d) expect(messageFor(x)).not.toMatch(JARGON);
        } else {
          expect(d.filter((x) => x.severity === "error")).toEqual([]);
          expect(render(text)).toContain(s.renders);
        }
      });
      if (s.meant) {
        it("plan fix mends it: the document then says what was meant", () => {
          const fixed = fixTransaction(text);
          expect(fixed.refused).toEqual([]);
          expect(fixed.changes.length).toBeGreaterThan(0);
          const after = check(fixed.text);
          // The slip is gone and the file reads; what the clerk typed may still break a rule (that is validate's to
          // say).
          expect(
            after.diagnostics.filter(
              (x) =>
                x.code === s.code ||
                x.code.startsWith("yaml/") ||
                x.code.startsWith("text/") ||
                x.code.startsWith("schema/"),
            ),
          ).toEqual([]);
          expect(render(fixed.text)).toContain(s.meant);
          // Idempotent: a second run changes nothing.
          expect(fixText(fixed.text).changes).toEqual([]);
        });
      }
    });
  }
});

// Slips whose first mend was wrong (issue 21: "plan fix making files worse"): quoting a key typed with
// Telex or a look-alike letter into a sentence, quoting a value into text, rewriting a block's lines.
const WORSE_BEFORE: { name: string; from: string; to: string }[] = [
  { name: "a key typed with Telex on (stảt)", from: "  start: 2024-08-29", to: "  stảt: 2024-08-29" },
  { name: "a key with a Cyrillic а (plаce)", from: "  place: Điện Biên Phủ", to: "  pl\u0430ce: Điện Biên Phủ" },
  { name: "a full-width colon (place：)", from: "  place: Điện Biên Phủ", to: "  place\uff1a Điện Biên Phủ" },
  { name: "a deleted colon (staffTotal 42)", from: "  staffTotal: 42", to: "  staffTotal 42" },
  {
    name: "a block indented two spaces too far",
    from: "calendar:\n  start: 2024-08-29\n  semester1End: 2025-01-15",
    to: "calendar:\n  start: 2024-08-29\n    semester1End: 2025-01-15",
  },
  {
    name: "a lone CR inside a sentence",
    from: BODY,
    to: "          - Đăng ký thi đua, theo dõi\rvà đánh giá kết quả thi đua của tổ viên.",
  },
  {
    name: "no space after the dash",
    from: BODY,
    to: "          -Đăng ký thi đua, theo dõi và đánh giá kết quả thi đua của tổ viên.",
  },
  {
    name: "a theme with a colon and a comment",
    from: "    theme: Thi đua lập thành tích chào mừng 80 năm",
    to: "    theme: Thi đua: lập thành tích # chào mừng 80 năm",
  },
];

/** Problems of reading and form, per line: what a mend must never add. */
const formProblems = (text: string): string[] =>
  check(text)
    .diagnostics.filter((d) => d.severity === "error" && /^(yaml|text|schema)\//.test(d.code))
    .map((d) => `${d.code}@${d.range.start.line}`);

describe("plan fix is a transaction: it never leaves a file worse", () => {
  const cases = [...slips.map((s) => ({ name: s.name, from: s.from, to: s.to })), ...WORSE_BEFORE];
  for (const c of cases) {
    it(c.name, () => {
      const text = base.replace(c.from, c.to);
      expect(text).not.toBe(base);
      const before = check(text).diagnostics.filter((d) => d.severity === "error").length;
      const fixed = fixTransaction(text);
      const after = check(fixed.text).diagnostics.filter((d) => d.severity === "error");
      // Never more errors than typed, and no mended line left with a reading or form problem.
      expect(after.length, JSON.stringify(after.map((d) => [d.code, d.range.start.line]))).toBeLessThanOrEqual(
        Math.max(before, 1),
      );
      for (const change of fixed.changes)
        expect(
          formProblems(fixed.text).filter((p) => p.endsWith(`@${change.line}`)),
          `line ${change.line}`,
        ).toEqual([]);
      // What was taken back is said, with the problem the change would have left.
      for (const r of fixed.refused) expect(r.problem.code).toMatch(/\//);
      // The lines fix did not change are as typed.
      const typed = text.split("\n");
      const written = fixed.text.split("\n");
      expect(written.length).toBe(typed.length);
      const changed = new Set(fixed.changes.map((x) => x.line));
      for (let i = 0; i < typed.length; i++) if (!changed.has(i + 1)) expect(written[i]).toBe(typed[i]);
    });
  }
  it("the slips the first fix made worse are now either mended or left as typed and said", () => {
    for (const c of WORSE_BEFORE) {
      const text = base.replace(c.from, c.to);
      const fixed = fixTransaction(text);
      const left = formProblems(fixed.text).length;
      // Left as typed (nothing written for that line) while a problem remains there: it must be said.
      if (left && fixText(text).changes.length)
        expect(fixed.refused.length + fixed.undecided.length, c.name).toBeGreaterThan(0);
    }
  });
});

describe("plan fix never changes a file that needs nothing", () => {
  for (const name of [
    "nam-thanh-2024-2025",
    "hoa-ban-tieu-hoc-2024-2025",
    "le-quy-don-thcs-2025-2026",
    "phong-gddt-dien-bien-2024-2025",
    "thanh-binh-tieu-hoc-2025-2026",
  ]) {
    it(name, () => {
      const text = readFileSync(EXAMPLE_TH.replace("hoa-ban-tieu-hoc-2024-2025", name), "utf8");
      const fixed = fixText(text);
      expect(fixed.changes).toEqual([]);
      expect(fixed.text).toBe(text);
    });
  }
});

describe("files a clerk saves the wrong way", () => {
  const cases: [string, () => Uint8Array, string][] = [
    [
      "UTF-16 from Notepad",
      () => new Uint8Array([0xff, 0xfe, ...Buffer.from(base.slice(0, 400), "utf16le")]),
      "encoding/utf16",
    ],
    [
      "Windows-1258 from an old tool",
      () =>
        new Uint8Array([
          ...Buffer.from("document:\n  place: Hoa Ban\n  subject: K"),
          0xea,
          0xcc,
          ...Buffer.from(" ho\n"),
        ]),
      "encoding/not-utf8",
    ],
    ["an empty file", () => new Uint8Array(), "plan/empty"],
    ["a file of comments only", () => new TextEncoder().encode("# kế hoạch\n# chưa viết gì\n"), "plan/empty"],
  ];
  for (const [name, bytes, code] of cases) {
    it(name, () => {
      const d = checkBytes(bytes()).diagnostics;
      expect(d.map((x) => x.code)).toEqual([code]);
      expect(messageFor(d[0]!)).not.toMatch(JARGON);
    });
  }
});

describe("plan fix on the command line", () => {
  it("prints each change, keeps CRLF and the BOM, --check exits 1 and writes nothing", async () => {
    const { mkdtempSync, writeFileSync, readFileSync: read } = await import("node:fs");
    const { join, dirname } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { cli } = await import("./helpers.js");
    const dir = mkdtempSync(join(tmpdir(), "plan-fix-"));
    const file = join(dir, "ke-hoach.yaml");
    const slipped = base
      .replace(BODY, "          - Sơ kết học kỳ I #1 trong tháng 01/2025.")
      .replace("  date: 2024-09-25", "  date: 25/09/2024");
    const original = `\ufeff${slipped.replace(/\n/g, "\r\n")}`;
    writeFileSync(file, original);
    const check = await runCli(["fix", "--check", file]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`${file}:14: date: 25/09/2024 → date: 2024-09-25`);
    expect(read(file, "utf8")).toBe(original);
    const fixed = await runCli(["fix", file]);
    expect(fixed.status).toBe(0);
    const after = read(file, "utf8");
    expect(after.startsWith("\ufeff")).toBe(true);
    expect(after.split("\r\n").length).toBe(original.split("\r\n").length);
    expect(after).toContain('- "Sơ kết học kỳ I #1 trong tháng 01/2025."\r\n');
    expect((await runCli(["validate", file])).status).toBe(0);
    const again = await runCli(["fix", "--check", file]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe("");
    // The examples need nothing: --check passes on them, as a pre-commit hook would run it.
    const examples = [
      "nam-thanh-2024-2025",
      "hoa-ban-tieu-hoc-2024-2025",
      "le-quy-don-thcs-2025-2026",
      "phong-gddt-dien-bien-2024-2025",
      "thanh-binh-tieu-hoc-2025-2026",
    ].map((n) => join(dirname(EXAMPLE_TH), `${n}.yaml`));
    expect((await runCli(["fix", "--check", ...examples])).status).toBe(0);
  });
});
