// Issue 20, item 5: the codes' metadata (each rule's `meta`, the stages in file-checks.ts) is the one
// description of every code. These tests hold the README and plan fix to it; rules.test.ts holds the
// rules to it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import { fixText } from "../src/core/fix/fix.js";
import { CATALOGUE, FIXABLE } from "../src/core/rules/catalogue.js";
import { CHECK_STAGES } from "../src/core/rules/file-checks.js";
import { RULES } from "../src/core/rules/index.js";
import { vi } from "../src/messages/vi.js";
import { renderCodeDocs, withCodeDocs } from "../scripts/rule-docs.mjs";
import { check, cli, edit, EXAMPLE_TH, ROOT } from "./helpers.js";

const base = readFileSync(EXAMPLE_TH, "utf8");
const BODY = "          - Đăng ký thi đua, theo dõi và đánh giá kết quả thi đua của tổ viên.";
const ACTIVITY = "      - Ký giao ước thi đua tại Hội nghị viên chức, người lao động.";

describe("the catalogue", () => {
  it("describes every code the messages define, each once", () => {
    const codes = CATALOGUE.map((e) => e.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    expect([...codes].sort()).toEqual(Object.keys(vi).sort());
  });
  it(
    "an error rests on confirmed law or on the plan's own consistency; a reading not confirmed is at most a " +
      "warning",
    () => {
      const wrong = RULES.filter(
        (r) =>
          (r.meta.basis.kind === "local-policy" ||
            (r.meta.basis.kind === "law" && r.meta.basis.confidence !== "confirmed")) &&
          Object.values(r.meta.codes).some((m) => m.severity === "error"),
      );
      expect(wrong.map((r) => r.meta.id)).toEqual([]);
    },
  );
  it("each rule's id names its file, once", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !existsSync(join(ROOT, "src/core/rules", `${id}.ts`)))).toEqual([]);
  });
});

describe("the README's tables of codes", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  it("are what npm run docs writes from the metadata (run it after changing a rule)", () => {
    expect(withCodeDocs(readme, renderCodeDocs({ stages: CHECK_STAGES, rules: RULES }))).toBe(readme);
  });
  it("npm run docs -- --check agrees: the script reads the same metadata the code runs", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "scripts/rule-docs.mjs"), "--check"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
  it("a README without its markers is refused, not left stale", () => {
    expect(() =>
      withCodeDocs(readme.replace("<!-- rules-en:end -->", ""), renderCodeDocs({ stages: CHECK_STAGES, rules: RULES })),
    ).toThrow(/rules-en/);
  });
});

/** A file with one slip, from the tiểu học example; `code` is what validate reports for it. */
interface Slip {
  code: string;
  text: string;
}
const slip = (code: string, from: string, to: string): Slip => ({ code, text: edit(base, from, to) });

/** One slip for every code plan fix mends (encoding/normalized is mended by decoding: below). */
const MENDED: Slip[] = [
  slip("text/inline-comment", BODY, "          - Sơ kết học kỳ I #1 trong tháng 01/2025."),
  slip("text/leading-symbol", BODY, "          - &Tổ trưởng theo dõi thi đua."),
  slip("yaml/colon-in-text", ACTIVITY, "      - Chỉ tiêu: 100% tổ viên đăng ký thi đua."),
  slip("text/merged-items", BODY, `${BODY}\n           - Báo cáo kết quả hằng tháng.`),
  slip("text/smart-quotes", "      - title: Các tổ chuyên môn", "      - title: “Các tổ chuyên môn:”"),
  slip("text/typed-bullet", BODY, "          - • Đăng ký thi đua."),
  slip("yaml/space-after-colon", "  staffTotal: 42", "  staffTotal:42"),
  slip("text/invisible-character", "  place: Điện Biên Phủ", "\u00a0 place: Điện Biên Phủ"),
  slip("yaml/tab", "  staffTotal: 42", "\tstaffTotal: 42"),
  slip("schema/any-of", "    from: semester2Start", "    from: tháng 01/2025"),
  slip("schema/format", "  date: 2024-09-25", "  date: 25/09/2024"),
  slip("schema/type", "calendar:", "layout:\n  monthWithYear: Có\ncalendar:"),
  slip("schema/enum", "calendar:", "layout:\n  fontSize: 14,0\ncalendar:"),
  slip("yaml/missing-colon", "  staffTotal: 42", "  staffTotal 42"),
  slip("yaml/dash-space", ACTIVITY, "      -Ký giao ước thi đua tại Hội nghị viên chức, người lao động."),
  slip(
    "yaml/indentation",
    "  start: 2024-08-29\n  semester1End: 2025-01-15",
    "  start: 2024-08-29\n    semester1End: 2025-01-15",
  ),
  slip("text/key-lookalike", "  start: 2024-08-29", "  stảt: 2024-08-29"),
  slip("text/lookalike-letter", "  code: KH-THHB", "  code: \u039a\u0397-THHB"),
  slip("text/hidden-character", "schoolYear: 2024-2025", "schoolYear: 2024\u20132025"),
  slip("text/legacy-encoding", "  issuingBody: Trường Tiểu học Hoa Ban", "  issuingBody: Tr\u00adêng TiÓu häc Hoa Ban"),
  slip("text/number-form", "  staffTotal: 42", "  staffTotal: 1.460"),
  slip("structure/typed-numbering", "  - title: Mục đích, yêu cầu", "  - title: I. Mục đích, yêu cầu"),
];

