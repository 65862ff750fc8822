// Báo cáo thành tích after NĐ 98/2023 Phụ lục I: Mẫu 03 for a person, Mẫu 02 for a collective (their
// numbering under NĐ 152/2025 is unconfirmed). Sections I (sơ lược) and III (past titles) come from the
// data; II (thành tích) is the person's or the collective's own text in the file (`achievements`).
import type { ResultTitle } from "../../results/types.js";
import { RATING_NAMES } from "../../results/types.js";
import type { Layout, LayoutBlock } from "../layout.js";
import { count, type DocumentContext, frame, longDate, quoted, titleName } from "./common.js";

const RANK: readonly ResultTitle[] = ["ttldxs", "cstdcs", "ttldtt", "ldtt", "giay-khen", "giay-khen-tap-the"];

/** The highest title the file puts this one forward for: the subject of the report. */
function proposedTitle(c: DocumentContext, id: string): ResultTitle | undefined {
  const titles = (c.results.proposals ?? [])
    .filter((p) => p.candidates?.includes(id))
    .flatMap((p) => (p.title ? [p.title] : []));
  return RANK.find((t) => titles.includes(t));
}

const GENDER = { nam: "Nam", nu: "Nữ" } as const;
/** A line of the form for the person or the tổ to fill in by hand, as a printed form leaves it. */
const BLANK = "……………………";

