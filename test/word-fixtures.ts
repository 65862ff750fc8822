// Word-shaped plans made through another route than our renderer: the docx package, laid out as clerks
// type them (issue 11): text-typed numbering and borderless tables; Word's own list numbering; a month
// table split across two tables; no header table with a blank số and day. Each fixture keeps the
// paragraphs it was built from, in order, as the source the import is compared with.
import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

export interface WordFixture {
  name: string;
  bytes: Uint8Array;
  /** The document's text in reading order, for the word-level comparison. */
  source: string[];
  expect: {
    staffTotal?: number;
    counts: number[];
    phases: number;
    legalBases: number;
    months: number;
    recipients: number;
    signer: { authority?: string; title: string; name: string };
    disagreements: number;
  };
}

type Child = Paragraph | Table;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

class Builder {
  children: Child[] = [];
  source: string[] = [];
  p(
    text: string,
    o: {
      bold?: boolean;
      italics?: boolean;
      center?: boolean;
      breakBefore?: boolean;
      numbering?: { reference: string; level: number };
    } = {},
  ): Paragraph {
    const parts = text.split("\n");
    const runs = parts.map(
      (part, i) => new TextRun({ text: part, bold: o.bold, italics: o.italics, break: i > 0 ? 1 : undefined }),
    );
    this.source.push(text.replace(/\n/g, " "));
    return new Paragraph({
      children: runs,
      alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      pageBreakBefore: o.breakBefore,
      numbering: o.numbering,
    });
  }
  add(...c: Child[]): this {
    this.children.push(...c);
    return this;
  }
  para(text: string, o: Parameters<Builder["p"]>[1] = {}): this {
    return this.add(this.p(text, o));
  }
  table(rows: string[][][], o: { borders?: boolean; boldLeft?: boolean[] } = {}): this {
    this.children.push(
      new Table({
        width: { size: 9000, type: WidthType.DXA },
        borders: o.borders ? GRID : NO_BORDERS,
        rows: rows.map(
          (row) =>
            new TableRow({
              children: row.map(
                (cell, c) =>
                  new TableCell({
                    width: { size: c === 0 ? 3600 : 5400, type: WidthType.DXA },
                    children: cell.map((line, k) =>
                      this.p(line, { center: !o.borders || c === 0, bold: o.boldLeft?.[k] && c === 0 }),
                    ),
                  }),
              ),
            }),
        ),
      }),
    );
    return this;
  }
  async build(numbering?: ConstructorParameters<typeof Document>[0]["numbering"]): Promise<Uint8Array> {
    const doc = new Document({ numbering, sections: [{ children: this.children }] });
    return new Uint8Array(await Packer.toBuffer(doc));
  }
}

