// Nghị định 30 §II: every element of the frame is filled in; `plan init` leaves "…" where only the clerk knows the
// value.
import type { Rule } from "./rule.js";

const isPlaceholder = (value: unknown): value is string =>
  typeof value === "string" && (/^\s*(…|\.\.\.)\s*$/u.test(value) || /\s…$/u.test(value));

export const textPlaceholder: Rule = {
  meta: {
    id: "text-placeholder",
    codes: {
      "text/placeholder": {
        severity: "error",
        summary: {
          vi: 'còn "…" của tệp mẫu (`plan init`) ở phần đầu, người ký, nơi nhận, câu dẫn',
          en: 'a "…" left by `plan init` in the header, the signer, the recipients or the intro',
        },
      },
    },
    fixable: false,
    basis: {
      kind: "law",
      cites: "Nghị định 30/2020/NĐ-CP Phụ lục I Mục II",
      confidence: "confirmed",
      notes: "nd30-layout.md §4 [RULE]: every element of the thể thức is written out.",
    },
  },
  check({ plan, report }) {
    const fields: [(string | number)[], unknown][] = [
      ...Object.entries(plan.document).map(([k, v]): [(string | number)[], unknown] => [["document", k], v]),
      ...Object.entries(plan.signer).map(([k, v]): [(string | number)[], unknown] => [["signer", k], v]),
      ...plan.recipients.map((v, i): [(string | number)[], unknown] => [["recipients", i], v]),
      [["intro"], plan.intro],
    ];
    for (const [path, value] of fields)
      if (isPlaceholder(value)) report({ code: "text/placeholder", path, args: { value } });
  },
};
