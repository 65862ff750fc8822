import { describe, expect, it } from "vitest";
import { layout, legalBasisSentence, documentNumber, closingSentence } from "../src/core/render/layout.js";
import { checkBytes } from "../src/core/index.js";
import { edit, exampleText } from "./helpers.js";

describe("computed numbering", () => {
  it("I. → 1. → 1.1. → a) in Vietnamese letter order, restarting under each parent", () => {
    const points = (n: number, name: string): string =>
      Array.from({ length: n }, (_, i) => `              - title: ${name} ${i + 1}\n`).join("");
    let text = edit(
      exampleText(),
      "          - title: Nội dung thi đua\n",
      `          - title: Nội dung thi đua\n            sections:\n${points(7, "Điểm")}`,
    );
    text = edit(
      text,
      "      - title: Nâng cao chất lượng trong công tác thi đua, khen thưởng\n        sections:\n",
      `      - title: Nâng cao chất lượng trong công tác thi đua, khen thưởng\n        sections:\n          - ` +
        `title: Có điểm\n            sections:\n${points(2, "Ý")}`,
    );
    const plan = checkBytes(new TextEncoder().encode(text)).plan!;
    const headings = layout(plan).body.flatMap((b) =>
      b.type === "heading" || b.type === "numbered" ? [`${b.number} ${b.text}`] : [],
    );
    const at = headings.indexOf("2.2. Nội dung thi đua");
    expect(headings.slice(at, at + 8)).toEqual([
      "2.2. Nội dung thi đua",
      "a) Điểm 1",
      "b) Điểm 2",
      "c) Điểm 3",
      "d) Điểm 4",
      "đ) Điểm 5",
      "e) Điểm 6",
      "g) Điểm 7",
    ]);
    // Under the next parent the letters start again at a), and the numbers at 3.1.
    const next = headings.indexOf("3.1. Có điểm");
    expect(headings.slice(next, next + 3)).toEqual(["3.1. Có điểm", "a) Ý 1", "b) Ý 2"]);
    expect(headings).toContain(
      "3.2. Nâng cao chất lượng công tác bình xét thi đua, khen thưởng, đảm bảo chính xác, công khai, minh bạch " +
        "và kịp thời, có tác dụng động viên, giáo dục, nêu gương. Việc đề nghị các danh hiệu thi đua, hình thức " +
        "khen thưởng phải bám sát kết quả thi đua thực hiện nhiệm vụ chính trị được giao của mỗi CBGVNV; làm tốt " +
        "công tác tham mưu để nâng cao tỉ lệ khen thưởng thành tích chuyên đề, đột xuất, khen thưởng cho cá nhân là " +
        "viên chức không giữ chức vụ lãnh đạo, người lao động trong các phong trào thi đua và công tác khen thưởng, " +
        "góp phần tạo động lực cho viên chức, người lao động tiếp tục nỗ lực và quyết tâm rèn luyện, gương mẫu chấp " +
        "hành kỷ cương, kỷ luật, nêu cao tinh thần trách nhiệm, tự đổi mới, sáng tạo phấn đấu hoàn thành tốt nhiệm " +
        "vụ được giao.",
    );
    // Each part starts its khoản at 1. again.
    expect(headings.filter((h) => /^1\. /.test(h))).toEqual([
      "1. Mục đích",
      "1. Quán triệt thực hiện các văn bản về thi đua, khen thưởng",
    ]);
  });
});

describe("sentences written by the tool", () => {
  it("căn cứ from fields: laws name first, others 'số … ngày … của …'", () => {
    expect(legalBasisSentence({ kind: "Luật", title: "Thi đua, khen thưởng", date: "2022-06-15" })).toBe(
      "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022",
    );
    expect(
      legalBasisSentence({
        kind: "Thông tư",
        number: "01/2024/TT-BNV",
        date: "2024-02-24",
        issuer: "Bộ Nội vụ",
        title: "quy định …",
      }),
    ).toBe("Căn cứ Thông tư số 01/2024/TT-BNV ngày 24/02/2024 của Bộ Nội vụ quy định …");
    expect(legalBasisSentence("Căn cứ văn bản số 5 của trường;")).toBe("Căn cứ văn bản số 5 của trường");
  });
  it("document numbers below 10 take a leading zero; a blank leaves room", () => {
    expect([
      documentNumber(7),
      documentNumber("7a"),
      documentNumber(50),
      documentNumber("50a"),
      documentNumber(""),
    ]).toEqual(["07", "07a", "50", "50a", "     "]);
  });
  it("the closing ends with ./. exactly once", () => {
    expect(closingSentence("đề nghị thực hiện nghiêm túc./.")).toBe("đề nghị thực hiện nghiêm túc./.");
    expect(closingSentence("đề nghị thực hiện.")).toBe("đề nghị thực hiện./.");
    expect(closingSentence("đề nghị thực hiện")).toBe("đề nghị thực hiện./.");
  });
});