/** The content shared by the fixtures: what a tiểu học clerk types, slips and all. */
function content(b: Builder, style: "typed" | "lists"): void {
  const h1 = (n: string, t: string): void =>
    void (style === "typed"
      ? b.para(`${n}/. ${t}`, { bold: true })
      : b.para(t, { bold: true, numbering: { reference: "plan", level: 0 } }));
  const h2 = (n: string, t: string): void =>
    void (style === "typed"
      ? b.para(`${n}/. ${t}`, { bold: true })
      : b.para(t, { bold: true, numbering: { reference: "plan", level: 1 } }));
  const dash = (t: string, level = 0): void =>
    void (style === "typed"
      ? b.para(`${level ? "+" : "-"} ${t}`)
      : b.para(t, { numbering: { reference: "dash", level } }));
  h1("I", "MỤC ĐÍCH, YÊU CẦU");
  h2("1", "Mục đích");
  dash(
    "Tạo khí thế thi đua sôi nổi trong toàn trường,\u00a0góp phần hoàn thành  xuất sắc nhiệm vụ năm học 2024 - 2025.",
  );
  dash("Phát huy phong trào “Dạy tốt - Học tốt”, “Xây dựng trường học hạnh phúc”.");
  h2("2", "Yêu cầu");
  b.para(
    "Việc bình xét thi đua phải công khai, dân chủ,\nđúng người, đúng thành tích; khen thưởng kịp thời, chính xác.",
  );
  h1("II", "NỘI DUNG THI ĐUA VÀ CHỈ TIÊU");
  h2("1", "Các đợt thi đua");
  dash(
    "Đợt 1: Từ ngày khai giảng đến hết ngày 20/11/2024, chào mừng kỷ niệm 42 năm Ngày Nhà giáo Việt Nam " +
      "(20/11/1982 - 20/11/2024).",
  );
  dash(
    "Đợt 2: Từ ngày 21/11/2024 đến hết ngày 15/01/2025, chào mừng 80 năm Ngày thành lập Quân đội nhân dân Việt Nam.",
  );
  dash(
    "Đợt 3: Từ ngày 16/01/2025 đến hết ngày 24/5/2025, chào mừng 50 năm Ngày giải phóng miền Nam (30/4/1975 - " +
      "30/4/2025).",
  );
  h2("2", "Chỉ tiêu thi đua");
  b.para(style === "typed" ? "2.1. Cá nhân:" : "2.1. Cá nhân:", { bold: true });
  dash("Lao động tiên tiến: 30/31 đạt 97 %");
  dash("CSTĐCS: 11/31 đạt 35,5%");
  dash("UBND huyện tặng giấy khen: 6/31 đạt 19,3%");
  b.para("2.2. Tập thể:", { bold: true });
  dash("Nhà trường: Tập thể lao động xuất sắc");
  dash("Công đoàn cơ sở: vững mạnh");
  dash("Liên đội: mạnh");
  h1("III", "TỔ CHỨC THỰC HIỆN");
  h2("1", "Ban giám hiệu");
  dash("Xây dựng kế hoạch, phát động thi đua theo từng đợt.");
  dash("Sơ kết, tổng kết thi đua:", 0);
  dash("Sơ kết học kỳ I trong tháng 01/2025.", 1);
  dash("Tổng kết năm học trong tháng 5/2025.", 1);
  h2("2", "Các tổ chuyên môn");
  b.para("Đăng ký thi đua, theo dõi, đánh giá kết quả thi đua của tổ viên; báo cáo Ban giám hiệu");
  b.para("cuối mỗi tháng.", { breakBefore: true });
  b.para("Lịch thực hiện:");
}

const MONTHS: string[][][] = [
  [["Thời gian"], ["Nội dung"]],
  [
    ["Tháng 9/2024"],
    ["- Đợt 1: Từ ngày khai giảng đến hết ngày 20/11/2024.", "- Ký giao ước thi đua tại Hội nghị viên chức."],
  ],
  [["Tháng 10/2024"], ["- Thi đua chào mừng ngày Phụ nữ Việt Nam 20/10."]],
  [["Tháng 11/2024"], ["- Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11."]],
  [["Tháng 12/2024"], ["- Thi đua chào mừng ngày thành lập Quân đội nhân dân Việt Nam 22/12."]],
  [["Tháng 01/2025"], ["- Sơ kết học kỳ I; phát động Đợt 3."]],
  [["Tháng 3/2025"], ["- Thi đua chào mừng ngày thành lập Đoàn 26/3."]],
  [["Tháng 5/2025"], ["- Tổng kết năm học; bình xét danh hiệu thi đua."]],
];

function legal(b: Builder): void {
  b.para("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;", { italics: true });
  b.para(
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của " +
      "Luật Thi đua, khen thưởng; Căn cứ Thông tư số 29/2023/TT-BGDĐT ngày 29/12/2023 của Bộ Giáo dục và Đào tạo " +
      "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng đối với ngành Giáo dục;",
    { italics: true },
  );
  b.para("Căn cứ Kế hoạch năm học 2024 - 2025 của Trường Tiểu học số 1 Ẳng Nưa.", { italics: true });
  b.para("Trường Tiểu học số 1 Ẳng Nưa xây dựng Kế hoạch thi đua, khen thưởng năm học 2024 - 2025 như sau:");
}

function title(b: Builder): void {
  b.para("KẾ HOẠCH", { bold: true, center: true });
  b.para("Thực hiện công tác thi đua, khen thưởng", { bold: true, center: true });
  b.para("năm học 2024 - 2025", { bold: true, center: true });
}

