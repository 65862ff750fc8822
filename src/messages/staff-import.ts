// The words of `plan results import`'s notes, keyed by the core's codes (core/results/import/notes.ts):
// Vietnamese for the "# kiểm tra:" comments of the file and the report, English for --lang en. `cell`
// ("D22") is given for a comment in the file; the report prints the full address before the words.
import type { StaffNote, StaffNoteCode } from "../core/results/import/index.js";
import type { Lang } from "./index.js";

type Args = Record<string, string | number>;
const q = (v: unknown): string => `“${String(v)}”`;
const FIELD_VI: Record<string, string> = {
  birthDate: "ngày sinh",
  recruited: "ngày tuyển dụng",
  gender: "giới tính",
  rating: "xếp loại",
  registered: "đăng ký danh hiệu",
};
const FIELD_EN: Record<string, string> = {
  birthDate: "birth date",
  recruited: "recruitment date",
  gender: "sex",
  rating: "rating",
  registered: "registration",
};
const atVi = (a: Args): string => (a.cell ? ` (ô ${a.cell})` : "");
const atEn = (a: Args): string => (a.cell ? ` (cell ${a.cell})` : "");
const fieldVi = (a: Args): string => FIELD_VI[String(a.field)] ?? String(a.field ?? "");
const fieldEn = (a: Args): string => FIELD_EN[String(a.field)] ?? String(a.field ?? "");
const TITLE_VI: Record<string, string> = { ldtt: "LĐTT", cstdcs: "CSTĐCS", "giay-khen": "Giấy khen" };

