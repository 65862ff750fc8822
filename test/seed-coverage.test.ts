import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBytes } from "../src/core/index.js";
import { layout } from "../src/core/render/layout.js";
import { layoutToText } from "../src/core/render/text.js";
import { EXAMPLE, ROOT } from "./helpers.js";

/**
 * Every edit between the seed and the rendered example, with its reason. Anything else of the seed
 * that the document lacks fails the test: nothing is dropped on the way in.
 */
const EDITS: [from: string, to: string, why: string][] = [
  ["Số: 50 a /KH-TrMNNT", "Số: 50a/KH-TrMNNT", "ND30 §II.3: no spaces in the number"],
  ["QĐ- UBND", "QĐ-UBND", "typo: stray space in the ký hiệu"],
  ["888/NV-TĐKT, ngày", "888/NV-TĐKT ngày", "căn cứ written from fields, one form"],
  ["05/2024/QĐ-UBND, ngày", "05/2024/QĐ-UBND ngày", "căn cứ written from fields, one form"],
  ["1392/QĐ-UBND, ngày", "1392/QĐ-UBND ngày", "căn cứ written from fields, one form"],
  ["ngày 19 tháng 8 năm 2024 của", "ngày 19/8/2024 của", "căn cứ dates in one form"],
  ["ngày 29 tháng 8 năm 2024 của", "ngày 29/8/2024 của", "căn cứ dates in one form"],
  [
    "năm học 2024 – 2025;\n\nTrường Mầm non",
    "năm học 2024 – 2025.\n\nTrường Mầm non",
    "ND30 §II.6a: the last căn cứ ends with '.'",
  ],
  ["75 thành lập Đảng bộ", "75 năm thành lập Đảng bộ", "typo: 'năm' missing (twice)"],
  ["Khôi thi đua", "Khối thi đua", "typo"],
  ["Khởi thi đua", "Khối thi đua", "typo"],
  ["đợt xuất", "đột xuất", "typo"],
  ["Phần đầu các thành tích", "Phấn đấu các thành tích", "typo"],
  ["30/31 đạt 97 %", "30/31 đạt 96,8%", "percentages are computed (one decimal, half-up)"],
  ["11/31 đạt 35,4 %", "11/31 đạt 35,5%", "percentages are computed"],
  ["6/31 đạt 19,3%", "6/31 đạt 19,4%", "percentages are computed"],
  ["Lưu NT.", "Lưu: VT, NT.", "ND30 §II.9: the archive line is 'Lưu: VT, …'"],
  ["cấp\n\ncụm", "cấp cụm", "page break inside a paragraph of the source"],
  ["về hướng\n\nThời gian\tNội dung\n\tdẫn", "về hướng dẫn", "page break inside a table cell of the source"],
];

/** The seed's units of text: paragraphs, and in the table each "- …" item on its own. */
function seedUnits(): string[] {
  let text = readFileSync(join(ROOT, "test/fixtures/seed/nam-thanh-2024-2025.txt"), "utf8").normalize("NFC");
  for (const [from, to] of EDITS) {
    if (!text.includes(from)) throw new Error(`edit no longer applies: ${from}`);
    text = text.split(from).join(to);
  }
  const units: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/<[^>]+>/g, " ").trim();
    if (!line || line === "Thời gian\tNội dung") continue;
    const cells = line.split("\t");
    const content = cells.length > 1 ? cells.slice(1).join(" ") : line;
    if (cells.length > 1) units.push(cells[0]!.trim());
    // Table items run together in the source: split at " - " where an item ends.
    for (const item of content.split(/(?<=[.;)”"]|HLHPNVN)\s+-\s+/u)) units.push(item);
  }
  return units
    .map((u) =>
      u
        .replace(/\s+/g, " ")
        .trim()
        .replace(/^-\s+/, "")
        .replace(/[.;:]+$/u, "")
        .trim(),
    )
    .filter(Boolean);
}

describe("the example holds the whole seed plan", () => {
  const plan = checkBytes(readFileSync(EXAMPLE)).plan!;
  const rendered = layoutToText(layout(plan)).replace(/\s+/g, " ");
  const units = seedUnits();
  it("the seed yields its paragraphs and table items", () => {
    expect(units.length).toBeGreaterThanOrEqual(116);
  });
  it("every unit of the seed appears in the rendered document", () => {
    const missing = units.filter((u) => !rendered.includes(u.replace(/\s+/g, " ")));
    expect(missing).toEqual([]);
  });
});
