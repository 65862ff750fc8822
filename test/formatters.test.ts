// Issue 21, item 1: the editor's "Format Document" changes nothing. VS Code's YAML extension formats with
// Prettier, and scripts rewrite plans with the yaml library; both put each comment one space after its
// value and the yaml library folds long sentences at 80 columns. A plan so rewritten must validate with
// the same codes and print the same document, and plan fix must find nothing to move into it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import { fixTransaction } from "../src/core/fix/transaction.js";
import { layout } from "../src/core/render/layout.js";
import { layoutToText } from "../src/core/render/text.js";
import { edit, ROOT, yamlFilesUnder } from "./helpers.js";

const files = [
  ...readdirSync(join(ROOT, "examples"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => join(ROOT, "examples", f)),
  ...yamlFilesUnder(join(ROOT, "test/fixtures")),
];

const read = (text: string) => {
  const checked = checkBytes(new TextEncoder().encode(text));
  return {
    codes: checked.diagnostics.map((d) => d.code).sort(),
    document: checked.plan ? layoutToText(layout(checked.plan)) : undefined,
    readable: !checked.diagnostics.some((d) => d.code.startsWith("yaml/")),
  };
};

const FORMATTERS: [string, (text: string) => Promise<string>][] = [
  ["Prettier (VS Code's Format Document)", (text) => prettier.format(text, { parser: "yaml" })],
  ["the yaml library (parseDocument(text).toString())", async (text) => parseDocument(text).toString()],
];

describe("a formatter leaves every plan as it was", () => {
  for (const file of files) {
    const bytes = readFileSync(file);
    // A file that is not UTF-8 text is not one an editor formats.
    if (!checkBytes(bytes).loaded) continue;
    const text = bytes.toString("utf8");
    const before = read(text);
    const name = file.slice(ROOT.length + 1);
    for (const [formatter, format] of FORMATTERS) {
      it(`${name}: ${formatter}`, async () => {
        let formatted: string;
        try {
          formatted = await format(text);
        } catch {
          // A formatter refuses only a file it cannot read, which validate already names.
          expect(before.readable, "the formatter refused a readable file").toBe(false);
          return;
        }
        // The yaml library throws only on files with errors; writing them back is no formatter's output.
        if (formatter.startsWith("the yaml") && parseDocument(text).errors.length) return;
        const after = read(formatted);
        expect(after.codes).toEqual(before.codes);
        expect(after.document).toEqual(before.document);
        if (name.startsWith("examples/")) {
          // Nothing to mend: no comment is moved into the document.
          const fixed = fixTransaction(formatted);
          expect(fixed.changes).toEqual([]);
        }
      });
    }
  }
});

describe("a comment is a comment, a glued # is the sentence going on", () => {
  const base = readFileSync(join(ROOT, "examples/hoa-ban-tieu-hoc-2024-2025.yaml"), "utf8");
  const cases: [string, string, string | undefined][] = [
    ["  date: 2024-09-25", "  date: 2024-09-25 # ngày ban hành", undefined],
    ["  code: KH-THHB", "  code: KH-THHB #ký hiệu", undefined],
    ["  staffTotal: 42", "  staffTotal: 42 #tổng số", undefined],
    ["      - insert: timeline", "      - insert: timeline #bảng", undefined],
    [
      "      - Ký giao ước thi đua tại Hội nghị viên chức, người lao động.",
      "      - Ký giao ước thi đua tại Hội nghị viên chức, người lao động. # ghi chú",
      undefined,
    ],
    [
      "      - Ký giao ước thi đua tại Hội nghị viên chức, người lao động.",
      "      - Ký giao ước thi đua tại Hội nghị viên chức #1, người lao động.",
      "text/inline-comment",
    ],
    [
      "      - Ký giao ước thi đua tại Hội nghị viên chức, người lao động.",
      "      - Ký giao ước thi đua tại Hội nghị viên chức #quan trọng",
      "text/inline-comment",
    ],
  ];
  for (const [from, to, code] of cases) {
    it(to.trim(), () => {
      const codes = read(edit(base, from, to)).codes.filter((c) => c !== "text/joined-lines");
      expect(codes).toEqual(code ? [code] : []);
    });
  }
});