const vi: Record<StaffNoteCode, (a: Args) => string> = {
  "date-unreadable": (a) =>
    `${fieldVi(a)} ${q(a.text)}${atVi(a)} không đọc được là ngày: ghi ${a.field}: năm-tháng-ngày (ví dụ 2016-09-05)`,
  "date-not-a-day": (a) =>
    `${fieldVi(a)} ${q(a.text)}${atVi(a)} không phải ngày có thật: đối chiếu hồ sơ rồi ghi ${a.field}: năm-tháng-ngày`,
  "date-month-first": (a) =>
    `${fieldVi(a)} ${q(a.text)}${atVi(a)} có vẻ viết tháng trước ngày (kiểu Excel tiếng Anh): ghi ${a.field}: ` +
    `năm-tháng-ngày cho đúng`,
  "date-year-only": (a) =>
    `${fieldVi(a)}${atVi(a)} chỉ ghi năm ${a.year}: ghi ngày đầy đủ (${a.field}: năm-tháng-ngày), vì người tuyển ` +
    `dụng dưới 06 tháng không xét Lao động tiên tiến`,
  "rating-unreadable": (a) => `xếp loại ${q(a.text)}${atVi(a)} không đọc được: ghi rating: htxs, htt, ht hoặc kht`,
  "rating-missing": (a) => `bảng chưa ghi xếp loại${atVi(a)}: ghi rating: htxs, htt, ht hoặc kht`,
  "title-unreadable": (a) =>
    a.title
      ? `cột ${TITLE_VI[String(a.title)] ?? a.title}${atVi(a)} ghi ${q(a.text)}: không rõ có đăng ký hay không`
      : `đăng ký ${q(a.text)}${atVi(a)} không phải danh hiệu tệp kết quả ghi được (ldtt, cstdcs, giay-khen): kiểm ` +
        `tra, bỏ qua nếu là khen thưởng cấp trên`,
  "title-guessed": (a) => `${q(a.text)}${atVi(a)} được hiểu là Chiến sĩ thi đua cơ sở (cstdcs): kiểm tra`,
  "gender-unreadable": (a) => `giới tính ${q(a.text)}${atVi(a)} không đọc được: ghi gender: nam hoặc nu`,
  "gender-both": (a) => `bảng đánh dấu cả Nam và Nữ${atVi(a)}: ghi gender: nam hoặc nu`,
  remark: (a) =>
    `ghi chú của bảng${atVi(a)}: ${q(a.text)}; nếu ảnh hưởng đến xét thi đua thì ghi vào mục tương ứng ` +
    `(monthsWorked, discipline, underReview…)`,
  "row-repeated": (a) =>
    `dòng ${a.row} của bảng giống hệt dòng ${a.first}: có thể nhập trùng; xóa mục này nếu đúng là một người`,
  "year-kept": (a) => `${fieldVi(a)}: bảng chỉ ghi năm ${a.year}${atVi(a)}`,
  "column-unknown": (a) => `cột ${a.column} ${q(a.heading)} không ứng với mục nào của tệp kết quả: bỏ qua`,
  "column-no-header": (a) => `cột ${a.column} không có tiêu đề nhưng có ${a.count} ô ghi giá trị: bỏ qua`,
  "column-duplicate": (a) => `cột ${a.column} ${q(a.heading)} trùng ý nghĩa với cột ${a.first}: chỉ đọc cột ${a.first}`,
  "rows-empty": (a) => `dòng trống giữa bảng (dòng ${a.rows}): bỏ qua`,
  "row-total": (a) => `dòng ${a.row} là dòng tổng (${q(a.text)}): bỏ qua`,
  "row-numbering": (a) => `dòng ${a.row} đánh số cột (1), (2)…: bỏ qua`,
  "row-heading": (a) =>
    `dòng ${a.row} là tiêu đề nhóm ` +
    `${q(a.text)}${a.used ? ": những người dưới dòng này thuộc tổ đó (unit)" : ": bỏ qua"}`,
  "row-no-name": (a) => `dòng ${a.row} có giá trị nhưng không có họ tên: bỏ qua`,
  footer: (a) => `dòng ${a.from === a.to ? a.from : `${a.from}–${a.to}`} là phần ký tên cuối bảng: không đọc`,
  "no-rating-column": () =>
    "bảng không có cột xếp loại (Xếp loại, Đánh giá, xếp loại…): mỗi người cần rating (htxs, htt, ht, kht) trước " +
    "khi tệp hợp lệ",
  "legacy-text": (a) =>
    `${a.count} ô gõ bằng phông ${a.encoding} (ví dụ ${q(a.typed)}) đã được chuyển sang Unicode (${q(a.fixed)}): ` +
    `kiểm tra lại tên`,
  "decomposed-text": (a) => `${a.count} ô viết dấu tách rời (Unicode tổ hợp, NFD) đã được viết lại dạng dựng sẵn (NFC)`,
  "name-capitals": (a) =>
    `${a.count} họ tên viết toàn chữ in hoa: ghi lại chữ thường có viết hoa đầu từ (ví dụ ${q(a.name)})`,
  "same-name": (a) => `${q(a.name)} có ở ${String(a.rows).includes(",") ? "các dòng" : "dòng"} ${a.rows}: mã ${a.ids}`,
};

