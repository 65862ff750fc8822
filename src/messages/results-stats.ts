// The words of `plan stats ket-qua.yaml` (src/cli/formatters/results-stats.ts) and of `plan preview
// ket-qua.yaml --doc KIND`, Vietnamese and English side by side. Target labels are the plan's own and
// stay as the plan writes them; these are the headings, columns and verdicts around them.
import type { ResultsBallots, ResultsSummary } from "../core/results/summary.js";
import type { ResultTitle } from "../core/results/types.js";
import { RESULT_TITLE_NAMES } from "../core/results/types.js";
import { parseIsoDate } from "../core/compute/calendar.js";
import { formatDateShort } from "../core/text/vn-format.js";
import type { Lang } from "./index.js";

export interface ResultsStatsWords {
  /** Before the file's name in Markdown. */
  file: string;
  /** "Trường THCS Lê Quý Đôn, năm học 2025-2026" */
  heading(s: ResultsSummary): string;
  /** Which plan, and how many people and collectives the file lists. */
  against(s: ResultsSummary): string;
  incomplete: string;
  /** The targets' heading, with the plan's rounding. */
  targets(s: ResultsSummary): string;
  noTargets: string;
  columns: { title: string; target: string; registered: string; achieved: string; rate: string; met: string };
  /** "44/48 đạt 91,7%" */
  rate(achieved: number, total: number, percent: number, decimals: number): string;
  met(met: boolean): string;
  /** The mark and footnote of a number taken from the tờ trình because no decision came back. */
  fromProposal: string;
  titles: string;
  titleColumns: { title: string; registered: string; voted: string; proposed: string; decided: string };
  titleName(t: ResultTitle): string;
  /** A decision not yet back. */
  pending: string;
  ballots(b: ResultsBallots): string;
  /** csv and xlsx are the office's summary over plans: what is said of results files given to them. */
  setAside(format: string, files: string[]): string;
  onlyResults(format: string): string;
}

const ROUNDING_VI = { "half-up": "làm tròn nửa lên", down: "bỏ phần lẻ", up: "làm tròn lên" } as const;
const ROUNDING_EN = { "half-up": "half up", down: "rounded down", up: "rounded up" } as const;
const isoShort = (iso: string): string => formatDateShort(parseIsoDate(iso)!);
const TITLE_EN: Record<ResultTitle, string> = {
  ldtt: "LĐTT (Lao động tiên tiến)",
  cstdcs: "CSTĐCS (Chiến sĩ thi đua cơ sở)",
  "giay-khen": "Giấy khen",
  ttldtt: "TTLĐTT (Tập thể lao động tiên tiến)",
  ttldxs: "TTLĐXS (Tập thể lao động xuất sắc)",
  "giay-khen-tap-the": "Giấy khen (collective)",
};

export const RESULTS_STATS: Record<Lang, ResultsStatsWords> = {
  vi: {
    file: "Tệp:",
    heading: (s) => `${s.school}, năm học ${s.schoolYear}`,
    against: (s) => `Kết quả thi đua so với kế hoạch ${s.plan} (danh sách ${s.staff} người, ${s.collectives} tập thể)`,
    incomplete: "(Tệp kết quả còn lỗi: các số dưới đây tính từ những gì tệp đang ghi.)",
    targets: (s) => `Chỉ tiêu (${s.rounding.decimals} chữ số thập phân, ${ROUNDING_VI[s.rounding.mode]})`,
    noTargets: "Kế hoạch không có chỉ tiêu danh hiệu nào để so với tệp kết quả.",
    columns: {
      title: "Danh hiệu",
      target: "Chỉ tiêu",
      registered: "Đăng ký",
      achieved: "Đạt",
      rate: "Tỉ lệ",
      met: "Đánh giá",
    },
    rate: (achieved, total, percent, decimals) =>
      `${achieved}/${total} đạt ${percent.toFixed(decimals).replace(".", ",")}%`,
    met: (met) => (met ? "Đạt" : "Chưa đạt"),
    fromProposal: "* Tính theo tờ trình đề nghị: quyết định công nhận chưa về.",
    titles: "Theo danh hiệu",
    titleColumns: {
      title: "Danh hiệu",
      registered: "Đăng ký",
      voted: "Bỏ phiếu",
      proposed: "Đề nghị",
      decided: "Quyết định",
    },
    titleName: (t) => RESULT_TITLE_NAMES[t],
    pending: "chưa về",
    ballots: (b) =>
      `Kiểm phiếu (họp Hội đồng ngày ${isoShort(b.date)}, ${b.voters} thành viên có quyền biểu quyết): phát ra ` +
      `${b.issued}, thu về ${b.returned}, hợp lệ ${b.valid}`,
    setAside: (format, files) =>
      `plan: --format ${format} là bảng tổng hợp các kế hoạch; bỏ qua ${files.length} tệp kết quả ` +
      `(${files.join(", ")}): xem bằng --format table, markdown hoặc json.\n`,
    onlyResults: (format) =>
      `plan: --format ${format} là bảng tổng hợp các kế hoạch (theo trường, năm học), không dùng cho tệp kết quả: ` +
      `dùng --format table, markdown hoặc json.\n`,
  },
  en: {
    file: "File:",
    heading: (s) => `${s.school}, school year ${s.schoolYear}`,
    against: (s) => `Results against the plan ${s.plan} (${s.staff} staff, ${s.collectives} collectives listed)`,
    incomplete: "(The results file still has errors: the numbers below are what it says so far.)",
    targets: (s) => `Targets (${s.rounding.decimals} decimal(s), ${ROUNDING_EN[s.rounding.mode]})`,
    noTargets: "The plan has no title target to compare the results with.",
    columns: {
      title: "Title",
      target: "Target",
      registered: "Registered",
      achieved: "Reached",
      rate: "Rate",
      met: "Met",
    },
    rate: (achieved, total, percent, decimals) => `${achieved}/${total} = ${percent.toFixed(decimals)}%`,
    met: (met) => (met ? "met" : "not met"),
    fromProposal: "* From the tờ trình: the decision has not come back.",
    titles: "Per title",
    titleColumns: {
      title: "Title",
      registered: "Registered",
      voted: "Voted on",
      proposed: "Proposed",
      decided: "Decided",
    },
    titleName: (t) => TITLE_EN[t],
    pending: "pending",
    ballots: (b) =>
      `Ballots (council meeting of ${isoShort(b.date)}, ${b.voters} voting members): ${b.issued} issued, ` +
      `${b.returned} returned, ${b.valid} valid`,
    setAside: (format, files) =>
      `plan: --format ${format} is the summary over plans; skipped ${files.length} results file(s) ` +
      `(${files.join(", ")}): see them with --format table, markdown or json.\n`,
    onlyResults: (format) =>
      `plan: --format ${format} is the summary over plans (per school and year), not for results files: use ` +
      `--format table, markdown or json.\n`,
  },
};

/** What `plan preview ket-qua.yaml --doc KIND` says around the document. */
export const RESULTS_PREVIEW: Record<Lang, { problems: string; loading: string }> = {
  vi: {
    problems: "Tệp kết quả đang có lỗi (trang hiển thị bản gần nhất không có lỗi):",
    loading: "Đang mở văn bản…",
  },
  en: {
    problems: "The results file has problems (the page shows the last version without errors):",
    loading: "Loading…",
  },
};
