// Messages of the results file's codes (core/codes.ts, RESULTS_CODES), Vietnamese and English side by
// side: kept apart from vi.ts and en.ts so the plan's messages and these change without touching each other.
import type { RESULTS_CODES } from "../core/codes.js";

/** The counts results/ballot-count compares, as each language says them: the count, then its bound. */
const BALLOT_VI: Record<string, string> = {
  issued: "phát ra",
  returned: "thu về",
  valid: "hợp lệ",
  "yes-no": "đồng ý + không đồng ý",
};
const BOUND_VI: Record<string, string> = {
  issued: "số phiếu phát ra",
  returned: "số phiếu thu về",
  valid: "số phiếu hợp lệ",
  "voters-present": "số thành viên có quyền biểu quyết có mặt",
  "valid-written": "số phiếu hợp lệ cộng ý kiến bằng văn bản của thành viên vắng",
};
const BALLOT_EN: Record<string, string> = {
  issued: "ballots issued",
  returned: "ballots returned",
  valid: "valid ballots",
  "yes-no": "yes and no votes",
  "voters-present": "the voting members present",
  "valid-written": "the valid ballots plus absent members' written opinions",
};

type Args = Record<string, string | number>;
type Table = Record<(typeof RESULTS_CODES)[number], (a: Args) => string>;
const q = (v: unknown): string => `“${String(v)}”`;
const TITLE_VI: Record<string, string> = { ldtt: "Lao động tiên tiến", cstdcs: "Chiến sĩ thi đua cơ sở" };