/** Findings plan fix must leave alone, some of them carrying a value or a line to write. */
const LEFT: Slip[] = [
  slip("schema/pattern", "schoolYear: 2024-2025", "schoolYear: 09/2024"),
  slip(
    "text/joined-lines",
    BODY,
    "          - Đăng ký thi đua, theo dõi\n            và đánh giá kết quả thi đua của tổ viên.",
  ),
  slip("yaml/duplicate-key", "  staffTotal: 42", "  staffTotal: 42\n  staffTotal: 40"),
  slip("schema/unknown-property", "  place: Điện Biên Phủ", "  địa danh: Điện Biên Phủ"),
  slip("text/placeholder", "  place: Điện Biên Phủ", '  place: "…"'),
  slip("text/repeated-item", ACTIVITY, `${ACTIVITY}\n${ACTIVITY}`),
  slip("text/review-note", "  place: Điện Biên Phủ", "  place: Điện Biên Phủ  # kiểm tra: địa danh"),
  slip("prose/school-year", "năm học 2024 - 2025\n", "năm học 2023 - 2024\n"),
  slip("phases/reversed", "    from: semester2Start\n    to: end", "    from: semester2Start\n    to: 2025-01-10"),
];

describe("plan fix mends exactly the codes marked fixable", () => {
  it("every slip here is reported as its code, at the level its metadata gives", () => {
    const level = new Map(CATALOGUE.map((e) => [e.code as string, e.severity]));
    for (const s of [...MENDED, ...LEFT])
      expect(
        check(s.text)
          .filter((d) => d.code === s.code)
          .map((d) => d.severity),
        s.code,
      ).toEqual([level.get(s.code)]);
  });
  it("every fixable code has a slip here, and no other code does", () => {
    expect(MENDED.map((s) => s.code).sort()).toEqual([...FIXABLE].filter((c) => c !== "encoding/normalized").sort());
    expect(LEFT.filter((s) => FIXABLE.has(s.code as never)).map((s) => s.code)).toEqual([]);
  });
  for (const s of MENDED) {
    it(`mends ${s.code}`, () => {
      const fixed = fixText(s.text);
      expect(fixed.changes.flatMap((c) => c.mends)).toContain(s.code);
      expect(check(fixed.text).map((d) => d.code)).not.toContain(s.code);
    });
  }
  it("never mends a code not marked fixable", () => {
    const mended = [...MENDED, ...LEFT].flatMap((s) => fixText(s.text).changes.flatMap((c) => c.mends));
    expect(mended.filter((c) => !FIXABLE.has(c))).toEqual([]);
    for (const s of LEFT) expect(fixText(s.text).changes, s.code).toEqual([]);
  });
  it("mends encoding/normalized: the file is written as decoded, composed", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-fix-nfd-"));
    const file = join(dir, "ke-hoach.yaml");
    writeFileSync(file, base.normalize("NFD"));
    expect(checkBytes(readFileSync(file)).diagnostics.map((d) => d.code)).toContain("encoding/normalized");
    expect(cli(["fix", file]).status).toBe(0);
    expect(checkBytes(readFileSync(file)).diagnostics.map((d) => d.code)).not.toContain("encoding/normalized");
  });
});
