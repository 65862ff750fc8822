// NĐ 30/2020 Phụ lục III §I: the ký hiệu starts with the type's abbreviation (KH for a kế hoạch).
import type { Rule } from "./rule.js";

export const TYPE_CODES: Record<string, string> = {
  "Kế hoạch": "KH",
  "Chương trình": "CTr",
  "Phương án": "PA",
  "Đề án": "ĐA",
  "Hướng dẫn": "HD",
};

export const documentTypeCode: Rule = {
  meta: {
    id: "document-type-code",
    codes: {
      "document/type-code": {
        severity: "error",
        summary: {
          vi: "ký hiệu bắt đầu bằng chữ viết tắt tên loại: KH cho kế hoạch",
          en: "the ký hiệu starts with the type's abbreviation: KH for a kế hoạch",
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Nghị định 30/2020/NĐ-CP Phụ lục III Mục I",
      confidence: "confirmed",
      notes: "nd30-layout.md §5 [RULE PL3 §I].",
    },
  },
  check({ plan, report }) {
    const type = plan.document.type ?? "Kế hoạch";
    const expected = TYPE_CODES[type];
    const first = plan.document.code.split("-")[0]?.trim();
    if (!expected || first === expected) return;
    report({
      code: "document/type-code",
      path: ["document", "code"],
      args: { code: plan.document.code, expected, type },
    });
  },
};