export const RESULTS_VI: Table = {
  "results/plan-missing": (a) =>
    `Không tìm thấy tệp kế hoạch ${q(a.plan)} (đường dẫn tính từ thư mục của tệp kết quả). Sửa dòng plan: cho ` +
    `đúng tên tệp kế hoạch.`,
  "results/plan-invalid": (a) =>
    `Tệp kế hoạch ${q(a.plan)} có ${a.errors} lỗi: chưa so được kết quả với kế hoạch (chỉ tiêu, tổng số, hạn đăng ` +
    `ký). Chạy plan validate ${a.plan}.`,
  "results/duplicate-id": (a) =>
    `Mã ${q(a.id)} đã dùng cho người hoặc tập thể khác: mỗi mã chỉ một người, một tập thể.`,
  "results/unknown-id": (a) =>
    `Mã ${q(a.id)} không thuộc người hay tập thể nào trong tệp (staff, collectives). Kiểm tra lỗi gõ.`,
  "results/ldtt-rating": (a) =>
    `${a.name} được xếp loại “${a.rating}”: danh hiệu ${TITLE_VI[String(a.title)] ?? "Lao động tiên tiến"} cần ` +
    `Hoàn thành tốt nhiệm vụ trở lên (Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm a).`,
  "results/ldtt-new-hire": (a) =>
    `${a.name} mới tuyển dụng ${a.months} tháng: không xét Lao động tiên tiến cho người tuyển dụng dưới 06 tháng ` +
    `(Thông tư 01/2024/TT-BNV, Điều 1 khoản 5 điểm ` +
    `d)${
      a.circular === "15/2025/TT-BNV"
        ? "; Thông tư 15/2025/TT-BNV có giữ quy định này không chưa được xác nhận, " + "hãy đối chiếu"
        : ""
    }.`,
  "results/rated-under-6-months": (a) =>
    `${a.name} làm việc ${a.months} tháng trong năm: viên chức làm việc chưa đủ 06 tháng không xếp loại chất ` +
    `lượng (Nghị định 233/2026/NĐ-CP, Điều 14; bản đọc được là bản sao nhận dạng chữ, hãy đối chiếu), trừ các ` +
    `trường hợp nghỉ được tính.`,
  "results/under-review": (a) =>
    `${a.name} đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc có đơn thư đang xác minh: chưa khen thưởng hoặc ` +
    `đề nghị khen thưởng (Nghị định ${a.decree ?? "152/2025/NĐ-CP"}, Điều 4).`,
  "results/disciplined": (a) =>
    `${a.name} bị kỷ luật hình thức ${a.form} trong năm: kỷ luật từ khiển trách trở lên thì xếp loại không hoàn ` +
    `thành nhiệm vụ (Nghị định 233/2026/NĐ-CP, Điều 12), nên không đủ tiêu chuẩn danh hiệu cá nhân; hãy đối chiếu ` +
    `thời điểm kỷ luật.`,
  "results/cstdcs-not-ldtt": (a) =>
    `${a.name} được đề nghị Chiến sĩ thi đua cơ sở nhưng không có trong danh sách Lao động tiên tiến (Luật Thi ` +
    `đua, khen thưởng 2022, Điều 23 khoản 1).`,
  "results/cstdcs-no-merit": (a) =>
    `${a.name} chưa Hoàn thành xuất sắc nhiệm vụ và không có sáng kiến được công nhận hay đề tài đã nghiệm thu: ` +
    `chưa đủ tiêu chuẩn Chiến sĩ thi đua cơ sở (Luật Thi đua, khen thưởng 2022, Điều 23 khoản 2).`,
  "results/cstdcs-evidence": (a) =>
    `Sáng kiến ${q(a.initiative)} của ${a.name} chưa ghi văn bản công nhận (recognized): hồ sơ Chiến sĩ thi đua ` +
    `cơ sở theo sáng kiến cần chứng nhận hoặc xác nhận sáng kiến (Luật Thi đua, khen thưởng, Điều 84 khoản 1).`,
  "results/cstdcs-amended": (a) =>
    `Từ 01/10/2026, theo dự thảo Luật sửa đổi (văn bản chính thức chưa đối chiếu), Chiến sĩ thi đua cơ sở có thể ` +
    `cần cả Hoàn thành xuất sắc nhiệm vụ và sáng kiến; ${a.name} chưa có đủ cả hai. Hãy đối chiếu Luật ` +
    `06/2026/QH16.`,
  "results/htxs-cap": (a) =>
    `Có ${a.htxs} người xếp loại Hoàn thành xuất sắc, vượt ${a.percent}% của ${a.base} (${a.baseCount} người, tối ` +
    `đa ${a.allowed}) theo Nghị định 233/2026/NĐ-CP, Điều 12 khoản 6; cơ sở tính (policy.htxsCap.base) chưa được ` +
    `văn bản nói rõ.`,
  "results/ttldtt-share": (a) =>
    `${a.name} chỉ có ${a.count}/${a.total} thành viên đạt Lao động tiên tiến (${a.percent}%): Tập thể lao động ` +
    `tiên tiến cần ít nhất 70% (Luật Thi đua, khen thưởng 2022, Điều 28 khoản 1).`,
  "results/ttldtt-discipline": (a) =>
    `${a.name} có thành viên ${a.member} bị kỷ luật hình thức ${a.form}: Tập thể lao động tiên tiến không có cá ` +
    `nhân bị kỷ luật từ cảnh cáo trở lên (Luật Thi đua, khen thưởng 2022, Điều 28 khoản 1).`,
  "results/ttldxs-criteria": (a) =>
    `${a.name} chưa đủ tiêu chuẩn Tập thể lao động xuất sắc: ${a.criterion} (Luật Thi đua, khen thưởng 2022, Điều ` +
    `27 khoản 1).`,
  "results/ballot-count": (a) =>
    `Số phiếu ${BALLOT_VI[String(a.what)] ?? a.what} (${a.count}) lớn hơn ${BOUND_VI[String(a.than)] ?? a.than} ` +
    `(${a.limit}).`,
  "results/vote-base": (a) =>
    `Tỉ lệ ghi ${a.written}% không đúng: ${a.yes} phiếu đồng ý trên tổng số ${a.members} thành viên Hội đồng là ` +
    `${a.correct}%${a.present ? ` (tỉ lệ đã ghi là tính trên ${a.present} người có mặt)` : ""}. Tỉ lệ tính trên ` +
    `tổng số thành viên Hội đồng, người vắng cho ý kiến bằng văn bản.`,
  "results/vote-threshold": (a) =>
    `${a.name}: ${a.percent}% phiếu đồng ý cho danh hiệu ${a.title}, dưới mức ${a.threshold}% của ${a.source}.`,
  "results/vote-missing": (a) =>
    `${a.name} được đề nghị ${a.title} nhưng không có kết quả bỏ phiếu của Hội đồng (meeting.tallies).`,
  "results/registered-before-recruited": (a) =>
    `${a.name} được tuyển dụng ngày ${a.recruited}, sau ngày tổng hợp đăng ký thi đua (${a.date}), nên không thể ` +
    "có trong bảng đăng ký đầu năm: bỏ registered, hoặc kiểm tra lại ngày tuyển dụng " +
    "(nếu đăng ký bổ sung, ghi chú rõ).",
  "results/not-registered": (a) =>
    `${a.name} được đề nghị ${a.title} nhưng không đăng ký danh hiệu này đầu năm (registered): đăng ký thi đua là ` +
    `một căn cứ xét tặng.`,
  "results/date-order": (a) =>
    `Ngày ${a.what} (${a.date}) trước ngày ${a.before} (${a.beforeDate}): các bước phải theo thứ tự xếp loại, họp ` +
    `tổ, họp Hội đồng, tờ trình, quyết định.`,
  "results/registration-late": (a) => `Tổng hợp đăng ký ngày ${a.date}, sau hạn ${a.deadline} của kế hoạch.`,
  "results/authority": (a) =>
    `${q(a.who)} không phải người có thẩm quyền theo chủ quản của trường và ngày văn bản: cần ${a.expected} (Luật ` +
    `Thi đua, khen thưởng, Điều 80; Nghị định 129/2025/NĐ-CP). Kiểm tra quy định phân cấp của tỉnh.`,
  "results/legal-basis": (a) =>
    `${a.basis} đã được thay bằng ${a.replacement} từ ${a.since}; văn bản ngày ${a.date} phải dẫn văn bản mới.`,
  "results/legal-basis-likely": (a) =>
    `${a.basis} có thể đã được thay bằng ${a.replacement} từ ${a.since} (chưa đọc được toàn văn): văn bản ngày ` +
    `${a.date} nên đối chiếu và dẫn văn bản mới.`,
  "results/staff-total": (a) =>
    `Danh sách có ${a.count} người, kế hoạch ghi tổng số ${a.total} (targets.staffTotal): tỉ lệ so với chỉ tiêu ` +
    `tính trên số của kế hoạch.`,
  "results/target-unmet": (a) =>
    `Chưa đạt chỉ tiêu ${a.label}: đạt ${a.achieved}/${a.target}${a.percent ? ` (${a.percent}%)` : ""}.`,
  "results/doc-missing": (a) => `Tệp kết quả xuất ra văn bản nào cần nói rõ: thêm --doc với một trong ${a.kinds}.`,
  "results/doc-unknown": (a) => `Không có loại văn bản ${q(a.doc)}: --doc nhận một trong ${a.kinds}.`,
  "results/doc-needs-results": () =>
    "--doc chỉ dùng với tệp kết quả (kind: results); tệp này là kế hoạch: bỏ --doc để xuất kế hoạch.",
  "results/doc-needs-for": () =>
    "Báo cáo thành tích là của một cá nhân hoặc một tập thể: thêm --for <id> (id trong staff hoặc collectives).",
  "results/doc-for-unknown": (a) =>
    `Không có ${q(a.for)} trong tệp kết quả (id của staff, collectives, hoặc số tờ trình trong proposals).`,
  "results/doc-format": (a) => `Văn bản ${a.doc} không xuất ra ${a.format}: dùng --docx, --html, --pdf hoặc --text.`,
};

