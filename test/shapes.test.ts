// Issue 22, item 3: the format says what the school wrote. Each shape a THPT plan transcribed by hand
// needed a workaround for is stated directly, checked where there is something to check, and printed
// alike by every renderer.
import { describe, expect, it } from "vitest";
import { brief, check, edit, lineOf, ROOT } from "./helpers.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const LQD = readFileSync(join(ROOT, "examples/le-quy-don-thcs-2025-2026.yaml"), "utf8");

describe("a one-line field that holds a line break is an error", () => {
  it("signer.name typed as a block: text/line-break at the value, with the name on one line to write", () => {
    const text = edit(LQD, "  name: Hoàng Thị Lan", "  name: |\n    Hoàng Thị\n    Lan");
    const found = check(text).filter((d) => d.code === "text/line-break");
    expect(brief(found)).toEqual([`text/line-break@${lineOf(text, "  name: |")}:9`]);
    expect(found[0]!.args.write).toBe("Hoàng Thị Lan");
  });
  it("a recipient with \\n inside its quotes, too; a paragraph (text) may hold line breaks", () => {
    const text = edit(LQD, '  - "Lưu: VT"', '  - "Lưu:\\nVT"');
    expect(check(text).filter((d) => d.code === "text/line-break").map((d) => d.path.join("."))).toEqual(["recipients.3"]);
    expect(check(edit(LQD, "          - Chỉ đạo chung;", "          - |\n            Chỉ đạo chung;\n            phát động;")).filter((d) => d.severity === "error")).toEqual([]);
  });
});