export function baoCaoLayout(c: DocumentContext, id: string): Layout {
  const person = c.model.staffById.get(id)?.member;
  const collective = c.model.collectiveById.get(id)?.collective;
  const title = proposedTitle(c, id);
  const subject = `Đề nghị ${title ? `công nhận danh hiệu ${quoted(title)}` : "khen thưởng"} ${c.year}`;
  const own = (person ?? collective)?.achievements;
  const body: LayoutBlock[] = [];
  if (person) {
    // Mẫu 03's section I line by line; what the results file does not hold is left for the person to fill.
    const line = (label: string, value?: string): LayoutBlock => ({
      type: "bullet",
      level: 1,
      text: value ? `${label}: ${value}.` : `${label}: ${BLANK}`,
    });
    const day = (iso?: string): string | undefined => (iso ? longDate(iso).replace(/^ngày /u, "") : undefined);
    body.push(
      { type: "heading", level: 1, number: "I.", text: "SƠ LƯỢC LÝ LỊCH" },
      line("Họ và tên", person.name),
      line("Ngày, tháng, năm sinh", day(person.birthDate)),
      line("Giới tính", person.gender ? GENDER[person.gender] : undefined),
      line("Dân tộc"),
      line("Tôn giáo"),
      line("Quê quán"),
      line("Nơi thường trú"),
      line("Đơn vị công tác", [c.unitName(id), c.school].filter(Boolean).join(", ")),
      line("Chức vụ (Đảng, chính quyền, đoàn thể)", person.post),
      line("Ngày tuyển dụng", day(person.recruited)),
      line("Trình độ lý luận chính trị"),
      line("Trình độ chuyên môn, nghiệp vụ"),
      line("Học hàm, học vị, danh hiệu, giải thưởng"),
      { type: "heading", level: 1, number: "II.", text: "THÀNH TÍCH ĐẠT ĐƯỢC" },
      { type: "heading", level: 2, number: "1.", text: "Quyền hạn, nhiệm vụ được giao" },
      { type: "paragraph", text: person.post ? `${person.post}, ${c.school}.` : BLANK },
      { type: "heading", level: 2, number: "2.", text: "Thành tích đạt được" },
      {
        type: "paragraph",
        text: `Kết quả đánh giá, xếp loại ${c.year}: ${RATING_NAMES[person.rating]}.`,
      },
      { type: "paragraph", text: own ?? BLANK },
      ...(person.initiatives ?? []).map(
        (s): LayoutBlock => ({
          type: "bullet",
          level: 1,
          text:
            `${s.kind === "de-tai" ? "Đề tài" : "Sáng kiến"} ` +
            `“${s.title}”${s.recognized ? `: ${s.recognized}` : ""}.`,
        }),
      ),
    );
  } else if (collective) {
    const members = c.model.members(collective);
    const ldtt = c.model.holders("ldtt");
    const held = members.filter((m) => ldtt.has(m.id)).length;
    body.push(
      { type: "heading", level: 1, number: "I.", text: "SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" },
      { type: "bullet", level: 1, text: `Tên tập thể: ${collective.name}.` },
      { type: "bullet", level: 1, text: `Tổng số thành viên: ${count(members.length)} người.` },
      { type: "heading", level: 1, number: "II.", text: "THÀNH TÍCH ĐẠT ĐƯỢC" },
      ...(collective.rating
        ? [
            {
              type: "heading",
              level: 2,
              number: "1.",
              text: `Kết quả đánh giá, xếp loại ${c.year}: ${RATING_NAMES[collective.rating]}.`,
            } as LayoutBlock,
          ]
        : []),
      { type: "heading", level: 2, number: collective.rating ? "2." : "1.", text: "Thành tích đạt được" },
      { type: "paragraph", text: own ?? "…" },
      {
        type: "bullet",
        level: 1,
        text: `Cá nhân được đề nghị danh hiệu “Lao động tiên tiến”: ${count(held)}/${count(members.length)} người.`,
      },
    );
  }
  body.push({ type: "heading", level: 1, number: "III.", text: "CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG" });
  const history = Object.entries((person ?? collective)?.history ?? {}).sort(([a], [b]) => a.localeCompare(b));
  // Mẫu 02/03 section III: the year, the title or award, and the decision that gave it. The results file
  // keeps the years and titles; the decisions' numbers are left to fill, as is the whole table when the
  // file has no history (no history in the file is not "never awarded").
  body.push({
    type: "list",
    numbered: true,
    columns: [
      { title: "Năm học", share: 3, align: "center" },
      { title: "Danh hiệu thi đua, hình thức khen thưởng", share: 8 },
      { title: "Số, ngày quyết định; cơ quan ban hành", share: 6 },
    ],
    rows: history.length
      ? history.map(([year, titles]) => [year.replace("-", " - "), titles.map((t) => titleName(t)).join(", "), ""])
      : [["", "", ""]],
  });
  body.push({ type: "paragraph", text: "./." });
  const signer = c.plan.signer;
  // The head of the unit confirms and signs for the school: the staff member whose post is the head's
  // (a Phó Hiệu trưởng signing the plan "KT. Hiệu trưởng" is not the head); the plan's signer otherwise.
  const head = c.results.staff.find((m) => /^(Hiệu trưởng|Giám đốc|Trưởng phòng)\b/iu.test(m.post ?? ""))?.name;
  const headName = head ?? signer.name;
  // A tổ reports through its tổ trưởng (the member whose post says so), confirmed by the head of the
  // school (hoso-research.md row 11); the school itself reports through its head, confirmed above it.
  const leadOfTo =
    collective && collective.members !== "all"
      ? c.model.members(collective).find((m) => /(^|,\s*)Tổ trưởng\b/iu.test(m.post ?? ""))
      : undefined;
  const reporter = person ? "NGƯỜI BÁO CÁO THÀNH TÍCH" : leadOfTo ? "TỔ TRƯỞNG" : "THỦ TRƯỞNG ĐƠN VỊ";
  return {
    ...frame(c, {
      documentType: "Báo cáo thành tích",
      subject,
      number: "",
      date: undefined,
      code: "báo cáo thành tích",
      year: Number((c.results.meeting?.date ?? c.plan.calendar.start).slice(0, 4)),
    }),
    legalBases: [],
    intro: "",
    body,
    recipients: [],
    // A person's report is confirmed by the head of the unit; a collective's by the level that proposes it.
    cosigner:
      person || leadOfTo
        ? { titles: ["XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ"], name: headName }
        : { titles: ["XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG"], name: "" },
    signerTitles: [reporter],
    signerName: person?.name ?? leadOfTo?.name ?? headName,
  };
}
