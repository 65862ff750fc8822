// Word plans typed the way issue 23 found them in the wild, of every level and an education office, each
// combining the shapes the issue lists: a phase given only a theme, a time in brackets before the colon,
// "tuần học thứ 27", a staff heading with its total and counts in đồng chí, a căn cứ number with stray spaces,
// the issuing body in capitals spelt short in the body, a bold numbered sentence, a TM. signer with a second
// post line, "18/27 lớp." with no rate, a group's second counted unit, Word lists, tab-line headers, NBSP,
// smart quotes, a page-broken month table, no closing. Each carries what import must give back.
import type { Bound } from "../src/core/plan.js";
import { DocBuilder } from "./docx-builder.js";

export interface Shape {
  name: string;
  bytes: Uint8Array;
  source: string[];
  expect: {
    level: string;
    issuingBody: string;
    staffTotal?: number;
    individual: { count: number; title?: string; name?: string; fraction?: boolean }[];
    collective: number;
    groups: {
      id?: string;
      total?: number;
      targets: { count: number; of?: number; percent?: boolean; fraction?: boolean }[];
    }[];
    /** The time each phase writes before its colon, if any. */
    when?: (string | undefined)[];
    phases: [Bound, Bound][];
    legalBases: number;
    /** Căn cứ that must be read into fields: index → number and date. */
    fields: Record<number, { number?: string; date?: string; issuer?: string }>;
    months: number;
    recipients: number;
    signer: { authority?: string; for?: string; title: string; post?: string; name: string };
    /** The document's own findings: the only codes validate may report on the imported plan. */
    findings: string[];
    /** Stated rates that disagree with the computation. */
    disagreements: number;
  };
}

const HEADER = (b: DocBuilder, parent: string, issuer: string[], number: string, placeDate: string): void => {
  b.table(
    [
      [
        [parent, ...issuer],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
      ],
      [[number], [placeDate]],
    ],
    { widths: [3800, 5200], bold: (r, c, k) => (r === 0 && c === 0 ? k > 0 : r === 0 && c === 1) },
  );
};

const months = (rows: [string, string[]][]): string[][][] => [
  [["Thời gian"], ["Nội dung công việc"]],
  ...rows.map(([m, items]): string[][] => [[m], items]),
];

