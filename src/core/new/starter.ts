// `plan init`: a complete, valid starter plan for a level and a school year, with comments a clerk
// can follow. The calendar follows the national frame (tựu trường late August, HK I ends mid-January,
// the year ends before 31/5); the comments say to correct it from the province's decision.
import type { Plan } from "../plan.js";
import { defaultCalendar } from "../plan-defaults.js";

export type Level = NonNullable<Plan["level"]>;

const LEVEL: Record<Exclude<Level, "khac">, { school: string; parent: string; code: string }> = {
  "mam-non": { school: "Trường Mầm non", parent: "UBND phường (xã) …", code: "KH-TrMN" },
  "tieu-hoc": { school: "Trường Tiểu học", parent: "UBND phường (xã) …", code: "KH-TrTH" },
  thcs: { school: "Trường THCS", parent: "UBND phường (xã) …", code: "KH-THCS" },
  thpt: { school: "Trường THPT", parent: "Sở Giáo dục và Đào tạo tỉnh …", code: "KH-THPT" },
};

export interface StarterOptions {
  level: Exclude<Level, "khac">;
  /** The school's full name; defaults to the level's kind of school and a placeholder. */
  school?: string;
  /** First calendar year of the school year: 2025 for 2025-2026. */
  startYear: number;
  /** The modeline's path to the schema, relative to the new file. */
  schemaPath: string;
}

const q = (s: string): string => JSON.stringify(s);

/**
 * NĐ 98/2023 was replaced by NĐ 152/2025 from 01/07/2025 (tdkt-rules.md §0); its date is not confirmed, so it is left
 * for the clerk.
 */
function decreeBasis(startYear: number): string {
  return startYear >= 2025
    ? `  - kind: Nghị định
    number: 152/2025/NĐ-CP     # thêm "date:" (ngày ban hành) khi đã đối chiếu văn bản
    issuer: Chính phủ
    title: quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng`
    : `  - kind: Nghị định
    number: 98/2023/NĐ-CP
    date: 2023-12-31
    issuer: Chính phủ
    title: quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng`;
}