export const RESULTS_EN: Table = {
  "results/plan-missing": (a) =>
    `The plan ${q(a.plan)} is not found (the path is relative to the results file's folder).`,
  "results/plan-invalid": (a) => `The plan ${q(a.plan)} has ${a.errors} errors: the results are not compared with it.`,
  "results/duplicate-id": (a) => `The id ${q(a.id)} is already used: one id per person or collective.`,
  "results/unknown-id": (a) => `The id ${q(a.id)} names nobody in the file (staff, collectives).`,
  "results/ldtt-rating": (a) =>
    `${a.name} is rated "${a.rating}": the title needs HTT or better (Law on Emulation 2022, Art 24(1)(a)).`,
  "results/ldtt-new-hire": (a) =>
    `${a.name} was recruited ${a.months} months ago: no LĐTT under 6 months (TT 01/2024/TT-BNV Art ` +
    `1(5)(d))${a.circular === "15/2025/TT-BNV" ? "; whether TT 15/2025/TT-BNV keeps this is unconfirmed" : ""}.`,
  "results/rated-under-6-months": (a) =>
    `${a.name} worked ${a.months} months in the year: under 6 months is not rated (NĐ 233/2026 Art 14, OCR copy).`,
  "results/under-review": (a) =>
    `${a.name} is under disciplinary review: no award yet (NĐ ${a.decree ?? "152/2025/NĐ-CP"} Art 4).`,
  "results/disciplined": (a) =>
    `${a.name} was disciplined (${a.form}) in the year: from khiển trách the rating is KHT (NĐ 233/2026 Art 12), ` +
    `so no individual title.`,
  "results/cstdcs-not-ldtt": (a) => `${a.name} is put forward for CSTĐCS but is not LĐTT (Law 2022 Art 23(1)).`,
  "results/cstdcs-no-merit": (a) =>
    `${a.name} has neither HTXS nor a recognised initiative or accepted research: no CSTĐCS (Law 2022 Art 23(2)).`,
  "results/cstdcs-evidence": (a) =>
    `The initiative ${q(a.initiative)} of ${a.name} names no recognition (recognized): the CSTĐCS dossier needs ` +
    `it (Art 84(1)).`,
  "results/cstdcs-amended": (a) =>
    `From 01/10/2026 the amended law (draft wording, unconfirmed) may need both HTXS and an initiative; ${a.name} ` +
    `lacks one.`,
  "results/htxs-cap": (a) =>
    `${a.htxs} HTXS ratings exceed ${a.percent}% of ` +
    `${a.base === "số Hoàn thành tốt" ? "those rated HTT" : "those rated HTT or above"} (${a.baseCount}, at most ` +
    `${a.allowed}) under NĐ 233/2026 Art 12(6).`,
  "results/ttldtt-share": (a) =>
    `${a.name} has ${a.count}/${a.total} members LĐTT (${a.percent}%): a TTLĐTT needs at least 70% (Law 2022 Art ` +
    `28(1)).`,
  "results/ttldtt-discipline": (a) =>
    `${a.name} has a member (${a.member}) disciplined by ${a.form}: a TTLĐTT has none from cảnh cáo up (Art 28(1)).`,
  "results/ttldxs-criteria": (a) => `${a.name} falls short of TTLĐXS: ${a.criterion} (Law 2022 Art 27(1)).`,
  "results/ballot-count": (a) =>
    `${BALLOT_EN[String(a.what)] ?? a.what} (${a.count}) exceed ${BALLOT_EN[String(a.than)] ?? a.than} ` +
    `(${a.limit}).`,
  "results/vote-base": (a) =>
    `The written ${a.written}% is wrong: ${a.yes} yes of ${a.members} council members is ` +
    `${a.correct}%${a.present ? ` (the written figure is on the ${a.present} present)` : ""}.`,
  "results/vote-threshold": (a) =>
    `${a.name}: ${a.percent}% yes for ${a.title}, below the ${a.threshold}% of ${a.source}.`,
  "results/vote-missing": (a) => `${a.name} is put forward for ${a.title} without a council vote (meeting.tallies).`,
  "results/registered-before-recruited": (a) =>
    `${a.name} was recruited on ${a.recruited}, after the registrations were gathered (${a.date}), so cannot be ` +
    "on the year's registration list: remove registered, or check the recruitment date.",
  "results/not-registered": (a) => `${a.name} is put forward for ${a.title} without having registered for it.`,
  "results/date-order": (a) => `The ${a.what} (${a.date}) comes before the ${a.before} (${a.beforeDate}).`,
  "results/registration-late": (a) => `Registrations gathered on ${a.date}, after the plan's deadline ${a.deadline}.`,
  "results/authority": (a) => `${q(a.who)} is not the authority for this school and date: expected ${a.expected}.`,
  "results/legal-basis": (a) =>
    `${a.basis} was replaced by ${a.replacement} from ${a.since}; a document dated ${a.date} must cite the new one.`,
  "results/legal-basis-likely": (a) =>
    `${a.basis} was probably replaced by ${a.replacement} from ${a.since} (not read in full); check it for a ` +
    `document dated ${a.date}.`,
  "results/staff-total": (a) => `The staff list has ${a.count} people; the plan's staffTotal is ${a.total}.`,
  "results/target-unmet": (a) =>
    `Target not reached: ${a.label} ${a.achieved}/${a.target}${a.percent ? ` (${a.percent}%)` : ""}.`,
  "results/doc-missing": (a) => `Say which document of the results file to render: add --doc with one of ${a.kinds}.`,
  "results/doc-unknown": (a) => `There is no document kind ${q(a.doc)}: --doc takes one of ${a.kinds}.`,
  "results/doc-needs-results": () =>
    "--doc is for a results file (kind: results); this file is a plan: drop --doc to render the plan.",
  "results/doc-needs-for": () =>
    "An achievement report is one person's or one collective's: add --for <id> (an id in staff or collectives).",
  "results/doc-for-unknown": (a) =>
    `${q(a.for)} is not in the results file (an id of staff, collectives, or a tờ trình number in proposals).`,
  "results/doc-format": (a) =>
    `The ${a.doc} document does not render as ${a.format}: use --docx, --html, --pdf or --text.`,
};