/** THCS: the issue's own shapes, nearly all in one plan. */
async function thanhMinh(): Promise<Shape> {
  const b = new DocBuilder();
  HEADER(
    b,
    "PHÒNG GD&ĐT HUYỆN MƯỜNG CHÀ",
    ["TRƯỜNG TRUNG HỌC CƠ SỞ", "THANH MINH"],
    "Số: 45/KH-THCSTM",
    "Thanh Minh, ngày 20 tháng 9 năm 2024",
  );
  b.para("KẾ HOẠCH", { bold: true, align: "center" })
    .para("Thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025", { bold: true, align: "center" })
    .para("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;")
    .para(
      "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của " +
        "Luật Thi đua, khen thưởng;",
    )
    .para(
      "Căn cứ Quyết định số 05/2024/QĐ- UBND, ngày 29/3/2024 của UBND tỉnh ban hành Quy định về công tác thi đua, " +
        "khen thưởng trên địa bàn tỉnh Điện Biên;",
    )
    .para(
      "Căn cứ Kế hoạch số 01/ 2012/KHTĐ–THA5 ngày 05/9/2012 của Hội đồng Thi đua - Khen thưởng về tổ chức thi đua " +
        "thường xuyên;",
    )
    .para(
      "Trường THCS Thanh Minh xây dựng Kế hoạch thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025 như sau:",
    )
    .para("I. MỤC ĐÍCH, YÊU CẦU", { bold: true })
    .para("1. Mục đích", { bold: true })
    .para("- Tạo khí thế thi đua sôi nổi trong toàn trường, góp phần hoàn thành xuất sắc nhiệm vụ năm học.")
    .para("2. Yêu cầu", { bold: true })
    .para("- Bình xét thi đua công khai, dân chủ, đúng người, đúng thành tích.")
    .para("II. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA", { bold: true })
    .para("1. Tổ chức phát động phong trào thi đua trong toàn trường theo các đợt sau đây.", { bold: true })
    .para(
      "- Đợt 1: Phát động phong trào thi đua lập thành tích chào mừng 42 năm ngày Nhà giáo Việt Nam (20/11/1982 - " +
        "20/11/2024).",
    )
    .para(
      "- Đợt 2 (tuần 12 đến hết tuần 18): Thi đua chào mừng 80 năm Ngày thành lập Quân đội nhân dân Việt Nam " +
        "(22/12/1944 - 22/12/2024).",
    )
    .para(
      "- Đợt 3 (tuần 19 đến hết tuần 26): Thi đua chào mừng 95 năm Ngày thành lập Đảng Cộng sản Việt Nam " +
        "(03/02/1930 - 03/02/2025).",
    )
    .para(
      "- Đợt 4: Từ tuần học thứ 27 đến kết thúc năm học, thi đua chào mừng 50 năm Ngày giải phóng miền Nam, thống " +
        "nhất đất nước (30/4/1975 - 30/4/2025).",
    )
    .para("2. Chỉ tiêu thi đua", { bold: true })
    .para("2.1. Đối với cá nhân (tổng số 42 CB, GV, NV):", { bold: true })
    .para("- Lao động tiên tiến: 36 đồng chí.")
    .para("- Chiến sĩ thi đua cơ sở: 05 đồng chí.")
    .para("- Giấy khen của Chủ tịch UBND huyện: 04 đồng chí.")
    .para("2.2. Đối với tập thể:", { bold: true })
    .para("- Nhà trường: Tập thể lao động tiên tiến")
    .para("- Công đoàn cơ sở vững mạnh xuất sắc")
    .para("- Chi đoàn vững mạnh")
    .para("2.3. Đối với học sinh (tổng số 1.085 học sinh, 27 lớp):", { bold: true })
    .para("- Lớp tiên tiến: 18/27 lớp.")
    .para("- Học sinh giỏi cấp huyện: 30 giải, trong đó ít nhất 4 giải Nhất.")
    .para("III. TỔ CHỨC THỰC HIỆN", { bold: true })
    .para("1. Ban giám hiệu", { bold: true })
    .para("- Xây dựng kế hoạch, phát động thi đua theo từng đợt; sơ kết, tổng kết thi đua.")
    .para("2. Lịch thực hiện", { bold: true })
    .table(
      months([
        ["Tháng 9", ["- Phát động thi đua năm học; ký giao ước thi đua."]],
        ["Tháng 11", ["- Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11."]],
        ["Tháng 01", ["- Sơ kết học kỳ I."]],
        ["Tháng 5", ["- Tổng kết năm học; bình xét danh hiệu thi đua."]],
      ]),
      { borders: true, widths: [1800, 7200] },
    )
    .para(
      "Trên đây là Kế hoạch thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025 của Trường THCS Thanh Minh./.",
    )
    .table(
      [
        [
          ["Nơi nhận:", "- Phòng GD&ĐT;", "- Các tổ chuyên môn;", "- Lưu: VT."],
          ["TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CHỦ TỊCH", "HIỆU TRƯỞNG", "", "", "Nguyễn Văn Bình"],
        ],
      ],
      { widths: [4000, 5000], bold: (_r, c, k) => c === 1 || k === 0 },
    );
  return {
    name: "thcs-thanh-minh",
    bytes: await b.build(),
    source: b.source,
    expect: {
      level: "thcs",
      issuingBody: "Trường THCS Thanh Minh",
      staffTotal: 42,
      individual: [
        { count: 36, title: "ldtt" },
        { count: 5, title: "cstdcs" },
        { count: 4, title: "giay-khen" },
      ],
      collective: 3,
      groups: [{ total: 1085, targets: [{ count: 18, fraction: true }, { count: 30 }] }],
      phases: [
        ["start", { week: 11 }],
        [{ week: 12 }, { week: 18 }],
        [{ week: 19 }, { week: 26 }],
        [{ week: 27 }, "end"],
      ],
      when: [undefined, "tuần 12 đến hết tuần 18", "tuần 19 đến hết tuần 26", undefined],
      legalBases: 4,
      fields: {
        2: { number: "05/2024/QĐ-UBND", date: "2024-03-29", issuer: "UBND tỉnh" },
        3: { number: "01/2012/KHTĐ-THA5", date: "2012-09-05" },
      },
      months: 4,
      recipients: 3,
      signer: {
        authority: "TM.",
        for: "Hội đồng thi đua - khen thưởng",
        title: "Chủ tịch",
        post: "Hiệu trưởng",
        name: "Nguyễn Văn Bình",
      },
      findings: [],
      disagreements: 0,
    },
  };
}

