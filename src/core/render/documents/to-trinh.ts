// Tờ trình đề nghị khen thưởng with its danh sách, after NĐ 98/2023 Phụ lục I Mẫu 01 (whether NĐ 152/2025
// renumbered the forms is unconfirmed, hoso-research.md): căn cứ, the council's result, I. Cá nhân and
// II. Tập thể with a list per title, the request to the authority. One tờ trình = one number in proposals.
import type { Layout, LayoutBlock } from "../layout.js";
import { upper } from "../../text/vn-format.js";
import {
  whomProposed,
  COLLECTIVE,
  collectiveList,
  count,
  type DocumentContext,
  endBases,
  frame,
  lawBases,
  longDate,
  numberLine,
  peopleList,
  planSigner,
  proposalGroup,
  quoted,
  recipientLines,
} from "./common.js";
import type { ResultsDocument } from "../../results/types.js";

/** I. Cá nhân, II. Tập thể: "1. Danh hiệu “Lao động tiên tiến”: 44 cá nhân." and its list. */
export function titleSections(
  c: DocumentContext,
  docs: ResultsDocument[],
  unitOf?: (id: string) => string,
): LayoutBlock[] {
  const people = docs.filter((d) => d.title && !COLLECTIVE.includes(d.title));
  const groups = docs.filter((d) => d.title && COLLECTIVE.includes(d.title));
  const out: LayoutBlock[] = [];
  const part = (roman: string, heading: string, list: ResultsDocument[], unit: string, collective: boolean): void => {
    if (!list.length) return;
    out.push({ type: "heading", level: 1, number: roman, text: heading });
    list.forEach((d, i) => {
      const ids = d.candidates ?? [];
      const form = d.title === "giay-khen" || d.title === "giay-khen-tap-the" ? "Hình thức" : "Danh hiệu";
      out.push({
        type: "heading",
        level: 2,
        number: `${i + 1}.`,
        text: `${form} ${quoted(d.title!)}: ${count(ids.length)} ${unit}.`,
      });
      out.push(collective ? collectiveList(c, ids) : peopleList(c, ids, unitOf));
    });
  };
  part("I.", "CÁ NHÂN", people, "cá nhân", false);
  part(people.length ? "II." : "I.", "TẬP THỂ", groups, "tập thể", true);
  return out;
}

export function toTrinhLayout(c: DocumentContext): Layout {
  const docs = proposalGroup(c);
  const first = docs[0];
  const to = first?.to ?? "";
  const subject = `Về việc đề nghị công nhận danh hiệu thi đua và khen thưởng ${c.year}`;
  const meeting = c.results.meeting?.date;
  const council =
    `Căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng ` +
    `${c.school}${meeting ? ` ${longDate(meeting)}` : ""}`;
  const whom = whomProposed(docs);
  const body: LayoutBlock[] = [
    ...titleSections(c, docs),
    { type: "paragraph", text: `${c.school} kính trình ${to} xem xét, quyết định./.` },
  ];
  return {
    ...frame(c, {
      documentType: "Tờ trình",
      subject,
      number: numberLine(first?.number, `TTr-${c.schoolCode}`),
      date: first?.date,
      code: `TTr-${c.schoolCode}`,
    }),
    preamble: { text: `Kính gửi: ${to}` },
    legalBases: endBases([...lawBases(c.regimeOn(first?.date)), council]),
    intro:
      `${c.school} kính đề nghị ${to} xem xét, công nhận danh hiệu thi đua và khen thưởng ${c.year} cho ${whom}, cụ ` +
      `thể như sau:`,
    body,
    recipients: recipientLines(["Như trên", "Lưu: VT, HĐTĐKT"]),
    ...planSigner(c.plan),
  };
}

/** "Chủ tịch UBND phường Hoàng Văn Thụ" → the body it heads, for a quyết định's header. */
export const bodyOf = (authority: string): string => authority.replace(/^(Chủ tịch|Giám đốc|Trưởng phòng)\s+/u, "");
/** "UBND thành phố Điện Biên Phủ" → "Ủy ban nhân dân thành phố Điện Biên Phủ": the name in full. */
export const fullUbnd = (name: string): string => name.replace(/\bUBND\b/gu, "Ủy ban nhân dân");
export const authorityCaps = (authority: string): string => upper(authority);
