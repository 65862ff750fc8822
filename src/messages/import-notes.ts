// The words of `plan import`'s notes, keyed by the core's codes (core/import/notes.ts): Vietnamese for the
// "# kiểm tra:" comments and the report, English for --lang en. A code without both does not compile.
import type { ImportNoteCode, Note, NoteArgs } from "../core/import/notes.js";
import type { Lang } from "./index.js";

const q = (v: unknown): string => `“${String(v)}”`;
/** Why a phase's side was taken where it was (core/import/phase-guess.ts). */
const WHY_VI: Record<string, string> = {
  "year-from": "đầu năm học",
  "year-to": "cuối năm học",
  "neighbour-from": "nối tiếp đợt trước",
  "neighbour-to": "liền trước đợt sau",
  celebrates: "ngày chủ đề của đợt kỷ niệm",
  split: "chia đều khoảng giữa các đợt có ghi thời gian",
};
const WHY_EN: Record<string, string> = {
  "year-from": "the start of the year",
  "year-to": "the end of the year",
  "neighbour-from": "right after the phase before",
  "neighbour-to": "right before the phase after",
  celebrates: "the day its theme celebrates",
  split: "the stretch between the phases that give their times, shared out",
};
const POINT_VI: Record<string, string> = {
  week1: "thứ Hai của tuần 1 (week1)",
  start: "bắt đầu năm học (start)",
  semester1End: "kết thúc học kỳ I (semester1End)",
  semester2Start: "bắt đầu học kỳ II (semester2Start)",
  end: "kết thúc năm học (end)",
};
const POINT_EN: Record<string, string> = {
  week1: "the Monday of week 1 (week1)",
  start: "the start of the year (start)",
  semester1End: "the end of semester I (semester1End)",
  semester2Start: "the start of semester II (semester2Start)",
  end: "the end of the year (end)",
};

const vi: Record<ImportNoteCode, (a: NoteArgs) => string> = {
  "title-line-missing": () => "không thấy dòng “KẾ HOẠCH”: kiểm tra tên loại và trích yếu",
  "date-blank": (a) => `ngày ban hành để trống hoặc không đọc được (${q(a.text)}): điền khi ký`,
  "issuer-not-bold": () => "tên cơ quan không in đậm: kiểm tra cơ quan chủ quản và cơ quan ban hành",
  "issuer-missing": () => "không tìm thấy tên cơ quan ban hành: điền vào",
  "code-missing": () => "không tìm thấy dòng “Số: …/KH-…”: điền ký hiệu",
  "place-missing": () => "không tìm thấy địa danh, ngày tháng: điền vào",
  "foot-missing": () => "không thấy “Nơi nhận”: kiểm tra nơi nhận và người ký",
  "signer-name-missing": () => "không tìm thấy họ tên người ký: điền vào",
  "signer-title-missing": () => "không tìm thấy chức vụ người ký: kiểm tra",
  "recipients-missing": () => "không tìm thấy nơi nhận: điền vào",
  "legal-basis-sentence": () => "căn cứ viết cả câu (không tách được số, ngày, cơ quan): kiểm tra",
  "legal-basis-undated": () =>
    "căn cứ có số nhưng không ghi ngày ban hành: giữ cả câu; thêm ngày (kind, number, date…) nếu muốn công cụ kiểm tra",
  "legal-basis-none": () => "không thấy căn cứ nào (“Căn cứ …”): điền vào",
  "intro-missing": () => "không thấy câu dẫn sau căn cứ: điền vào",
  "content-before-heading": () => "nội dung đứng trước mục I.: kiểm tra tiêu đề mục",
  "table-as-text": () => "một bảng không phải bảng nhiệm vụ theo tháng: đã chuyển thành đoạn văn",
  "school-year-missing": () => "không thấy “năm học …” trong văn bản: kiểm tra năm học",
  "calendar-usual": (a) =>
    `văn bản không ghi mốc ${POINT_VI[a.point!] ?? a.point}; đây là ngày thường dùng (${a.date}), sửa theo lịch ` +
    `năm học của tỉnh`,
  "calendar-from-phases": (a) =>
    `văn bản không ghi mốc ${POINT_VI[a.point!] ?? a.point}; lấy ${a.date} cho khớp với thời gian các đợt, sửa ` +
    `theo lịch năm học của tỉnh`,
  "week-dates-differ": () => "ngày của các tuần học không khớp nhau (có tuần nghỉ?): kiểm tra week1 và breaks",
  "phase-time-guessed": (a) =>
    `văn bản không ghi ${a.role === "from" ? "ngày bắt đầu" : "ngày kết thúc"} của ${a.phase}; lấy ${a.date} ` +
    `(${WHY_VI[`${a.why}-${a.role}`] ?? WHY_VI[String(a.why)]}): kiểm tra`,
  "percent-disagrees": (a) => `${a.label}: văn bản ghi ${a.written}%, nhưng ${a.ratio} = ${a.correct}`,
  "percent-precision": (a) =>
    `${a.label}: văn bản ghi ${a.written}%, công cụ làm tròn ${a.ratio} = ${a.correct}: kiểm tra tỉ lệ`,
  "percent-without-total": (a) =>
    `${a.label}: văn bản ghi ${a.written}% nhưng không ghi tổng số để tính: thêm staffTotal (hoặc of) nếu muốn in ` +
    `tỉ lệ`,
};