/**
 * Mầm non: Word's own lists, the header on tab lines with no bold, months for phases, "Cá nhân: tổng số 64", no
 * closing.
 */
async function hoaSen(): Promise<Shape> {
  const b = new DocBuilder();
  b.para("UBND THÀNH PHỐ ĐIỆN BIÊN PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    .para("TRƯỜNG MẦM NON HOA SEN\tĐộc lập - Tự do - Hạnh phúc")
    .para("Số: 12/KH-MNHS\tHoa Sen, ngày 16 tháng 9 năm 2024")
    .para("KẾ HOẠCH", { bold: true, align: "center" })
    .para("Thi đua, khen thưởng năm học 2024-2025", { bold: true, align: "center" })
    .para(
      "Căn cứ Thông tư số 29/2023/TT-BGDĐT ngày 29/12/2023 của Bộ Giáo dục và Đào tạo quy định chi tiết thi hành " +
        "một số điều của Luật Thi đua, khen thưởng đối với ngành Giáo dục;",
    )
    .para(
      "Căn cứ văn bản số 1189/PGDĐT-GDMN ngày 19 tháng 8 năm 2024 của Phòng Giáo dục và Đào tạo thành phố về " +
        "hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2024-2025.",
    )
    .para("Trường Mầm non Hoa Sen xây dựng kế hoạch thi đua, khen thưởng năm học 2024-2025 như sau:")
    .para("MỤC ĐÍCH, YÊU CẦU", { bold: true, list: { reference: "plan", level: 0 } }, "I.")
    .para(
      "Phát huy phong trào \u201cDạy tốt\u00a0-\u00a0Học tốt\u201d, xây dựng \u201cTrường học hạnh phúc\u201d.",
      { list: { reference: "dash", level: 0 } },
      "-",
    )
    .para("NỘI DUNG THI ĐUA", { bold: true, list: { reference: "plan", level: 0 } }, "II.")
    .para("Các đợt thi đua", { bold: true, list: { reference: "plan", level: 1 } }, "1.")
    .para(
      "Đợt 1: Từ tháng 9/2024 đến hết tháng 11/2024, thi đua chào mừng ngày Nhà giáo Việt Nam 20/11.",
      { list: { reference: "dash", level: 0 } },
      "-",
    )
    .para(
      "Đợt 2: Từ tháng 12/2024 đến hết học kỳ I, thi đua chào mừng ngày thành lập Quân đội nhân dân Việt Nam 22/12.",
      { list: { reference: "dash", level: 0 } },
      "-",
    )
    .para("Đợt 3: Từ đầu học kỳ II đến hết tháng 3/2025.", { list: { reference: "dash", level: 0 } }, "-")
    .para("Đợt 4: Từ tháng 4/2025 đến cuối năm học.", { list: { reference: "dash", level: 0 } }, "-")
    .para("Chỉ tiêu thi đua", { bold: true, list: { reference: "plan", level: 1 } }, "2.")
    .para("Cá nhân: tổng số 64 CB, GV, NV.")
    .para("Lao động tiên tiến: 60/64 = 93,8 %", { list: { reference: "dash", level: 0 } }, "-")
    .para("CSTĐ cơ sở: 05 Đ/c = 7,8 %", { list: { reference: "dash", level: 0 } }, "-")
    .para("Giấy khen của Chủ tịch UBND thành phố: 08 Đ/c = 12,5 %", { list: { reference: "dash", level: 0 } }, "-")
    .para("Tập thể: Tập thể lao động xuất sắc.")
    .para("TỔ CHỨC THỰC HIỆN", { bold: true, list: { reference: "plan", level: 0 } }, "III.")
    .para(
      "Các tổ chuyên môn đăng ký thi đua, theo dõi và đánh giá kết quả thi đua của tổ viên; báo cáo Ban giám hiệu " +
        "cuối mỗi tháng./.",
      {},
    )
    .para("Nơi nhận:\tHIỆU TRƯỞNG")
    .para("- Phòng GD&ĐT;")
    .para("- Lưu: VT.")
    .para("")
    .para("\t\tLê Thị Hoa");
  return {
    name: "mam-non-hoa-sen",
    bytes: await b.build(),
    source: b.source,
    expect: {
      level: "mam-non",
      issuingBody: "Trường Mầm non Hoa Sen",
      staffTotal: 64,
      individual: [
        { count: 60, title: "ldtt" },
        { count: 5, title: "cstdcs" },
        { count: 8, title: "giay-khen" },
      ],
      collective: 1,
      groups: [],
      phases: [
        ["2024-09", "2024-11"],
        ["2024-12", "semester1End"],
        ["semester2Start", "2025-03"],
        ["2025-04", "end"],
      ],
      legalBases: 2,
      fields: { 1: { number: "1189/PGDĐT-GDMN", date: "2024-08-19" } },
      months: 0,
      recipients: 2,
      signer: { title: "Hiệu trưởng", name: "Lê Thị Hoa" },
      findings: [],
      disagreements: 0,
    },
  };
}

/**
 * THPT under the Sở: dates in brackets before the colon, a KT. signer, "(tổng số: 86 CBGVNV)", a wrong rate, a
 * page-broken month table.
 */
async function phanDinhGiot(): Promise<Shape> {
  const b = new DocBuilder();
  HEADER(
    b,
    "SỞ GD&ĐT ĐIỆN BIÊN",
    ["TRƯỜNG THPT PHAN ĐÌNH GIÓT"],
    "Số: 102/KH-THPTPĐG",
    "Điện Biên Phủ, ngày 25 tháng 9 năm 2024",
  );
  b.para("KẾ HOẠCH", { bold: true, align: "center" })
    .para("Tổ chức phong trào thi đua năm học 2024 – 2025", { bold: true, align: "center" })
    .para(
      "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của " +
        "Luật Thi đua, khen thưởng; Căn cứ văn bản số 2286/SGDĐT-TCCB ngày 23/8/2024 của Sở Giáo dục và Đào tạo về " +
        "hướng dẫn công tác thi đua, khen thưởng năm học 2024 – 2025;",
    )
    .para("Trường THPT Phan Đình Giót xây dựng kế hoạch như sau:")
    .para("I/. MỤC TIÊU", { bold: true })
    .para("Động viên cán bộ, giáo viên, nhân viên và học sinh thi đua dạy tốt, học tốt.")
    .para("II/. CÁC ĐỢT THI ĐUA", { bold: true })
    .para("- Đợt 1 (từ 05/9/2024 đến 20/11/2024): Thi đua chào mừng ngày Nhà giáo Việt Nam.")
    .para("- Đợt 2 (21/11/2024 - 15/01/2025): Thi đua chào mừng ngày thành lập Quân đội nhân dân Việt Nam.")
    .para("- Đợt 3 (16/01/2025 - 30/4/2025): Thi đua chào mừng ngày giải phóng miền Nam.")
    .para("- Đợt 4 (từ 01/5/2025 đến 25/5/2025): Thi đua hoàn thành chương trình năm học.")
    .para("III/. CHỈ TIÊU (tổng số: 86 CBGVNV)", { bold: true })
    .para("- LĐTT: 80/86 đạt 93 %")
    .para("- CSTĐCS: 12/86 đạt 14 %")
    .para("- Giáo viên dạy giỏi cấp trường: 20 đồng chí.")
    .para("IV/. ĐỐI VỚI HỌC SINH (tổng số 1.120 học sinh)", { bold: true })
    .para("- Học sinh đạt giải cấp tỉnh: 25 giải, trong đó ít nhất 3 giải Nhất.")
    .para("- Học sinh tốt nghiệp THPT: 330/335 học sinh đạt 98,5%.")
    .para("V/. LỊCH THỰC HIỆN", { bold: true })
    .table(
      months([
        ["Tháng 9", ["- Phát động thi đua Đợt 1."]],
        ["Tháng 10", ["- Thi đua chào mừng ngày Phụ nữ Việt Nam 20/10."]],
        ["Tháng 11", ["- Hội giảng chào mừng ngày Nhà giáo"]],
      ]),
      { borders: true, widths: [1800, 7200] },
    )
    .table(
      [
        [["Thời gian"], ["Nội dung công việc"]],
        [[""], ["Việt Nam 20/11; sơ kết Đợt 1."]],
        [["Tháng 12"], ["- Sơ kết học kỳ I."]],
        [["Tháng 5"], ["- Tổng kết năm học."]],
      ],
      { borders: true, widths: [1800, 7200] },
    )
    .para("Trên đây là kế hoạch tổ chức phong trào thi đua năm học 2024 – 2025 của Trường THPT Phan Đình Giót.")
    .table(
      [
        [
          ["Nơi nhận:", "- Sở GD&ĐT (b/c);", "- Các tổ chuyên môn;", "- Lưu: VT."],
          ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "", "", "Trần Quốc Toản"],
        ],
      ],
      { widths: [4000, 5000], bold: (_r, c, k) => c === 1 || k === 0 },
    );
  return {
    name: "thpt-phan-dinh-giot",
    bytes: await b.build(),
    source: b.source,
    expect: {
      level: "thpt",
      issuingBody: "Trường THPT Phan Đình Giót",
      staffTotal: 86,
      individual: [
        { count: 80, title: "ldtt" },
        { count: 12, title: "cstdcs" },
        { count: 20, name: "Giáo viên dạy giỏi cấp trường" },
      ],
      collective: 0,
      groups: [{ total: 1120, targets: [{ count: 25 }, { count: 330, of: 335, percent: true }] }],
      phases: [
        ["2024-09-05", "2024-11-20"],
        ["2024-11-21", "2025-01-15"],
        ["2025-01-16", "2025-04-30"],
        ["2025-05-01", "2025-05-25"],
      ],
      legalBases: 2,
      fields: { 1: { number: "2286/SGDĐT-TCCB", date: "2024-08-23", issuer: "Sở Giáo dục và Đào tạo" } },
      months: 5,
      recipients: 3,
      signer: { authority: "KT.", for: "Hiệu trưởng", title: "Phó Hiệu trưởng", name: "Trần Quốc Toản" },
      findings: [],
      // 80/86 is 93,0 % (93 agrees); 12/86 is 14,0 % (agrees); 330/335 is 98,5 % (agrees).
      disagreements: 0,
    },
  };
}

