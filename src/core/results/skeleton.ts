// `plan results init --from plan.yaml`: a commented results file to fill in, made from the plan (its
// school, its staff total, its targets), which validates as soon as the placeholders are replaced.
import type { Plan } from "../plan.js";
import { REGIME_DATES } from "./regime.js";

/**
 * Who the skeleton's tờ trình is addressed to (rules/authority.ts says who may decide): the Giám đốc Sở for
 * a THPT; for MN/TH/THCS the Chủ tịch UBND of the chủ quản's unit, the district (huyện, thành phố thuộc tỉnh)
 * when the year's bình xét falls before 01/7/2025, the xã/phường after. A chủ quản written as the Phòng
 * GD&ĐT names its district: its head is a Trưởng phòng, never a Chủ tịch, and the decision is the UBND's.
 */
export function skeletonAuthority(plan: Plan): string {
  if (plan.level === "thpt") return "Giám đốc Sở Giáo dục và Đào tạo";
  const parent = plan.document.parentBody ?? "";
  const commune = /^(UBND|Ủy ban nhân dân)\s+(xã|phường|đặc khu)\s/iu.test(parent);
  if (plan.calendar.end >= REGIME_DATES.decree152) return commune ? `Chủ tịch ${parent}` : "Chủ tịch UBND xã/phường";
  const district = /^Phòng\s+(GD&ĐT|GDĐT|Giáo dục và Đào tạo|Giáo dục - Đào tạo)\s+(.+)$/iu.exec(parent)?.[2];
  if (district) return `Chủ tịch UBND ${district}`;
  if (/^(UBND|Ủy ban nhân dân)\s/iu.test(parent)) return `Chủ tịch ${parent}`;
  return "Chủ tịch UBND huyện/thành phố";
}

/** The skeleton's text; `planPath` is the plan's path as seen from the results file's folder. */
export function resultsSkeleton(plan: Plan, planPath: string, schemaLink: string): string {
  return [
    ...resultsIntro(plan, planPath, schemaLink),
    "# Điền theo thứ tự của năm: đăng ký → xếp loại → họp tổ → họp Hội đồng → tờ trình → quyết định.",
    // Not "# Kiểm tra: …": a comment that starts so is a note for the clerk to clear (text/review-note).
    "# Sửa xong thì chạy plan validate <tệp này>. Mỗi người một dòng trong staff; mã (id) viết thường, không dấu.",
    ...resultsSettings(plan, planPath),
    "staff:",
    "  - id: ht01",
    `    name: ${plan.signer.name}`,
    "    post: Hiệu trưởng",
    "    unit: to-1",
    "    leader: true",
    "    rating: htt               # htxs | htt | ht | kht",
    "    registered: [ldtt]",
    "",
    "collectives:",
    "  - id: truong",
    `    name: ${plan.document.issuingBody}`,
    "    members: all",
    "    registered: [ttldtt]",
    "  - id: to-1",
    "    name: Tổ 1                # tên tổ; thành viên là những người có unit: to-1",
    "    registered: [ttldtt]",
    "",
    ...resultsCouncil(plan, "ht01"),
  ].join("\n");
}

/** The editor's schema link and what the file is: the school, its year, its plan and the plan's targets. */
export function resultsIntro(plan: Plan, planPath: string, schemaLink: string): string[] {
  const total = plan.targets.staffTotal;
  const targets = plan.targets.individual
    .filter((t) => t.title === "ldtt" || t.title === "cstdcs" || t.title === "giay-khen")
    .map((t) => `${t.title} ${t.count}`);
  return [
    `# yaml-language-server: $schema=${schemaLink}`,
    `# Kết quả thi đua, khen thưởng năm học ${plan.schoolYear} của ${plan.document.issuingBody}.`,
    `# Kế hoạch: ${planPath}${total !== undefined ? ` (tổng số ${total} người)` : ""}` +
      `${targets.length ? `; chỉ tiêu: ${targets.join(", ")}` : ""}.`,
  ];
}

/** From `kind:` to `ratingDate:`: the link to the plan, the policy to copy from the school's rules, the dates. */
export function resultsSettings(plan: Plan, planPath: string): string[] {
  return [
    "kind: results",
    "formatVersion: 1",
    `plan: ${planPath}`,
    "",
    "policy:                       # giá trị của quy chế trường hoặc của tỉnh: pháp luật không quy định chung",
    "  voteThreshold: { ldtt: 50, cstdcs: 70, ttldtt: 50, ttldxs: 70 }   # VÍ DỤ: chép từ quy chế",
    "  baseSalary: 2340000         # mức lương cơ sở (đồng): kiểm tra mức hiện hành",
    "  source: Quy chế thi đua, khen thưởng của trường",
    "",
    "registration:",
    `  date: ${plan.calendar.start}            # ngày tổng hợp đăng ký thi đua`,
    `ratingDate: ${plan.calendar.end}           # ngày thông báo kết quả xếp loại viên chức`,
    "",
  ];
}

/** The council with its chair, and the meeting and the proposals still to come, as comments. */
export function resultsCouncil(plan: Plan, chair: string): string[] {
  const authority = skeletonAuthority(plan);
  return [
    "council:",
    "  members:",
    `    - { staff: ${chair}, role: chu-tich }   # thư ký không bỏ phiếu thì thêm votes: false`,
    "",
    "# meeting:                   # khi họp Hội đồng: ngày, có mặt, phiếu, kết quả kiểm phiếu",
    `#   date: ${plan.calendar.end}`,
    `#   present: [${chair}]`,
    "#   ballots: { issued: 1, returned: 1, valid: 1 }",
    "#   tallies:",
    `#     - { candidate: ${chair}, title: ldtt, yes: 1, no: 0 }`,
    "# proposals:                 # tờ trình đề nghị, mỗi danh hiệu một mục",
    `#   - { number: "", date: ${plan.calendar.end}, to: ${authority}, title: ldtt, candidates: [${chair}] }`,
    "",
  ];
}
