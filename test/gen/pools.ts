// What generated plans are made of: the names, sentences and căn cứ of real plans (the seed, the examples,
// the five), recombined. Nothing here is read by import; it only has to read like a clerk's plan.
import type { LegalBasis } from "../../src/core/plan.js";

export type Rand = () => number;
export const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
export const chance = (rand: Rand, p: number): boolean => rand() < p;
export const between = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
/** Some of a list, in its order. */
export const some = <T>(rand: Rand, list: readonly T[], lo: number, hi: number): T[] => {
  const n = Math.min(list.length, between(rand, lo, hi));
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(rand() * list.length));
  return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
};

export const PLACES = [
  "Thanh Minh",
  "Nậm Pồ",
  "Mường Chà",
  "Tuần Giáo",
  "Nam Thanh",
  "Ẳng Nưa",
  "Him Lam",
  "Noong Bua",
  "Tân Thanh",
  "Mường Thanh",
  "Pú Nhi",
  "Thanh Xương",
];
export const DISTRICTS = [
  "huyện Mường Chà",
  "huyện Tuần Giáo",
  "huyện Điện Biên",
  "thành phố Điện Biên Phủ",
  "huyện Mường Ảng",
  "thị xã Mường Lay",
  "huyện Nậm Pồ",
];
export const PEOPLE = [
  "Nguyễn Văn Bình",
  "Lò Thị Hoa",
  "Trần Quốc Toản",
  "Vàng A Dình",
  "Lê Thị Hồng",
  "Quàng Văn Sơn",
  "Đỗ Thị Mai",
  "Phạm Minh Đức",
  "Cà Thị Xuân",
  "Hoàng Văn Nam",
];

/** Each level's school names: the body's spelling, the header's capitals (long or short), the code's tail. */
export const LEVELS = {
  "mam-non": { body: "Trường Mầm non", long: "TRƯỜNG MẦM NON", short: "TRƯỜNG MẦM NON", code: "MN" },
  "tieu-hoc": { body: "Trường Tiểu học", long: "TRƯỜNG TIỂU HỌC", short: "TRƯỜNG TIỂU HỌC", code: "TH" },
  thcs: { body: "Trường THCS", long: "TRƯỜNG TRUNG HỌC CƠ SỞ", short: "TRƯỜNG THCS", code: "THCS" },
  thpt: { body: "Trường THPT", long: "TRƯỜNG TRUNG HỌC PHỔ THÔNG", short: "TRƯỜNG THPT", code: "THPT" },
} as const;

