// The draft quyết định công nhận (ND30 Mẫu 1.2 with the danh sách kèm theo of Mẫu 2.1): the authority the
// tờ trình was sent to, căn cứ chosen by the date (regime.ts) and the tờ trình itself, Điều 1 (who),
// Điều 2 (the prize as a multiple of the base salary: NĐ 98/2023 Art 54, unchanged by NĐ 152/2025),
// Điều 3 (who carries it out). A decision already in the file gives its number and date.
import { formatDecimal, formatInteger, upper } from "../../text/vn-format.js";
import type { ResultTitle } from "../../results/types.js";
import type { Layout, LayoutBlock } from "../layout.js";
import {
  whomProposed,
  type DocumentContext,
  endBases,
  frame,
  lawBases,
  longDate,
  placeOfAuthority,
  unitOfAuthority,
  numberLine,
  proposalGroup,
  quoted,
  recipientLines,
} from "./common.js";
import { bodyOf, fullUbnd, titleSections } from "./to-trinh.js";

/**
 * Multiples of the mức lương cơ sở (tdkt-rules.md §2f, NĐ 98/2023 Art 54, the same under NĐ 152/2025).
 * Giấy khen is known only for the Chủ tịch UBND xã/phường's to a person under NĐ 152/2025 (0,3: §2f [C]);
 * elsewhere the decision says "theo quy định hiện hành" rather than a number nobody checked.
 */
export const PRIZE_MULTIPLES: Partial<Record<ResultTitle, number>> = { cstdcs: 1, ldtt: 0.3, ttldxs: 1.5, ttldtt: 0.8 };
const COMMUNE_GIAY_KHEN = 0.3;

/** The amount after the multiple, rounded up to the next 10.000 đồng as the decree has it (§2f [C]). */
export const prizeAmount = (multiple: number, baseSalary: number): number =>
  Math.ceil(Math.round(multiple * baseSalary) / 10_000) * 10_000;

export function quyetDinhLayout(c: DocumentContext): Layout {
  const docs = proposalGroup(c);
  const proposal = docs[0];
  const authority = proposal?.to ?? "";
  const decided = (c.results.decisions ?? []).find(
    (d) => d.issuer === authority && docs.some((p) => p.title === d.title),
  );
  const issuer = bodyOf(authority);
  // The ký hiệu of the issuer (Nghị định 30, Phụ lục VI): a Sở GD&ĐT's decision is QĐ-SGDĐT, a UBND's QĐ-UBND.
  const code = decided?.number?.split("/").slice(1).join("/") || (/^Sở\s/iu.test(issuer) ? "QĐ-SGDĐT" : "QĐ-UBND");
  const number = numberLine(decided?.number, code);
  const year = Number((decided?.date ?? proposal?.date ?? c.plan.calendar.start).slice(0, 4));
  const subject = `Về việc công nhận danh hiệu thi đua và khen thưởng ${c.year}`;
  // The decision cites what is in force on its own date, else (a draft) on the tờ trình's.
  const regime = c.regimeOn(decided?.date ?? proposal?.date);
  const whom = whomProposed(docs);
  const base = c.results.policy?.baseSalary;
  const level = unitOfAuthority(authority)?.kind;
  const commune = regime.decree === "152/2025/NĐ-CP" && (level === "xã" || level === "phường" || level === "đặc khu");
  const prize = (t: ResultTitle): string => {
    const k = t === "giay-khen" && commune ? COMMUNE_GIAY_KHEN : PRIZE_MULTIPLES[t];
    if (k === undefined) return `${quoted(t)}: mức thưởng theo quy định hiện hành`;
    const amount = base ? ` (${formatInteger(prizeAmount(k, base))} đồng)` : "";
    return `${quoted(t)}: ${formatDecimal(k, 1)} lần mức lương cơ sở${amount}`;
  };
  const titles = docs.flatMap((d) => (d.title ? [d.title] : []));
  // "Công nhận danh hiệu thi đua và tặng Giấy khen": each half only when the tờ trình asks for it.
  const giayKhen = titles.some((t) => t === "giay-khen" || t === "giay-khen-tap-the");
  const danhHieu = titles.some((t) => t !== "giay-khen" && t !== "giay-khen-tap-the");
  const what = danhHieu ? `Công nhận danh hiệu thi đua${giayKhen ? " và tặng Giấy khen" : ""}` : "Tặng Giấy khen";
  const proposalBasis = proposal
    ? // ND30's form of a decision ends its căn cứ with whose proposal it answers: "Theo đề nghị của …".
      `Theo đề nghị của ${c.school} tại Tờ trình số ${proposal.number ?? "…"}` +
      `${proposal.date ? ` ${longDate(proposal.date)}` : ""}`
    : undefined;
  const body: LayoutBlock[] = [
    { type: "centred", text: "QUYẾT ĐỊNH:", bold: true },
    {
      type: "paragraph",
      text: `Điều 1. ${what} ${c.year} cho ${whom} thuộc ${c.school} (có danh sách kèm theo).`,
    },
    {
      type: "paragraph",
      text:
        `Điều 2. Tiền thưởng kèm theo danh hiệu, hình thức khen thưởng thực hiện theo quy định của Luật Thi đua, ` +
        `khen thưởng và Nghị định số ` +
        `${regime.decree}${base ? `, tính trên mức lương cơ sở ${formatInteger(base)} đồng` : ""}:`,
    },
    ...titles.map((t): LayoutBlock => ({ type: "bullet", level: 1, text: `${prize(t)};` })),
    {
      type: "paragraph",
      text:
        `Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan, đơn vị có liên quan, Hiệu trưởng ` +
        `${c.school} và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    },
  ];
  // The last bullet of Điều 2 closes its list with "." rather than ";".
  const lastBullet = body.map((b) => b.type).lastIndexOf("bullet");
  if (lastBullet >= 0) {
    const b = body[lastBullet] as Extract<LayoutBlock, { type: "bullet" }>;
    b.text = b.text.replace(/;$/u, ".");
  }
  const f = frame(c, {
    documentType: "Quyết định",
    subject,
    number,
    date: decided?.date,
    code,
    year,
    place: placeOfAuthority(authority),
  });
  // ND30 PL1 §II.2: the issuing body by its full name (only a chủ quản may shorten "UBND"), and the
  // thẩm quyền above the căn cứ likewise: "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐIỆN BIÊN PHỦ".
  const caps = upper(fullUbnd(authority));
  return {
    ...f,
    parentBody: undefined,
    issuingBody: upper(fullUbnd(issuer)),
    properties: { ...f.properties, creator: fullUbnd(issuer) },
    preamble: { text: caps, bold: true },
    legalBases: endBases([...lawBases(regime), ...(proposalBasis ? [proposalBasis] : [])]),
    intro: "",
    body,
    recipients: recipientLines(["Như Điều 3", "Lưu: VT"]),
    signerTitles: [upper(authority.split(/\s+/u).slice(0, 2).join(" "))],
    // A draft for the authority to sign: its name is theirs to write.
    signerName: "",
    appendix: {
      heading: ["DANH SÁCH", upper(`Cá nhân, tập thể được công nhận danh hiệu thi đua và khen thưởng ${c.year}`)],
      note:
        `(Kèm theo Quyết định số ${decided?.number ?? `      /${code}`} ` +
        `${decided?.date ? longDate(decided.date) : `ngày      tháng      năm ${year}`} của ${authority})`,
      // The authority's list names each person's unit as the school: the tổ means nothing outside it.
      body: titleSections(c, docs, () => c.school),
    },
  };
}