const en: Record<StaffNoteCode, (a: Args) => string> = {
  "date-unreadable": (a) =>
    `${fieldEn(a)} ${q(a.text)}${atEn(a)} does not read as a date: write ${a.field}: year-month-day (e.g. 2016-09-05)`,
  "date-not-a-day": (a) =>
    `${fieldEn(a)} ${q(a.text)}${atEn(a)} is no real day: check the records and write ${a.field}: year-month-day`,
  "date-month-first": (a) =>
    `${fieldEn(a)} ${q(a.text)}${atEn(a)} looks written month first (as an English Excel writes it): write ` +
    `${a.field}: year-month-day`,
  "date-year-only": (a) =>
    `${fieldEn(a)}${atEn(a)} gives the year ${a.year} only: write the full date (${a.field}: year-month-day), as ` +
    `someone recruited under 6 months is not considered for LĐTT`,
  "rating-unreadable": (a) => `rating ${q(a.text)}${atEn(a)} does not read: write rating: htxs, htt, ht or kht`,
  "rating-missing": (a) => `no rating in the sheet${atEn(a)}: write rating: htxs, htt, ht or kht`,
  "title-unreadable": (a) =>
    a.title
      ? `the ${TITLE_VI[String(a.title)] ?? a.title} column${atEn(a)} says ${q(a.text)}: registered or not is unclear`
      : `registration ${q(a.text)}${atEn(a)} is no title a results file holds (ldtt, cstdcs, giay-khen): check it; ` +
        `leave it out if it is a higher level's award`,
  "title-guessed": (a) => `${q(a.text)}${atEn(a)} read as Chiến sĩ thi đua cơ sở (cstdcs): check`,
  "gender-unreadable": (a) => `sex ${q(a.text)}${atEn(a)} does not read: write gender: nam or nu`,
  "gender-both": (a) => `both Nam and Nữ are marked${atEn(a)}: write gender: nam or nu`,
  remark: (a) =>
    `the sheet's remark${atEn(a)}: ${q(a.text)}; if it bears on the titles, write it in its field (monthsWorked, ` +
    `discipline, underReview…)`,
  "row-repeated": (a) =>
    `row ${a.row} of the sheet is row ${a.first} again: perhaps typed twice; delete this entry if so`,
  "year-kept": (a) => `${fieldEn(a)}: the sheet gives the year ${a.year} only${atEn(a)}`,
  "column-unknown": (a) => `column ${a.column} ${q(a.heading)} is no field of a results file: skipped`,
  "column-no-header": (a) => `column ${a.column} has no heading but holds ${a.count} values: skipped`,
  "column-duplicate": (a) =>
    `column ${a.column} ${q(a.heading)} means what column ${a.first} means: only ${a.first} is read`,
  "rows-empty": (a) => `empty rows inside the table (rows ${a.rows}): skipped`,
  "row-total": (a) => `row ${a.row} is a total (${q(a.text)}): skipped`,
  "row-numbering": (a) => `row ${a.row} numbers the columns (1), (2)…: skipped`,
  "row-heading": (a) =>
    `row ${a.row} is a group heading ` +
    `${q(a.text)}${a.used ? ": the people below it belong to that tổ (unit)" : ": skipped"}`,
  "row-no-name": (a) => `row ${a.row} holds values but no name: skipped`,
  footer: (a) =>
    a.from === a.to
      ? `row ${a.from} is the signatures below the table: not read`
      : `rows ${a.from}–${a.to} are the signatures below the table: not read`,
  "no-rating-column": () =>
    "the sheet has no rating column (Xếp loại, Đánh giá, xếp loại…): each person needs a rating (htxs, htt, ht, " +
    "kht) before the file is valid",
  "legacy-text": (a) =>
    `${a.count} cells typed in a ${a.encoding} font (e.g. ${q(a.typed)}) were converted to Unicode ` +
    `(${q(a.fixed)}): check the names`,
  "decomposed-text": (a) => `${a.count} cells with decomposed marks (NFD) were rewritten composed (NFC)`,
  "name-capitals": (a) => `${a.count} names in capitals: written with capital initials (e.g. ${q(a.name)})`,
  "same-name": (a) => `${q(a.name)} is on rows ${a.rows}: ids ${a.ids}`,
};

export function staffNoteMessage(note: Pick<StaffNote, "code" | "args">, lang: Lang): string {
  return (lang === "en" ? en : vi)[note.code](note.args);
}

/** How a CSV that was not UTF-8 was read: one line of the report. */
export function csvEncodingMessage(encoding: string, lang: Lang): string {
  const vi: Record<string, string> = {
    "utf-16": "tệp CSV lưu theo UTF-16 (Unicode Text của Excel): đã đọc được",
    "windows-1258":
      "tệp CSV không phải UTF-8: đọc theo bảng mã Windows-1258 (CSV của Excel trên Windows tiếng Việt); kiểm tra " +
      "lại tên có dấu",
    tcvn3: "tệp CSV không phải UTF-8: đọc theo bảng mã TCVN3 (ABC, phông .VnTime); kiểm tra lại tên có dấu",
  };
  const en: Record<string, string> = {
    "utf-16": "the CSV is UTF-16 (Excel's Unicode Text): read",
    "windows-1258":
      "the CSV is not UTF-8: read as Windows-1258 (Excel's CSV on a Vietnamese Windows); check the names' marks",
    tcvn3: "the CSV is not UTF-8: read as TCVN3 (ABC, .VnTime fonts); check the names' marks",
  };
  return (lang === "en" ? en : vi)[encoding] ?? encoding;
}
