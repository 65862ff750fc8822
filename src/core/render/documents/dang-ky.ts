// Bảng tổng hợp đăng ký thi đua of the school (no national form, hoso-research.md row 3): the counts per
// title, then who registered for what, person by person and collective by collective.
import type { ResultTitle } from "../../results/types.js";
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
        { title: "Danh hiệu đăng ký", share: 6 },
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
          { title: "Danh hiệu đăng ký", share: 6 },
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
    intro:
      `Thực hiện Kế hoạch tổ chức phong trào thi đua ${c.year}, ${c.school} tổng hợp đăng ký danh hiệu thi đua của ` +
      `cá nhân, tập thể như sau:`,
    body: [...body, { type: "paragraph", text: "./." }],
    recipients: recipientLines([
      ...(c.results.proposals?.[0]?.to ? [c.results.proposals[0].to] : []),
      "Lưu: VT, HĐTĐKT",
    ]),
    ...planSigner(c.plan),
  };
}
