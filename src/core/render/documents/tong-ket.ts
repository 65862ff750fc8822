// Báo cáo tổng kết công tác thi đua, khen thưởng of the year (no national form; outline of hoso-research.md
// row 15): the staff and collectives, registrations, each target of the plan against what was reached
// (targets.ts: the plan's own rounding), then a list per title.
import { resultsSummary } from "../../results/summary.js";
import type { ResultTitle } from "../../results/types.js";
import type { Layout, LayoutBlock } from "../layout.js";
import {
  COLLECTIVE,
  collectiveList,
  count,
  type DocumentContext,
  frame,
  peopleList,
  planSigner,
  quoted,
  recipientLines,
  titleName,
} from "./common.js";

const ORDER: readonly ResultTitle[] = ["ldtt", "cstdcs", "giay-khen", "ttldtt", "ttldxs", "giay-khen-tap-the"];

export function tongKetLayout(c: DocumentContext): Layout {
  const staff = c.results.staff;
  const collectives = c.results.collectives ?? [];
  const targets = resultsSummary(c.plan, c.results).targets;
  // A title whose decision has not come back is put forward, not yet reached: the report says so.
  const pending = targets.filter((r) => r.source === "proposal");
  const proposalOf = (t: ResultTitle): string | undefined =>
    c.results.proposals?.find((p) => p.title === t && p.number)?.number;
  const registered = (t: ResultTitle): number =>
    (COLLECTIVE.includes(t) ? collectives : staff).filter((x) => x.registered?.includes(t)).length;
  const titles = ORDER.filter((t) => c.model.holders(t).size > 0 || registered(t) > 0);
  const body: LayoutBlock[] = [
    { type: "heading", level: 1, number: "I.", text: "ĐẶC ĐIỂM TÌNH HÌNH" },
    {
      type: "paragraph",
      text:
        `Tổng số cán bộ, giáo viên, nhân viên: ${count(staff.length)} người; ${count(collectives.length)} tập thể ` +
        `(${collectives.map((x) => x.name).join(", ")}).`,
    },
    { type: "heading", level: 1, number: "II.", text: "KẾT QUẢ THỰC HIỆN" },
    { type: "heading", level: 2, number: "1.", text: "Đăng ký thi đua" },
    ...titles.map(
      (t): LayoutBlock => ({
        type: "bullet",
        level: 1,
        text:
          `${titleName(t).replace(/ \(tập thể\)$/u, "")}: ${count(registered(t))} ` +
          `${COLLECTIVE.includes(t) ? "tập thể" : "cá nhân"} đăng ký.`,
      }),
    ),
    { type: "heading", level: 2, number: "2.", text: "Kết quả so với chỉ tiêu của kế hoạch" },
    {
      type: "list",
      numbered: true,
      columns: [
        { title: "Danh hiệu", share: 7 },
        { title: "Chỉ tiêu", share: 2, align: "center" },
        { title: "Đăng ký", share: 2, align: "center" },
        { title: "Đạt", share: 2, align: "center" },
        { title: "Tỉ lệ", share: 3, align: "center" },
        { title: "Đánh giá", share: 3, align: "center" },
      ],
      rows: targets.map((r) => [
        r.label,
        String(r.target),
        String(r.registered),
        String(r.achieved),
        r.percentText === null ? "" : `${r.achieved}/${r.total} (${r.percentText})`,
        r.source === "proposal" ? "Đã đề nghị" : r.met ? "Đạt" : "Chưa đạt",
      ]),
    },
    ...pending.map(
      (r): LayoutBlock => ({
        type: "paragraph",
        text:
          `Danh hiệu ${quoted(r.title)} chưa có quyết định công nhận: số ghi là số đã đề nghị` +
          `${proposalOf(r.title) ? ` tại Tờ trình số ${proposalOf(r.title)}` : ""}.`,
      }),
    ),
    { type: "heading", level: 2, number: "3.", text: "Danh sách theo danh hiệu" },
  ];
  titles
    .filter((t) => c.model.holders(t).size > 0)
    .forEach((t, i) => {
      const ids = [...c.model.holders(t)];
      body.push({
        type: "heading",
        level: 3,
        number: `3.${i + 1}.`,
        text: `${quoted(t)}: ${count(ids.length)} ${COLLECTIVE.includes(t) ? "tập thể" : "cá nhân"}`,
      });
      body.push(COLLECTIVE.includes(t) ? collectiveList(c, ids) : peopleList(c, ids));
    });
  body.push({ type: "paragraph", text: "./." });
  const date =
    c.results.decisions
      ?.map((d) => d.date)
      .sort()
      .pop() ?? c.results.meeting?.date;
  return {
    ...frame(c, {
      documentType: "Báo cáo",
      subject: `Tổng kết công tác thi đua, khen thưởng ${c.year}`,
      number: `Số:      /BC-${c.schoolCode}`,
      date: undefined,
      code: `BC-${c.schoolCode}`,
      year: Number((date ?? c.plan.calendar.start).slice(0, 4)),
    }),
    legalBases: [],
    intro: `${c.school} báo cáo kết quả công tác thi đua, khen thưởng ${c.year} như sau:`,
    body,
    recipients: recipientLines([
      ...(c.results.proposals?.[0]?.to ? [c.results.proposals[0].to] : []),
      "Lưu: VT, HĐTĐKT",
    ]),
    ...planSigner(c.plan),
  };
}