/**
 * An education office: the body short in prose, semesters for phases, schools as a group, staff "CB, CC, VC", a wrong
 * rate.
 */
async function phongMuongCha(): Promise<Shape> {
  const b = new DocBuilder();
  HEADER(
    b,
    "UBND HUYỆN MƯỜNG CHÀ",
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    "Số: 230/KH-PGDĐT",
    "Mường Chà, ngày 30 tháng 9 năm 2024",
  );
  b.para("KẾ HOẠCH", { bold: true, align: "center" })
    .para("Tổ chức các phong trào thi đua ngành Giáo dục năm học 2024 - 2025", { bold: true, align: "center" })
    .para("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;")
    .para(
      "Căn cứ Thông tư số 29/2023/TT-BGDĐT ngày 29/12/2023 của Bộ Giáo dục và Đào tạo quy định chi tiết thi hành " +
        "một số điều của Luật Thi đua, khen thưởng đối với ngành Giáo dục.",
    )
    .para("Phòng GD&ĐT xây dựng kế hoạch tổ chức các phong trào thi đua năm học 2024 - 2025 như sau:")
    .para("I. MỤC ĐÍCH, YÊU CẦU", { bold: true })
    .para("- Thi đua thực hiện thắng lợi nhiệm vụ năm học 2024 - 2025 của ngành.")
    .para("II. NỘI DUNG", { bold: true })
    .para("1. Các đợt thi đua", { bold: true })
    .para(
      "- Đợt thi đua thứ nhất: Từ đầu năm học đến kết thúc học kỳ I, thi đua chào mừng 80 năm Ngày thành lập Quân " +
        "đội nhân dân Việt Nam (22/12/1944 - 22/12/2024).",
    )
    .para(
      "- Đợt thi đua thứ hai: Từ học kỳ II đến hết năm học, thi đua chào mừng 50 năm Ngày giải phóng miền Nam " +
        "(30/4/1975 - 30/4/2025).",
    )
    .para("2. Chỉ tiêu", { bold: true })
    .para("2.1. Đối với các nhà trường (tổng số 45 trường):", { bold: true })
    .para("- Tập thể lao động xuất sắc: 12/45 trường đạt 26,7%")
    .para("- Tập thể lao động tiên tiến: 30/45 trường đạt 66,7%")
    .para("- Trường đạt chuẩn quốc gia: 28/45 trường đạt 62,5%")
    .para("2.2. Đối với cá nhân (tổng số 12 CB, CC, VC):", { bold: true })
    .para("- Lao động tiên tiến: 12/12 đạt 100%")
    .para("- Chiến sỹ thi đua cơ sở: 3/12 đạt 25%")
    .para("2.3. Đối với Phòng:", { bold: true })
    .para("- Phòng GD&ĐT: Tập thể lao động xuất sắc")
    .para("III. TỔ CHỨC THỰC HIỆN", { bold: true })
    .para("- Các nhà trường xây dựng kế hoạch thi đua và tổ chức thực hiện; báo cáo kết quả về Phòng GD&ĐT.")
    .para("Trên đây là Kế hoạch tổ chức các phong trào thi đua năm học 2024 - 2025 của Phòng GD&ĐT.")
    .table(
      [
        [
          ["Nơi nhận:", "- UBND huyện (b/c);", "- Các trường MN, TH, THCS;", "- Lưu: VT."],
          ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "", "", "Vàng A Dình"],
        ],
      ],
      { widths: [4000, 5000], bold: (_r, c, k) => c === 1 || k === 0 },
    );
  return {
    name: "phong-gddt-muong-cha",
    bytes: await b.build(),
    source: b.source,
    expect: {
      level: "khac",
      issuingBody: "Phòng GD&ĐT",
      staffTotal: 12,
      individual: [
        { count: 12, title: "ldtt" },
        { count: 3, title: "cstdcs" },
      ],
      collective: 1,
      groups: [
        {
          total: 45,
          targets: [
            { count: 12, percent: true },
            { count: 30, percent: true },
            { count: 28, percent: true },
          ],
        },
      ],
      phases: [
        ["start", "semester1End"],
        ["semester2Start", "end"],
      ],
      legalBases: 2,
      fields: { 1: { number: "29/2023/TT-BGDĐT", date: "2023-12-29", issuer: "Bộ Giáo dục và Đào tạo" } },
      months: 0,
      recipients: 3,
      signer: { authority: "KT.", for: "Trưởng phòng", title: "Phó Trưởng phòng", name: "Vàng A Dình" },
      findings: [],
      // 28/45 is 62,2 %, the document says 62,5 %.
      disagreements: 1,
    },
  };
}