const en: Record<ImportNoteCode, (a: NoteArgs) => string> = {
  "title-line-missing": () => "no “KẾ HOẠCH” line: check the document type and subject",
  "date-blank": (a) => `the date is blank or unreadable (${q(a.text)}): fill it in when signing`,
  "issuer-not-bold": () => "the body names are not bold: check the parent body and the issuing body",
  "issuer-missing": () => "no issuing body found: fill it in",
  "code-missing": () => "no “Số: …/KH-…” line found: fill in the code",
  "place-missing": () => "no place and date found: fill them in",
  "foot-missing": () => "no “Nơi nhận”: check the recipients and the signer",
  "signer-name-missing": () => "no signer's name found: fill it in",
  "signer-title-missing": () => "no signer's post found: check it",
  "recipients-missing": () => "no recipients found: fill them in",
  "legal-basis-sentence": () =>
    "a căn cứ kept as a sentence (its number, date and issuer could not be told apart): check it",
  "legal-basis-undated": () =>
    "a căn cứ with a number but no date: kept as a sentence; give its date (kind, number, date…) for the tool to " +
    "check it",
  "legal-basis-none": () => "no legal basis (“Căn cứ …”) found: fill them in",
  "intro-missing": () => "no introductory sentence after the căn cứ: fill it in",
  "content-before-heading": () => "content before section I.: check the section title",
  "table-as-text": () => "a table that is not the month table: turned into paragraphs",
  "school-year-missing": () => "no “năm học …” in the document: check the school year",
  "calendar-usual": (a) =>
    `the document gives no date for ${POINT_EN[a.point!] ?? a.point}; this is the usual one (${a.date}), set the ` +
    `province's calendar`,
  "calendar-from-phases": (a) =>
    `the document gives no date for ${POINT_EN[a.point!] ?? a.point}; ${a.date} fits the phases' times, set the ` +
    `province's calendar`,
  "week-dates-differ": () => "the school weeks' dates disagree with each other (a break?): check week1 and breaks",
  "phase-time-guessed": (a) =>
    `the document gives no ${a.role === "from" ? "start" : "end"} for ${a.phase}; ${a.date} taken ` +
    `(${WHY_EN[`${a.why}-${a.role}`] ?? WHY_EN[String(a.why)]}): check it`,
  "percent-disagrees": (a) => `${a.label}: the document says ${a.written}%, but ${a.ratio} = ${a.correct}`,
  "percent-precision": (a) =>
    `${a.label}: the document says ${a.written}%, the tool rounds ${a.ratio} to ${a.correct}: check the rate`,
  "percent-without-total": (a) =>
    `${a.label}: the document says ${a.written}% but gives no total to take it of: add staffTotal (or of) to ` +
    `print a rate`,
};

/** The one place an import note becomes text. */
export function importNoteMessage(note: Pick<Note, "code" | "args">, lang: Lang = "vi"): string {
  return (lang === "en" ? en : vi)[note.code](note.args ?? {});
}

/** The report's last line: what is left for the clerk, in numbers (every note is a "# kiểm tra" line in the file). */
export function importSummary(notes: number, disagreements: number, lang: Lang = "vi"): string {
  if (lang === "en")
    return (
      `Left to do: ${notes} “# kiểm tra” note${notes === 1 ? "" : "s"} in the file to check and remove; ` +
      `${disagreements} of them ${disagreements === 1 ? "is a stated number" : "are stated numbers"} the tool ` +
      `computes otherwise.`
    );
  return (
    `Còn lại: ${notes} ghi chú “# kiểm tra” trong tệp cần đối chiếu rồi xóa, trong đó ${disagreements} số liệu văn ` +
    `bản ghi khác số công cụ tính.`
  );
}
