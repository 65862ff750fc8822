// Bảng tổng hợp đăng ký thi đua of the school (no national form, hoso-research.md row 3): the counts per
// title, then who registered for what, person by person and collective by collective.
import type { ResultTitle } from "../../results/types.js";
import { legalBasisSentence } from "../../text/legal-basis.js";
import type { Layout, LayoutBlock } from "../layout.js";
import { COLLECTIVE, count, type DocumentContext, frame, planSigner, recipientLines, titleName } from "./common.js";

const names = (titles: ResultTitle[] | undefined): string =>
  (titles ?? []).map((t) => titleName(t).replace(/ \(tập thể\)$/u, "")).join(", ");

export function dangKyLayout(c: DocumentContext): Layout {
  const staff = c.results.staff;
  const collectives = c.results.collectives ?? [];
  const tally = (titles: ResultTitle[], of: { registered?: ResultTitle[] }[]): string =>
    titles
      .map(
        (t) =>
          `${titleName(t).replace(/ \(tập thể\)$/u, "")}: ${count(of.filter((x) => x.registered?.includes(t)).length)}`,
      )
      .join("; ");
  const individual = (["ldtt", "cstdcs", "giay-khen"] as ResultTitle[]).filter((t) =>
    staff.some((s) => s.registered?.includes(t)),
  );
  const collective = COLLECTIVE.filter((t) => collectives.some((s) => s.registered?.includes(t)));
  const body: LayoutBlock[] = [
    { type: "heading", level: 1, number: "I.", text: "CÁ NHÂN" },
    { type: "paragraph", text: `Tổng số: ${count(staff.length)} người; ${tally(individual, staff)}.` },
    {
      type: "list",
      numbered: true,
      columns: [
        { title: "Họ và tên", share: 5 },
        { title: "Chức vụ", share: 6 },
        { title: "Danh hiệu, hình thức khen thưởng đăng ký", share: 6 },
      ],
      rows: staff.map((s) => [s.name, c.post(s.id), names(s.registered)]),
    },
  ];
  if (collectives.length)
    body.push(
      { type: "heading", level: 1, number: "II.", text: "TẬP THỂ" },
      { type: "paragraph", text: `Tổng số: ${count(collectives.length)} tập thể; ${tally(collective, collectives)}.` },
      {
        type: "list",
        numbered: true,
        columns: [
          { title: "Tên tập thể", share: 7 },
          { title: "Số thành viên", share: 3, align: "center" },
          { title: "Danh hiệu, hình thức khen thưởng đăng ký", share: 6 },
        ],
        rows: collectives.map((x) => [x.name, String(c.model.members(x).length), names(x.registered)]),
      },
    );
  const date = c.results.registration?.date;
  return {
    ...frame(c, {
      documentType: "Bảng tổng hợp",
      subject: `Đăng ký danh hiệu thi đua ${c.year}`,
      number: "",
      date,
      code: "đăng ký thi đua",
    }),
    legalBases: [],
    // The school is named once, in the plan's citation; then "nhà trường", as a clerk writes it.
    intro:
      `Thực hiện ${planCitation(c)}, ${/^Trường\s/u.test(c.school) ? "nhà trường" : c.school} tổng hợp đăng ký ` +
      "thi đua của cá nhân, tập thể như sau:",
    body: [...body, { type: "paragraph", text: "./." }],
    recipients: recipientLines([
      ...(c.results.proposals?.[0]?.to ? [c.results.proposals[0].to] : []),
      "Lưu: VT, HĐTĐKT",
    ]),
    ...planSigner(c.plan),
  };
}

/**
 * The plan as a document cites it, in the one form of a căn cứ (text/legal-basis.ts): "Kế hoạch số
 * 50a/KH-TrMNNT ngày 19/9/2024 của Trường Mầm non Nam Thanh về thực hiện công tác thi đua, khen thưởng năm
 * học 2024 - 2025". A plan not yet numbered or dated is cited without them.
 */
function planCitation(c: DocumentContext): string {
  const d = c.plan.document;
  const subject = d.subject.charAt(0).toLocaleLowerCase("vi") + d.subject.slice(1);
  return legalBasisSentence({
    kind: d.type ?? "Kế hoạch",
    number: d.number !== "" ? `${d.number}/${d.code}` : undefined,
    date: d.date || undefined,
    issuer: d.issuingBody,
    title: `về ${subject}`,
  }).replace(/^Căn cứ /u, "");
}
