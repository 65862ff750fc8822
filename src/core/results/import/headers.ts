// The headings a school's staff list gives its columns, as offices type them: "Họ và tên", "Họ, tên",
// "HỌ VÀ TÊN"; "Ngày, tháng, năm sinh" over "Nam" | "Nữ"; "Đánh giá, xếp loại"… A heading is compared
// after NFC, case and diacritics are set aside, and words in brackets ("Ngày sinh (dd/mm/yyyy)") dropped.
import { foldKey, legacyRun } from "../../text/letters.js";

/** What a column holds, for the results file's `staff` entries. */
export type StaffField =
  | "stt"
  | "name"
  | "surname"
  | "given"
  | "birth"
  | "birthYear"
  | "gender"
  | "male"
  | "female"
  | "post"
  | "unit"
  | "recruited"
  | "recruitedYear"
  | "rating"
  | "registered"
  | "ldtt"
  | "cstdcs"
  | "giay-khen"
  | "remark";

/** A heading as compared: folded to ASCII, lower case, one space between words ("ho va ten"). */
export function headingKey(text: string): string {
  const mended = legacyRun(text)?.fixed ?? text;
  return foldKey(mended.normalize("NFC").replace(/\([^)]*\)/gu, " "))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, " ")
    .trim();
}

// Each field's headings, as keys. A heading that starts with one of PREFIXES' forms and a space is
// that field too ("Xếp loại năm học 2024-2025", "Họ và tên cán bộ, giáo viên").
const FORMS: Readonly<Record<StaffField, readonly string[]>> = {
  stt: ["stt", "tt", "so tt", "so thu tu", "thu tu"],
  name: [
    "ho va ten",
    "ho ten",
    "ho va ten khai sinh",
    "ten can bo giao vien nhan vien",
    "ho va ten cb gv nv",
    "ho va ten cbgvnv",
    "ho ten cbgvnv",
  ],
  surname: ["ho", "ho dem", "ho va dem", "ho va ten dem", "ho va chu dem", "ho chu dem"],
  given: ["ten"],
  birth: ["ngay sinh", "ngay thang nam sinh", "ngay thang sinh", "sinh ngay", "ngay sinh thang sinh nam sinh"],
  birthYear: ["nam sinh"],
  gender: ["gioi tinh", "gioi", "gt", "nam nu", "nam hay nu", "phai"],
  male: [],
  female: [],
  post: ["chuc vu", "chuc danh", "chuc vu chuc danh", "chuc danh chuc vu", "chuc vu hien nay", "vi tri viec lam"],
  unit: [
    "to",
    "to chuyen mon",
    "to cm",
    "to bo phan",
    "to chuyen mon bo phan",
    "to cong tac",
    "thuoc to",
    "bo phan",
    "bo phan cong tac",
    "don vi",
    "don vi cong tac",
    "khoi",
    "to khoi",
  ],
  recruited: [
    "ngay tuyen dung",
    "ngay thang nam tuyen dung",
    "thoi gian tuyen dung",
    "ngay vao nganh",
    "ngay thang nam vao nganh",
    "thoi gian vao nganh",
    "ngay bat dau cong tac",
  ],
  recruitedYear: ["nam vao nganh", "nam tuyen dung", "nam bat dau cong tac"],
  rating: [
    "xep loai",
    "danh gia xep loai",
    "danh gia",
    "ket qua danh gia",
    "ket qua xep loai",
    "ket qua danh gia xep loai",
    "xep loai danh gia",
    "xep loai chat luong",
    "muc xep loai",
    "muc do hoan thanh nhiem vu",
  ],
  registered: [
    "dang ky danh hieu",
    "dang ky thi dua",
    "dang ky danh hieu thi dua",
    "danh hieu dang ky",
    "danh hieu thi dua dang ky",
    "dang ky",
  ],
  ldtt: ["ldtt", "lao dong tien tien"],
  cstdcs: ["cstdcs", "cstd cs", "chien si thi dua co so"],
  "giay-khen": ["giay khen", "gk"],
  remark: ["ghi chu"],
};

const PREFIXES: readonly [StaffField, string][] = [
  ["name", "ho va ten"],
  ["name", "ho ten"],
  ["rating", "xep loai"],
  ["rating", "danh gia xep loai"],
  ["rating", "ket qua danh gia"],
  ["rating", "ket qua xep loai"],
  ["registered", "dang ky danh hieu"],
  ["registered", "dang ky thi dua"],
  ["registered", "danh hieu dang ky"],
  ["birth", "ngay thang nam sinh"],
  ["recruited", "ngay tuyen dung"],
  ["recruited", "ngay vao nganh"],
  ["remark", "ghi chu"],
];

const BY_KEY = new Map<string, StaffField>();
for (const [field, forms] of Object.entries(FORMS) as [StaffField, readonly string[]][])
  for (const form of forms) BY_KEY.set(form, field);

/** The field a heading names, or undefined for a column plan does not read ("Trình độ chuyên môn"). */
export function headingField(text: string): StaffField | undefined {
  const marked = text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/[^\p{L}]+/gu, "");
  // "Nam" and "Năm" fold alike: the sex is told by its marks ("Nữ", or "Nu" typed without them).
  if (marked === "nam") return "male";
  if (marked === "nữ" || marked === "nu") return "female";
  const key = headingKey(text);
  if (!key) return undefined;
  const exact = BY_KEY.get(key);
  if (exact) return exact;
  for (const [field, prefix] of PREFIXES) if (key.startsWith(`${prefix} `)) return field;
  return undefined;
}

/** The fields a heading above others groups: its sub-headings tell the columns ("Ngày sinh" over Nam | Nữ). */
export const GROUP_FIELDS: ReadonlySet<StaffField> = new Set(["birth", "birthYear", "gender", "registered"]);

/** Sub-headings that only make sense under a group: the sex columns and the titles marked with an x. */
export const SUB_FIELDS: ReadonlySet<StaffField> = new Set(["male", "female", "ldtt", "cstdcs", "giay-khen"]);