export function starterPlan(o: StarterOptions): string {
  const y = o.startYear;
  const n = y + 1;
  const year = `${y}-${n}`;
  const level = LEVEL[o.level];
  const school = o.school ?? `${level.school} …`;
  const calendar = defaultCalendar(y);
  // Sentences of the file kept whole on their lines (a clerk reads them as typed), built here to fit the code's width.
  const purpose =
    "Đẩy mạnh phong trào thi đua yêu nước, động viên cán bộ, giáo viên, nhân viên hoàn thành xuất sắc nhiệm " +
    `vụ năm học ${year}.`;
  const owner = school.replace(/^Trường/u, "trường");
  return `# yaml-language-server: $schema=${o.schemaPath}
#
# KẾ HOẠCH THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM HỌC ${year}
# Tệp mẫu do "plan init" tạo. Sửa các chỗ có dấu "…" và các số có ghi chú "# ví dụ", rồi kiểm tra:  plan validate <tệp>
#  - Chỉ nhập giá trị: công cụ tự đánh số mục, tự tính tỉ lệ %, tự viết ngày tháng.
#  - Ngày viết dạng năm-tháng-ngày: ${y}-09-05 là ngày 05 tháng 9 năm ${y}.
#  - Dòng chữ có dấu hai chấm ở cuối hoặc ": " ở giữa phải đặt trong dấu nháy kép "…".
formatVersion: 2
level: ${o.level}

document:
  parentBody: ${q(level.parent)}     # cơ quan chủ quản trực tiếp
  issuingBody: ${q(school)}
  number: ""                  # văn thư cấp số sau khi ký
  code: ${level.code}            # ký hiệu: KH-<chữ viết tắt tên trường>
  place: "…"                  # địa danh: tên xã, phường nơi trường đóng
  date: ${y}-09-15            # ngày ban hành
  subject: Thực hiện công tác thi đua, khen thưởng năm học ${y} - ${n}

legalBases:                   # căn cứ: mỗi mục một văn bản
  - kind: Luật
    title: Thi đua, khen thưởng
    date: 2022-06-15
${decreeBasis(y)}
  - kind: Thông tư
    number: 29/2023/TT-BGDĐT
    date: 2023-12-29
    issuer: Bộ Giáo dục và Đào tạo
    title: quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng đối với ngành Giáo dục

intro: ${q(`${school} xây dựng Kế hoạch thực hiện công tác thi đua, khen thưởng năm học ${year}, cụ thể như sau:`)}

schoolYear: ${year}
calendar:                     # sửa theo quyết định kế hoạch thời gian năm học của UBND tỉnh
  start: ${calendar.start}            # tựu trường
  semester1End: ${calendar.semester1End}     # kết thúc học kỳ I
  semester2Start: ${calendar.semester2Start}   # bắt đầu học kỳ II
  end: ${calendar.end}              # kết thúc năm học

phases:                       # các đợt liền nhau, không để ngày nào ngoài đợt
  - theme: Thi đua lập thành tích chào mừng ngày Nhà giáo Việt Nam 20/11
    from: start
    to: ${y}-11-20
  - from: ${y}-11-21
    to: semester1End
  - from: semester2Start
    to: ${n}-03
  - from: ${n}-04
    to: end

targets:
  staffTotal: 30              # ví dụ 30: tổng số cán bộ, giáo viên, nhân viên của trường
  rounding: { decimals: 1, mode: half-up }
  individual:
    - title: ldtt             # Lao động tiên tiến
      count: 28               # ví dụ 28: số đăng ký của trường
    - title: cstdcs           # Chiến sĩ thi đua cơ sở
      count: 5                # ví dụ 5
  collective:
    - title: ttldtt           # Tập thể lao động tiên tiến

timeline:                     # mỗi tháng một mục; "phase: 2" là dòng giới thiệu Đợt 2
  - month: 9
    activities:
      - phase: 1
      - Thành lập Hội đồng Thi đua - Khen thưởng năm học ${year}.
      - Ký giao ước thi đua tại Hội nghị viên chức, người lao động.
  - month: 11
    activities:
      - phase: 2
      - Tổ chức các hoạt động chào mừng ngày Nhà giáo Việt Nam 20/11.
  - month: 1
    activities:
      - phase: 3
      - Sơ kết phong trào thi đua học kỳ I.
  - month: 4
    activities:
      - phase: 4
  - month: 5
    activities:
      - Tổ chức bình xét danh hiệu thi đua, hình thức khen thưởng cuối năm học.

sections:                     # các mục I., II., … (không gõ số mục)
  - title: Mục đích, yêu cầu
    sections:
      - title: Mục đích
        body:
          - ${purpose}
      - title: Yêu cầu
        body:
          - Việc khen thưởng phải đảm bảo chính xác, công khai, công bằng, dân chủ và kịp thời.
  - title: Nội dung thi đua và chỉ tiêu
    sections:
      - text: "Tổ chức phong trào thi đua theo các đợt như sau:"
        body:
          - insert: phases
      - title: Chỉ tiêu thi đua
        sections:
          - title: "Cá nhân:"
            body:
              - insert: targets.individual
          - title: "Tập thể:"
            body:
              - insert: targets.collective
  - title: Nhiệm vụ cụ thể và thời gian thực hiện
    body:
      - insert: timeline
  - title: Tổ chức thực hiện
    body:
      - Toàn thể cán bộ, giáo viên, nhân viên có trách nhiệm thực hiện Kế hoạch.

closing: Trên đây là Kế hoạch thực hiện công tác thi đua, khen thưởng năm học ${year} của ${owner}.

recipients:                   # không gõ "-" và ";" — công cụ tự thêm
  - Cán bộ, giáo viên, nhân viên (để t/h)
  - "Lưu: VT"

signer:
  title: Hiệu trưởng
  name: "…"
`;
}