/**
 * Tiểu học: weeks throughout ("tuần thứ 19"), a trade union's TM. signer, targets in "(96,8%)", a wrong rate, NFD text.
 */
async function namPo(): Promise<Shape> {
  const b = new DocBuilder();
  HEADER(
    b,
    "PHÒNG GD&ĐT HUYỆN NẬM PỒ",
    ["TRƯỜNG TIỂU HỌC NẬM PỒ"],
    "Số: 07/KH-THNP",
    "Nậm Pồ, ngày 09 tháng 9 năm 2024",
  );
  b.para("KẾ HOẠCH", { bold: true, align: "center" })
    .para("Thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025".normalize("NFD"), {
      bold: true,
      align: "center",
    })
    .para(
      "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của " +
        "Luật Thi đua, khen thưởng;",
    )
    .para("Căn cứ Kế hoạch năm học 2024 - 2025 của Trường Tiểu học Nậm Pồ.")
    .para(
      "Trường Tiểu học Nậm Pồ xây dựng Kế hoạch thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025 như sau:",
    )
    .para("I. MỤC ĐÍCH, YÊU CẦU", { bold: true })
    .para("Tạo động lực thi đua dạy tốt, học tốt trong toàn trường.")
    .para("II. CÁC ĐỢT THI ĐUA", { bold: true })
    .para("- Đợt 1: Từ tuần 1 đến hết tuần 9, thi đua chào mừng ngày Phụ nữ Việt Nam 20/10.")
    .para("- Đợt 2: Từ tuần 10 đến hết tuần 18, thi đua chào mừng ngày Nhà giáo Việt Nam 20/11.")
    .para("- Đợt 3: Từ tuần thứ 19 đến hết tuần 27, thi đua mừng Đảng, mừng Xuân.")
    .para("- Đợt 4: Từ tuần 28 đến hết tuần 35, thi đua chào mừng ngày thành lập Đội 15/5.")
    .para("III. CHỈ TIÊU", { bold: true })
    .para("- Lao động tiên tiến: 30/31 (96,8%)")
    .para("- Chiến sĩ thi đua cơ sở: 6/31 (19,3%)")
    .para("- Học sinh hoàn thành chương trình lớp học: 412/415 em.")
    .para("- Tập thể lao động tiên tiến.")
    .para("IV. TỔ CHỨC THỰC HIỆN", { bold: true })
    .para("Ban giám hiệu, Công đoàn, Liên đội phối hợp tổ chức các phong trào thi đua.")
    .para("Trên đây là Kế hoạch thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025.")
    .table(
      [
        [
          ["Nơi nhận:", "- Phòng GD&ĐT;", "- Lưu: VT, CĐ."],
          ["TM. BAN CHẤP HÀNH CÔNG ĐOÀN", "CHỦ TỊCH", "", "", "Lò Văn Sơn"],
        ],
      ],
      { widths: [4000, 5000], bold: (_r, c, k) => c === 1 || k === 0 },
    );
  return {
    name: "tieu-hoc-nam-po",
    bytes: await b.build(),
    source: b.source,
    expect: {
      level: "tieu-hoc",
      issuingBody: "Trường Tiểu học Nậm Pồ",
      staffTotal: 31,
      individual: [
        { count: 30, title: "ldtt" },
        { count: 6, title: "cstdcs" },
        { count: 412, name: "Học sinh hoàn thành chương trình lớp học", fraction: true },
      ],
      collective: 1,
      groups: [],
      phases: [
        [{ week: 1 }, { week: 9 }],
        [{ week: 10 }, { week: 18 }],
        [{ week: 19 }, { week: 27 }],
        [{ week: 28 }, { week: 35 }],
      ],
      legalBases: 2,
      fields: { 0: { number: "98/2023/NĐ-CP", date: "2023-12-31", issuer: "Chính phủ" } },
      months: 0,
      recipients: 2,
      signer: { authority: "TM.", for: "Ban chấp hành công đoàn", title: "Chủ tịch", name: "Lò Văn Sơn" },
      findings: [],
      // 6/31 is 19,4 %, the document says 19,3 %.
      disagreements: 1,
    },
  };
}

export async function wordShapes(): Promise<Shape[]> {
  return Promise.all([thanhMinh(), hoaSen(), phanDinhGiot(), phongMuongCha(), namPo()]);
}