function signature(b: Builder, tableForm: boolean): void {
  b.para(
    "Trên đây là Kế hoạch thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025 của Trường Tiểu học số 1 " +
      "Ẳng Nưa./.",
  );
  if (tableForm)
    b.table([
      [
        ["Nơi nhận:", "- Phòng GD&ĐT;", "- Các tổ chuyên môn;", "- Lưu: VT, TĐKT."],
        ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "", "", "", "Lò Thị Hoa"],
      ],
    ]);
  else {
    b.para("Nơi nhận:\tKT. HIỆU TRƯỞNG");
    b.para("- Phòng GD&ĐT;\tPHÓ HIỆU TRƯỞNG");
    b.para("- Các tổ chuyên môn;");
    b.para("- Lưu: VT, TĐKT.");
    b.para("");
    b.para("\t\tLò Thị Hoa");
  }
}

const EXPECT = {
  staffTotal: 31,
  counts: [30, 11, 6],
  phases: 3,
  legalBases: 4,
  months: 7,
  recipients: 3,
  signer: { authority: "KT.", title: "Phó Hiệu trưởng", name: "Lò Thị Hoa" },
  // 97 % for 30/31 (96,8 %) and 19,3 % for 6/31 (19,4 %).
  disagreements: 2,
};

const HEADER_TABLE: string[][][] = [
  [
    ["UBND HUYỆN MƯỜNG ẢNG", "TRƯỜNG TIỂU HỌC", "SỐ 1 ẲNG NƯA"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
  ],
  [["Số: 50 a /KH-THS1AN"], ["Ẳng Nưa, ngày 19 tháng 9 năm 2024"]],
];

export async function wordFixtures(): Promise<WordFixture[]> {
  const out: WordFixture[] = [];

  const typed = new Builder();
  typed.table(HEADER_TABLE, { boldLeft: [false, true, true] });
  title(typed);
  legal(typed);
  content(typed, "typed");
  typed.table(MONTHS, { borders: true });
  signature(typed, true);
  out.push({ name: "typed-numbering", bytes: await typed.build(), source: typed.source, expect: EXPECT });

  const lists = new Builder();
  lists.table(HEADER_TABLE, { boldLeft: [false, true, true] });
  title(lists);
  legal(lists);
  content(lists, "lists");
  lists.table(MONTHS, { borders: true });
  signature(lists, true);
  const numbering = {
    config: [
      {
        reference: "plan",
        levels: [
          { level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1.", alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.DECIMAL, text: "%2.", alignment: AlignmentType.LEFT },
        ],
      },
      {
        reference: "dash",
        levels: [
          { level: 0, format: LevelFormat.BULLET, text: "-", alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.BULLET, text: "+", alignment: AlignmentType.LEFT },
        ],
      },
    ],
  };
  out.push({ name: "word-lists", bytes: await lists.build(numbering), source: lists.source, expect: EXPECT });

  const split = new Builder();
  split.table(HEADER_TABLE, { boldLeft: [false, true, true] });
  title(split);
  legal(split);
  content(split, "typed");
  // The month table broken by a page: the second part repeats the head and continues November's row.
  const first = MONTHS.slice(0, 4).map((r) => r.map((c) => [...c]));
  first[3]![1] = ["- Hội giảng chào mừng ngày Nhà giáo"];
  split.table(first, { borders: true });
  split.table(
    [[["Thời gian"], ["Nội dung"]], [[""], ["Việt Nam 20/11; báo cáo kết quả hội giảng."]], ...MONTHS.slice(4)],
    { borders: true },
  );
  signature(split, true);
  out.push({ name: "split-month-table", bytes: await split.build(), source: split.source, expect: EXPECT });

  const plain = new Builder();
  plain.para("UBND HUYỆN MƯỜNG ẢNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  plain.para("TRƯỜNG TIỂU HỌC SỐ 1 ẲNG NƯA\tĐộc lập - Tự do - Hạnh phúc".normalize("NFD"), { bold: true });
  plain.para("Số:      /KH-THS1AN\tẲng Nưa, ngày      tháng 9 năm 2024");
  title(plain);
  legal(plain);
  content(plain, "typed");
  plain.table(MONTHS, { borders: true });
  signature(plain, false);
  out.push({ name: "no-header-table", bytes: await plain.build(), source: plain.source, expect: EXPECT });
  return out;
}