/** Căn cứ as fields or sentences, with the year they appeared (none may postdate a plan). */
export const LEGAL_BASES: { year: number; basis: LegalBasis }[] = [
  { year: 2022, basis: { kind: "Luật", title: "Thi đua, khen thưởng", date: "2022-06-15" } },
  { year: 2022, basis: { kind: "Luật", title: "Thi đua, khen thưởng", number: "06/2022/QH15", date: "2022-06-15" } },
  {
    year: 2023,
    basis: {
      kind: "Nghị định",
      number: "98/2023/NĐ-CP",
      date: "2023-12-31",
      issuer: "Chính phủ",
      title: "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    },
  },
  {
    year: 2023,
    basis: {
      kind: "Thông tư",
      number: "29/2023/TT-BGDĐT",
      date: "2023-12-29",
      issuer: "Bộ Giáo dục và Đào tạo",
      title: "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng đối với ngành Giáo dục",
    },
  },
  {
    year: 2024,
    basis: {
      kind: "Thông tư",
      number: "01/2024/TT-BNV",
      date: "2024-02-24",
      issuer: "Bộ Nội vụ",
      title: "quy định biện pháp thi hành Luật Thi đua, khen thưởng",
    },
  },
  {
    year: 2024,
    basis: {
      kind: "Quyết định",
      number: "05/2024/QĐ-UBND",
      date: "2024-03-29",
      issuer: "UBND tỉnh",
      title: "ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Điện Biên",
    },
  },
  {
    year: 2023,
    basis: {
      kind: "văn bản",
      number: "888/NV-TĐKT",
      date: "2023-12-15",
      issuer: "Phòng Nội vụ thành phố Điện Biên Phủ",
      title: "về việc tổng kết công tác Thi đua, Khen thưởng năm 2023",
    },
  },
  {
    year: 2012,
    basis: {
      kind: "Kế hoạch",
      number: "01/2012/KHTĐ-THA5",
      date: "2012-09-05",
      issuer: "Hội đồng Thi đua - Khen thưởng",
      title: "về tổ chức thi đua thường xuyên",
    },
  },
  {
    year: 2020,
    basis: "Chỉ thị số 23-CT/TU của Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng",
  },
  { year: 2000, basis: "Kế hoạch giáo dục năm học {year} của {school}" },
  { year: 2000, basis: "kết quả thực hiện công tác thi đua, khen thưởng năm học {previous} của {school}" },
];

export const PURPOSES = [
  "Đẩy mạnh phong trào thi đua yêu nước, tạo động lực động viên, khuyến khích cán bộ, giáo viên, nhân viên phát " +
    "huy truyền thống, hăng hái thi đua, năng động, sáng tạo.",
  "Tạo khí thế thi đua sôi nổi trong toàn trường, góp phần hoàn thành xuất sắc nhiệm vụ năm học.",
  "Phát huy phong trào “Dạy tốt - Học tốt”, xây dựng “Trường học hạnh phúc”, gắn với các cuộc vận động của ngành.",
  "Nâng cao chất lượng công tác thi đua, khen thưởng, chú trọng phát hiện, nhân rộng các điển hình tiên tiến.",
  "Tổ chức phong trào thi đua phải thiết thực, sâu rộng, bám sát nhiệm vụ của đơn vị, tránh hình thức.",
  "Việc bình xét thi đua phải công khai, dân chủ, đúng người, đúng thành tích; khen thưởng kịp thời, chính xác.",
  "Kết hợp phong trào thi đua thường xuyên với thi đua theo đợt, theo chuyên đề, tạo động lực hoàn thành nhiệm vụ " +
    "được giao.",
  "Khen thưởng phải đảm bảo chính xác, công khai, công bằng và đúng quy định của pháp luật.",
];

export const TASKS = [
  "Xây dựng kế hoạch, phát động thi đua theo từng đợt; sơ kết, tổng kết thi đua.",
  "Đăng ký thi đua, theo dõi, đánh giá kết quả thi đua của tổ viên; báo cáo Ban giám hiệu cuối mỗi tháng.",
  "Phối hợp với Công đoàn, Đoàn Thanh niên tổ chức các hoạt động hưởng ứng phong trào thi đua.",
  "Tuyên truyền, phổ biến các văn bản về thi đua, khen thưởng đến toàn thể cán bộ, giáo viên, nhân viên.",
  "Thực hiện tốt các cuộc vận động và phong trào thi đua do các cấp phát động trong năm học.",
  "Đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin trong giảng dạy và quản lý.",
  "Giữ gìn kỷ cương, nền nếp dạy học; thực hiện nghiêm quy chế chuyên môn.",
  "Hoàn thiện hồ sơ đề nghị khen thưởng đúng thời gian, đúng quy trình.",
];

/** Phase themes, each with the anniversary it celebrates (day, month, base year). */
export const THEMES: { text: (year: number) => string; day: number; month: number }[] = [
  {
    text: (y) => `Thi đua lập thành tích chào mừng ${y - 1982} năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/${y})`,
    day: 20,
    month: 11,
  },
  {
    text: (y) =>
      `Thi đua chào mừng ${y - 1944} năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/${y})`,
    day: 22,
    month: 12,
  },
  {
    text: (y) => `Thi đua chào mừng ${y - 1930} năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/${y})`,
    day: 3,
    month: 2,
  },
  {
    text: (y) =>
      `Thi đua chào mừng ${y - 1975} năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/${y})`,
    day: 30,
    month: 4,
  },
  { text: () => "Thi đua dạy tốt, học tốt, hoàn thành chương trình năm học", day: 0, month: 0 },
  { text: () => "Thi đua mừng Đảng, mừng Xuân", day: 0, month: 0 },
];

export const ACTIVITIES: Record<number, string[]> = {
  9: ["Phát động thi đua năm học; ký giao ước thi đua.", "Tổ chức Hội nghị viên chức, người lao động."],
  10: ["Thi đua chào mừng ngày Phụ nữ Việt Nam 20/10.", "Kiểm tra nội bộ các tổ chuyên môn."],
  11: ["Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11.", "Sơ kết đợt thi đua thứ nhất."],
  12: ["Thi đua chào mừng ngày thành lập Quân đội nhân dân Việt Nam 22/12.", "Ôn tập, kiểm tra cuối học kỳ I."],
  1: ["Sơ kết học kỳ I; phát động thi đua học kỳ II.", "Đánh giá, xếp loại học sinh học kỳ I."],
  2: ["Thi đua mừng Đảng, mừng Xuân.", "Tổ chức các hoạt động vui Xuân an toàn."],
  3: ["Thi đua chào mừng ngày Quốc tế Phụ nữ và ngày thành lập Đoàn.", "Hội thi giáo viên dạy giỏi cấp trường."],
  4: ["Thi đua chào mừng ngày giải phóng miền Nam.", "Ôn tập, kiểm tra cuối năm học."],
  5: ["Tổng kết năm học; bình xét danh hiệu thi đua.", "Hoàn thiện hồ sơ đề nghị khen thưởng."],
};

export const FREE_COLLECTIVE = ["Liên đội mạnh cấp huyện", "Thư viện đạt chuẩn", "Tổ chuyên môn xuất sắc"];
export const FREE_INDIVIDUAL = [
  "Giáo viên dạy giỏi cấp trường",
  "Giáo viên chủ nhiệm giỏi",
  "Sáng kiến được công nhận cấp cơ sở",
];
export const GROUP_TARGETS = {
  "học sinh": [
    "Học sinh hoàn thành chương trình lớp học",
    "Học sinh đạt danh hiệu Học sinh Xuất sắc",
    "Học sinh được lên lớp",
    "Học sinh tốt nghiệp",
  ],
  giải: ["Học sinh giỏi cấp huyện", "Học sinh giỏi cấp tỉnh", "Giải thể thao Hội khỏe Phù Đổng"],
  lớp: ["Lớp tiên tiến", "Chi đội mạnh"],
  trường: ["Tập thể lao động xuất sắc", "Tập thể lao động tiên tiến", "Trường đạt chuẩn quốc gia"],
} as const;

/** Sentences on the commendation itself: the section most plans give its own heading. */
export const REWARDS = [
  "Việc xét tặng danh hiệu thi đua, hình thức khen thưởng được thực hiện theo quy định của Luật Thi đua, khen " +
    "thưởng và các văn bản hướng dẫn hiện hành.",
  "Hội đồng Thi đua - Khen thưởng nhà trường tổ chức bình xét công khai, dân chủ vào cuối năm học trên cơ sở kết " +
    "quả đánh giá, xếp loại viên chức.",
  "Chú trọng khen thưởng cá nhân trực tiếp giảng dạy, người lao động và các tập thể nhỏ có thành tích xuất sắc " +
    "trong phong trào thi đua.",
  "Kịp thời biểu dương, khen thưởng đột xuất các tập thể, cá nhân có thành tích tiêu biểu trong các cuộc thi, hội " +
    "thi các cấp.",
  "Hồ sơ đề nghị khen thưởng được hoàn thiện đúng thời gian, đúng quy trình và gửi về cấp trên theo hướng dẫn.",
  "Thực hiện tốt công tác tuyên truyền, nhân rộng các gương điển hình tiên tiến, người tốt, việc tốt trong nhà trường.",
  "Không xét danh hiệu thi đua đối với cá nhân bị kỷ luật từ hình thức khiển trách trở lên trong năm học.",
  "Kinh phí khen thưởng được trích từ nguồn ngân sách được giao và các nguồn kinh phí hợp pháp khác.",
];
