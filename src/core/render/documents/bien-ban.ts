// Biên bản họp Hội đồng Thi đua - Khen thưởng with the secret-ballot count (ND30 Mẫu 1.9; no TĐKT form
// exists for it, hoso-research.md row 7): time, place, who was there, the ballots, a table per title with
// the yes votes as a share of ALL voting members of the council (not of those present), the conclusion.
// Signed by the thư ký (left) and the chủ tọa (right).
import { formatDecimal } from "../../text/vn-format.js";
import type { ResultTitle } from "../../results/types.js";
import type { Layout, LayoutBlock } from "../layout.js";
import { COLLECTIVE, count, type DocumentContext, frame, longDate, quoted, titleName } from "./common.js";

const WRITTEN_OPINION = ", có ý kiến bằng văn bản";

const ROLE: Record<string, string> = {
  "chu-tich": "Chủ tịch Hội đồng",
  "pho-chu-tich": "Phó Chủ tịch Hội đồng",
  "uy-vien-thuong-truc": "Ủy viên thường trực",
  "thu-ky": "Thư ký Hội đồng",
  "uy-vien": "Ủy viên",
};

export function bienBanLayout(c: DocumentContext): Layout {
  const m = c.results.meeting;
  const members = c.results.council?.members ?? [];
  const voters = c.model.voters();
  const chair = members.find((x) => x.role === "chu-tich")?.staff;
  const clerk = members.find((x) => x.role === "thu-ky")?.staff;
  const who = (id: string | undefined): string => (id ? `${c.honorific(id)}, ${c.post(id)}` : "…");
  const present = m?.present ?? [];
  const absent = members.filter((x) => !present.includes(x.staff)).map((x) => x.staff);
  const written = m?.writtenOpinions ?? [];
  const writtenVoters = written.filter((id) => voters.includes(id));
  const rounding = 1;
  const percent = (yes: number): string => (voters.length ? formatDecimal((100 * yes) / voters.length, rounding) : "");
  const body: LayoutBlock[] = [
    { type: "paragraph", text: `Thời gian: ${m?.time ? `${m.time}, ` : ""}${m ? longDate(m.date) : "…"}.` },
    { type: "paragraph", text: `Địa điểm: ${m?.place ?? c.school}.` },
    { type: "paragraph", text: "Thành phần:" },
    { type: "bullet", level: 1, text: `Chủ trì: ${who(chair)}, Chủ tịch Hội đồng.` },
    { type: "bullet", level: 1, text: `Thư ký: ${who(clerk)}.` },
    {
      type: "bullet",
      level: 1,
      text:
        `Thành viên Hội đồng: ${count(members.length)} người (${count(voters.length)} người có quyền biểu quyết); ` +
        `có mặt ${count(present.length)} người; ` +
        `${
          absent.length
            ? `vắng ${count(absent.length)} người ` +
              `(${absent.map((id) => c.name(id) + (written.includes(id) ? WRITTEN_OPINION : "")).join("; ")})`
            : "không có thành viên vắng mặt"
        }.`,
    },
    ...members.map(
      (x): LayoutBlock => ({
        type: "bullet",
        level: 2,
        text:
          `${c.name(x.staff)}, ${c.post(x.staff)}: ` +
          `${ROLE[x.role]}${x.votes === false ? " (không biểu quyết)" : ""}.`,
      }),
    ),
    { type: "heading", level: 1, number: "I.", text: "NỘI DUNG" },
    {
      type: "paragraph",
      text:
        `Hội đồng xét đề nghị các danh hiệu thi đua và hình thức khen thưởng ${c.year} theo đăng ký và kết quả bình ` +
        `xét của các tổ; biểu quyết bằng phiếu kín.`,
    },
    ...(m?.counters?.length
      ? [
          {
            type: "paragraph",
            text:
              `Ban kiểm phiếu: ` +
              `${m.counters.map((id, i) => `${c.name(id)}${i === 0 ? " (Trưởng ban)" : ""}`).join(", ")}.`,
          } as LayoutBlock,
        ]
      : []),
    { type: "heading", level: 1, number: "II.", text: "KẾT QUẢ KIỂM PHIẾU" },
    ...(m?.ballots
      ? [
          {
            type: "paragraph",
            text:
              `Số phiếu phát ra: ${count(m.ballots.issued)}; số phiếu thu về: ${count(m.ballots.returned)}; số ` +
              `phiếu hợp lệ: ${count(m.ballots.valid)}` +
              // An absent member's written opinion is counted with the ballots (the shares are on all members).
              (writtenVoters.length ? `; ý kiến bằng văn bản: ${count(writtenVoters.length)}.` : "."),
          } as LayoutBlock,
        ]
      : []),
    {
      type: "paragraph",
      text: `Tỉ lệ đồng ý tính trên tổng số ${count(voters.length)} thành viên Hội đồng có quyền biểu quyết.`,
    },
  ];
  const tallies = m?.tallies ?? [];
  const titles = [...new Set(tallies.map((t) => t.title))] as ResultTitle[];
  titles.forEach((t, i) => {
    const rows = tallies.filter((x) => x.title === t);
    body.push({
      type: "heading",
      level: 2,
      number: `${i + 1}.`,
      text: `${titleName(t).startsWith("Giấy khen") ? "Hình thức" : "Danh hiệu"} ${quoted(t)}`,
    });
    body.push({
      type: "list",
      numbered: true,
      columns: [
        { title: COLLECTIVE.includes(t) ? "Tên tập thể" : "Họ và tên", share: 8 },
        { title: "Đồng ý", share: 3, align: "center" },
        { title: "Tỉ lệ (%)", share: 3, align: "center" },
        { title: "Không đồng ý", share: 3, align: "center" },
      ],
      rows: rows.map((x) => [
        c.name(x.candidate),
        String(x.yes),
        percent(x.yes),
        x.no === undefined ? "" : String(x.no),
      ]),
    });
  });
  body.push({ type: "heading", level: 1, number: "III.", text: "KẾT LUẬN" });
  if (m?.conclusion) body.push({ type: "paragraph", text: m.conclusion });
  // Nghị định 30's biên bản (Mẫu 1.9) says when the meeting ended; left to fill when the file does not.
  body.push(
    { type: "paragraph", text: `Cuộc họp kết thúc vào ${m?.endTime ?? "…… giờ ……"} cùng ngày.` },
    { type: "paragraph", text: "Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./." },
  );
  const f = frame(c, {
    documentType: "Biên bản",
    subject: `Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu thi đua ${c.year}`,
    number: "Số:      /BB-HĐTĐKT",
    date: m?.date,
    code: "BB-HĐTĐKT",
  });
  return {
    ...f,
    // The council writes it: the school above, the council as the issuing body.
    parentBody: f.issuingBody,
    issuingBody: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
    legalBases: [],
    intro: "",
    body,
    recipients: [],
    cosigner: { titles: ["THƯ KÝ"], name: clerk ? c.name(clerk) : "" },
    signerTitles: ["CHỦ TỌA"],
    signerName: chair ? c.name(chair) : "",
  };
}
