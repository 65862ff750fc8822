// Vietnamese messages, keyed by diagnostic code (core/codes.ts owns the list): a code without a message,
// or a message for no code, does not compile. Values are quoted “…” so a clerk sees exactly what they typed.
import type { DiagnosticCode } from "../core/codes.js";
import { RESULTS_VI } from "./results.js";

type Args = Record<string, string | number>;
const q = (v: unknown): string => `“${String(v)}”`;
const hint = (a: Args): string => (a.suggestion ? ` Bạn có muốn viết ${q(a.suggestion)}?` : "");
const write = (a: Args): string => (a.write ? ` Viết: ${a.write}` : "");
const ext = (v: unknown): string => /\.[A-Za-z0-9]+$/.exec(String(v))?.[0] ?? "";

// The yaml parser's own codes, said so a clerk knows what to change.
const YAML_SYNTAX: Record<string, string> = {
  MISSING_QUOTE: "dòng chữ mở bằng dấu nháy nhưng không có dấu nháy đóng. Thêm dấu nháy đóng ở cuối dòng chữ.",
  MISSING_CHAR: "thiếu dấu hai chấm sau tên mục, hoặc thụt lề sai.",
  BAD_INDENT: "thụt lề không đúng: các mục cùng cấp phải thẳng cột, mục con thụt vào bằng dấu cách.",
  MULTILINE_IMPLICIT_KEY:
    "tên mục phải nằm trên một dòng, theo sau là dấu hai chấm và một dấu cách; kiểm tra thụt lề của dòng này và " +
    "dòng trên.",
  BAD_DQ_ESCAPE: "trong dấu nháy kép, dấu \\ phải đi kèm ký tự hợp lệ; dùng dấu nháy đơn '…' nếu dòng chữ có dấu \\.",
  BAD_SCALAR_START: "dòng chữ không được bắt đầu bằng ký tự như @ ` % ; đặt cả dòng chữ trong dấu nháy kép.",
  UNEXPECTED_TOKEN: "có ký tự không đúng chỗ; kiểm tra dấu nháy, dấu ngoặc và thụt lề.",
  BAD_ALIAS: "dấu * hoặc & ở đầu dòng chữ có nghĩa riêng; đặt cả dòng chữ trong dấu nháy kép.",
  KEY_OVER_1024_CHARS:
    "tên mục dài quá 1024 ký tự (thường là một câu dài có dấu hai chấm: đặt cả câu trong dấu nháy kép).",
  BLOCK_IN_FLOW: "không viết danh sách nhiều dòng bên trong dấu ngoặc [ ] hoặc { }.",
  MISSING_ANCHOR: "dấu * ở đầu dòng chữ có nghĩa riêng; đặt cả dòng chữ trong dấu nháy kép.",
};

const TYPE_WORDS: Record<string, string> = {
  string: "một dòng chữ",
  integer: "một số nguyên",
  number: "một số",
  object: "một nhóm mục (tên mục: giá trị)",
  array: "một danh sách (các dòng bắt đầu bằng “- ”)",
  boolean: "đúng hoặc sai (true/false)",
  null: "để trống",
};
const typeWords = (a: Args): string =>
  a.alternatives
    ? `một trong: ${a.alternatives}`
    : String(a.types)
        .split(",")
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(" hoặc ");
const shown = (v: unknown): string =>
  v === "" ? "trống" : v === "[…]" ? "một danh sách" : v === "{…}" ? "một nhóm mục" : q(v);

export const vi = {
  // ── reading the file ──
  "io/not-found": () => "Không tìm thấy tệp. Kiểm tra lại tên và thư mục.",
  "io/is-directory": () => "Đây là một thư mục, không phải tệp kế hoạch.",
  "io/unreadable": (a: Args) => `Không đọc được tệp (${a.detail}).`,
  "io/too-large": (a: Args) => `Tệp quá lớn (${a.size} byte); giới hạn là ${a.limit} byte.`,
  "io/exists": () => "Tệp đã có; không ghi đè. Chọn tên khác với -o, hoặc thêm --force để ghi đè.",
  "io/output-foreign": (a: Args) =>
    `Tệp ${q(a.target)} đã có và không phải do plan tạo ra (có thể là văn bản gốc của trường): không ghi đè, ` +
    `không ghi gì. Ghi ra tên khác với -o (ví dụ -o ke-hoach-moi${ext(a.target)}), hoặc thêm --force nếu chắc ` +
    `chắn muốn thay tệp đó.`,
  "io/output-changed": (a: Args) =>
    `Tệp ${q(a.target)} do plan tạo ra nhưng đã được sửa hoặc ký sau đó (trong Word, LibreOffice hay phần mềm ký ` +
    `số): không ghi đè, không ghi gì. Ghi ra tên khác với -o, hoặc thêm --force nếu chắc chắn muốn bỏ những thay ` +
    `đổi đó.`,
  "io/output-unmarked": (a: Args) =>
    `Tệp ${q(a.target)} đã có. Văn bản chữ thuần không mang dấu nhận biết của plan nên không biết tệp này do ai ` +
    `viết: không ghi đè, không ghi gì. Ghi ra tên khác với -o, hoặc thêm --force để thay tệp đó.`,
  "io/output-unreadable": (a: Args) =>
    `Không đọc được tệp ${q(a.target)} đã có (${a.detail}) để biết có phải do plan tạo ra không: không ghi đè. ` +
    `Ghi ra tên khác với -o, hoặc thêm --force.`,
  "io/output-is-directory": (a: Args) =>
    `${q(a.target)} là một thư mục, không ghi được tệp vào tên đó; chọn tên tệp khác với -o.`,
  "io/not-plan-name": (a: Args) =>
    `Tệp ${q(a.file)} không có đuôi .yaml hay .yml nên không được đọc như một kế hoạch. Nếu đúng là tệp kế hoạch, ` +
    `đổi tên cho có đuôi .yaml, hoặc thêm --any-name.`,
  "io/backup-name": (a: Args) =>
    `Tệp ${q(a.file)} là bản sao lưu của trình soạn thảo (bản cũ), không phải kế hoạch: hãy dùng tệp .yaml. Nếu ` +
    `thật sự muốn đọc bản sao lưu, thêm --any-name.`,
  "io/write-failed": (a: Args) => `Không ghi được tệp ${q(a.target)} (${a.detail}); tệp cũ (nếu có) được giữ nguyên.`,
  "io/output-dir-missing": (a: Args) => `Thư mục ${q(a.dir)} không tồn tại; hãy tạo thư mục trước khi ghi.`,
  "io/output-is-input": () => "Tệp đầu ra trùng với tệp kế hoạch; chọn tên khác cho -o.",
  "io/not-docx": () =>
    "Tệp không phải văn bản Word (.docx). Mở tệp bằng Word và chọn Lưu thành (Save As) → Word Document (*.docx).",
  "io/doc-binary": () =>
    "Đây là tệp Word cũ (.doc), công cụ chỉ đọc được .docx. Mở tệp bằng Word, chọn Lưu thành (Save As) → Word " +
    "Document (*.docx), rồi nhập tệp .docx.",
  "io/docx-encrypted": () =>
    "Văn bản Word có đặt mật khẩu. Mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu), lưu lại rồi nhập.",
  "io/docx-too-large": (a: Args) =>
    `Phần nội dung của văn bản Word giải nén ra quá lớn (giới hạn ${a.limit} byte): tệp hỏng hoặc không phải một ` +
    `kế hoạch.`,
  "io/docx-corrupt": () => "Tệp .docx bị hỏng (không đọc được nội dung). Mở bằng Word, lưu lại thành tệp mới rồi nhập.",
  "io/docx-empty": () => "Văn bản Word không có chữ nào trong phần nội dung.",
  "io/no-libreoffice": () =>
    "Xuất PDF cần LibreOffice. Windows: tải và cài LibreOffice từ libreoffice.org (hoặc đặt biến PLAN_SOFFICE trỏ " +
    "tới soffice.exe). Linux (Debian/Ubuntu): sudo apt-get install libreoffice-writer-nogui fonts-liberation2. " +
    "Không cài được thì xuất DOCX (--docx) rồi lưu thành PDF trong Word.",
  "io/pdf-failed": (a: Args) =>
    `LibreOffice không chuyển được văn bản sang PDF (${a.detail}); không ghi tệp nào. Thử lại, hoặc xuất DOCX rồi ` +
    `lưu thành PDF trong Word.`,
  "io/pdf-font": (a: Args) =>
    a.platform === "windows"
      ? `Máy thiếu phông Times New Roman (phông có sẵn trong Windows): PDF được đặt bằng ${a.used}, cùng độ rộng ` +
        `chữ nên dòng và trang như trong Word. Cài lại phông: Cài đặt → Cá nhân hóa → Phông chữ, hoặc chép ` +
        `times.ttf vào C:\\Windows\\Fonts.`
      : a.platform === "mac"
        ? "Máy thiếu phông Times New Roman (phông có sẵn trong macOS): LibreOffice đặt PDF bằng phông thay thế, " +
          "dòng và trang có thể khác Word. Cài lại phông trong Font Book."
        : /^liberation serif$/iu.test(String(a.used))
          ? `Máy chưa cài phông Times New Roman: PDF được đặt bằng ${a.used}, cùng độ rộng chữ nên dòng và trang ` +
            `như trong Word. Cài Times New Roman: sudo apt-get install ttf-mscorefonts-installer.`
          : `Máy chưa cài phông Times New Roman: PDF được đặt bằng ${a.used}, dòng và trang sẽ khác Word. Cài Times ` +
            `New Roman (sudo apt-get install ttf-mscorefonts-installer) hoặc Liberation Serif cùng độ rộng chữ ` +
            `(sudo apt-get install fonts-liberation2).`,
  "encoding/utf16": () =>
    "Tệp được lưu theo mã UTF-16, không phải UTF-8. Mở tệp bằng VS Code, bấm vào “UTF-16” ở thanh trạng thái, " +
    "chọn “Save with Encoding” rồi “UTF-8”; hoặc trong Notepad chọn Lưu thành, mục Mã hóa chọn UTF-8.",
  "encoding/not-utf8": (a: Args) =>
    `Tệp không phải mã UTF-8 (có vẻ là ${a.guess}; byte lỗi đầu tiên ở dòng ${a.line}, cột ${a.column}). Chuyển ` +
    `sang Unicode: trong Unikey dùng “Công cụ chuyển mã” (Ctrl+Shift+F6) từ ${a.guess} sang Unicode; hoặc trong ` +
    `VS Code chọn “Reopen with Encoding” với mã cũ rồi “Save with Encoding: UTF-8”.`,
  "encoding/binary": () => "Tệp chứa dữ liệu nhị phân (byte 0), không phải tệp kế hoạch dạng chữ (.yaml).",
  "encoding/normalized": () =>
    "Tệp có chữ tiếng Việt dạng tổ hợp (NFD); đã chuẩn hóa sang dạng dựng sẵn (NFC). Nên lưu lại tệp ở dạng NFC.",
  // ── YAML syntax ──
  "yaml/syntax": (a: Args) =>
    `Công cụ không đọc được dòng này: ` +
    `${YAML_SYNTAX[String(a.yamlCode)] ?? "kiểm tra dấu hai chấm, dấu nháy và thụt lề."}`,
  "yaml/duplicate-key": (a: Args) =>
    `Tên mục ${q(a.key)} được viết hai lần ở cùng một chỗ: mỗi tên mục chỉ được viết một lần; gộp hoặc xóa bớt ` +
    `một dòng.`,
  "yaml/tab": () =>
    "Dòng này thụt lề bằng phím Tab: chỉ được thụt lề bằng dấu cách. Thay Tab bằng dấu cách (thường là 2 dấu cách " +
    "mỗi cấp), hoặc chạy plan fix.",
  "yaml/multiple-documents": () => "Tệp có dòng “---” chia thành nhiều phần; mỗi tệp chỉ chứa một kế hoạch.",
  "yaml/colon-in-text": (a: Args) =>
    a.typed
      ? `Câu ${q(a.typed)} có dấu hai chấm nên công cụ hiểu phần trước dấu hai chấm là tên một mục, không phải một ` +
        `câu. Đặt cả câu trong dấu nháy kép${a.fix ? `, viết: ${String(a.fix).trim()}` : "."}`
      : "Dòng chữ có dấu hai chấm “:” theo sau là dấu cách hoặc ở cuối dòng nên công cụ hiểu nhầm là tên một mục. " +
        'Đặt cả dòng chữ trong dấu nháy kép: "…".',
  "yaml/complex-key": () =>
    "Tên mục phải là một từ hoặc cụm từ trước dấu hai chấm; dòng này có dấu ? hoặc ngoặc ở đầu. Đặt cả dòng chữ " +
    "trong dấu nháy kép.",
  "yaml/unknown-tag": () =>
    "Dấu ! ở đầu giá trị có nghĩa riêng và bị bỏ qua; nếu đó là chữ, đặt cả dòng chữ trong dấu nháy kép.",
  "text/leading-symbol": (a: Args) =>
    `Dòng ${q(a.typed)} bắt đầu bằng ${a.char}: ký tự này ở đầu câu làm văn bản in khác với dòng đã gõ (mất chữ ` +
    `hoặc báo lỗi). Đặt cả câu trong dấu nháy kép, viết: ${String(a.fix).trim()}`,
  "text/inline-comment": (a: Args) =>
    `Dòng ${q(a.typed)}: phần ${q(a.lost)} sau dấu # bị coi là ghi chú và không được in ra văn bản. Nếu đó là một ` +
    `phần của câu, đặt cả câu trong dấu nháy kép: ${String(a.fix).trim()}`,
  "text/invisible-character": (a: Args) =>
    `Dòng ${q(a.typed)} có ${a.char} (thường do sao chép từ Word) ở chỗ thụt lề hoặc tên mục. Xóa ký tự đó, viết: ` +
    `${String(a.fix).trim()}`,
  "yaml/space-after-colon": (a: Args) =>
    `Dòng ${q(a.typed)}: sau dấu hai chấm của ${q(a.key)} ` +
    `${a.nbsp ? "là dấu cách không ngắt (từ Word), không phải dấu cách thường" : "cần một dấu cách"}. Viết: ` +
    `${String(a.fix).trim()}`,
  "text/merged-items": (a: Args) =>
    `Dòng ${a.line} (${q(a.typed)}) thụt vào sâu hơn các mục cùng danh sách nên bị nối vào mục trên thành một ` +
    `đoạn. Thụt dòng này thẳng cột với dấu "-" của mục trên.`,
  "text/joined-lines": (a: Args) =>
    `Đoạn chữ viết trên ${a.lines} dòng được nối thành một đoạn trong văn bản. Nếu đây là các mục riêng, thêm "- ` +
    `" ở đầu mỗi dòng; nếu là một đoạn, nên viết trên một dòng.`,
  "text/smart-quotes": (a: Args) =>
    `Dòng ${q(a.typed)}: dấu ngoặc kép cong “…” bao cả giá trị sẽ được in ra văn bản. Nếu chỉ muốn đánh dấu đoạn ` +
    `chữ, dùng dấu nháy thẳng: ${String(a.fix).trim()}`,
  "text/typed-bullet": (a: Args) =>
    `Dòng ${q(a.typed)}: dấu ${q(a.mark)} gõ ở đầu mục sẽ được in thêm sau dấu "-" của công ` +
    `cụ.${a.fix ? ` Viết: ${String(a.fix).trim()}` : " Xóa dấu đó."}`,
  "text/placeholder": (a: Args) =>
    `Còn chỗ để trống ${q(a.value)} của tệp mẫu: điền nội dung thật trước khi xuất văn bản.`,
  "text/line-break": (a: Args) =>
    `${a.field} chỉ viết trên một dòng, nhưng có dấu xuống dòng (khối “|” hay “\\n”): văn bản Word sẽ in một ` +
    `dòng, văn bản chữ in hai. Viết trên một dòng: ${a.write}`,
  "text/control-character": (a: Args) =>
    `Dòng chữ chứa ký tự điều khiển ${a.char} (thường do sao chép từ Word hoặc PDF); hãy xóa ký tự đó.`,
  "yaml/missing-colon": (a: Args) =>
    a.wide
      ? `Dòng ${q(a.typed)}: sau tên mục ${q(a.key)} là dấu hai chấm độ rộng toàn phần ${q(a.wide)} (bộ gõ tiếng ` +
        `Trung, Nhật), không phải dấu hai chấm “:”. Viết: ${String(a.fix).trim()}`
      : `Dòng ${q(a.typed)}: thiếu dấu hai chấm sau tên mục ${q(a.key)}: viết ${String(a.fix).trim()}`,
  "yaml/dash-space": (a: Args) =>
    `Dòng ${q(a.typed)}: thiếu dấu cách sau dấu “-” ở đầu mục, nên dòng này không thành một mục của danh sách. ` +
    `Viết: ${String(a.fix).trim()}`,
  "yaml/indentation": (a: Args) =>
    a.continues
      ? `Dòng ${a.line} (${q(a.typed)}) là phần tiếp của câu ở dòng ${a.above} nhưng đứng sát lề trái (có thể do ` +
        `một dấu xuống dòng dán lẫn vào giữa câu), nên bị hiểu là một mục mới. Thụt dòng này vào thẳng chữ của câu ` +
        `trên: ${String(a.fix).trim()}`
      : a.parent
        ? `Dòng ${a.lines} (${a.keys}) thuộc mục ${q(`${a.parent}:`)} ở dòng ${a.parentLine} nhưng chưa thụt lề vào ` +
          `dưới mục đó. Thêm dấu cách ở đầu ${String(a.lines).includes("–") ? "mỗi dòng" : "dòng"}, viết: ` +
          `${String(a.fix).trim()}`
        : `Dòng ${a.line} (${q(a.typed)}) bị thụt lề lệch: ${a.spaces} dấu cách, trong khi dòng ${a.above} phía ` +
          `trên thụt ${a.expected} dấu ` +
          `cách${
            Number(a.spaces) > Number(a.expected)
              ? " và đã có giá trị, nên dòng này không thể là mục con của " + "nó"
              : ""
          }. Viết thẳng cột với dòng ${a.above}: ${String(a.fix).trim()}`,
  "text/key-lookalike": (a: Args) =>
    `Dòng ${q(a.typed)}: bạn gõ ${q(a.key)}, có phải ${q(a.suggestion)}? Trong tên đó, ${a.name}. Viết: ` +
    `${String(a.fix).trim() || `${a.suggestion}:`}`,
  "text/lookalike-letter": (a: Args) =>
    `Dòng ${q(a.typed)}: ký tự thứ ${a.position} của ${q(a.value)} là ${a.name}; trên màn hình trông giống hệt ` +
    `nhưng công cụ (và Word khi tìm kiếm, sắp xếp) đọc khác. Viết ` +
    `${q(a.write)}${a.fix ? `: ${String(a.fix).trim()}` : "."}`,
  "text/hidden-character": (a: Args) =>
    `Dòng ${q(a.typed)}: ký tự thứ ${a.position} của ${q(a.value)} là ${a.name}, không nhìn thấy được hoặc trông ` +
    `như ký tự thường (thường do sao chép từ Word, trang web). Viết ` +
    `${q(a.write)}${a.fix ? `: ${String(a.fix).trim()}` : "."}`,
  "text/legacy-encoding": (a: Args) =>
    `Dòng ${q(a.typed)}: chữ ${q(a.word)} là tiếng Việt gõ bằng bảng mã ` +
    `${a.encoding === "VNI" ? "VNI-Windows (phông VNI-…)" : "TCVN3 (phông .Vn…)"} rồi dán vào tệp Unicode, nên ` +
    `văn bản sẽ in ra chữ lạ. Đã đọc lại là: ` +
    `${q(a.write)}.${
      a.fix
        ? ` Viết: ${String(a.fix).trim()}`
        : " Chuyển đoạn chữ sang Unicode (Unikey: " + "Ctrl+Shift+F6) rồi dán lại."
    }`,
  "text/number-form": (a: Args) =>
    a.decimal !== ""
      ? `Dòng ${q(a.typed)}: ${q(a.value)} đọc được hai cách: ${a.thousands} (dấu chấm phân cách hàng nghìn) hay ` +
        `${a.decimal} (dấu thập phân). Công cụ không đoán: viết số liền, không dấu chấm, ví dụ ${a.thousands}.`
      : `Dòng ${q(a.typed)}: số ${q(a.value)} có dấu phân cách hàng nghìn; trong tệp, số viết liền: viết ` +
        `${a.thousands}${a.fix ? ` (${String(a.fix).trim()})` : ""}.`,
  "text/repeated-item": (a: Args) =>
    a.phase
      ? `Đợt thi đua ở dòng ${a.line} giống hệt đợt ở dòng ${a.first} (dán hai lần?): các đợt sau bị lệch số thứ ` +
        `tự. Xóa một trong hai.`
      : `Mục ở dòng ${a.line} giống hệt mục ở dòng ${a.first} (dán hai lần?): văn bản sẽ in hai lần. Nếu dán nhầm, ` +
        `xóa một trong hai.`,
  "text/example-value": (a: Args) =>
    `${q(a.typed)} vẫn là số ví dụ của tệp mẫu (${a.value}): sửa thành số thật của trường, rồi xóa ghi chú “# ví dụ”.`,
  "text/review-note": (a: Args) =>
    `Còn ghi chú “# kiểm tra” của công cụ ở dòng này: ${q(a.note)}. Đối chiếu với văn bản gốc, sửa nếu cần, rồi ` +
    `xóa ghi chú.`,
  "plan/cut-off": (a: Args) =>
    `Tệp có vẻ bị cắt ngang: dòng cuối (dòng ${a.line}, ${q(a.typed)}) dừng giữa ` +
    `chừng${a.missing ? ` và còn thiếu ${a.missing}` : ""}. Mở lại bản đầy đủ (bản sao lưu, tệp gửi kèm) hoặc ` +
    `viết tiếp phần còn thiếu.`,
  "limits/diagnostics": (a: Args) =>
    `Còn ${a.more} vấn đề khác không hiển thị (chỉ hiện ${a.limit} vấn đề đầu tiên của mỗi tệp).`,
  "io/not-a-file": () => "Đây không phải tệp thường (thiết bị, đường ống…); hãy chỉ ra một tệp .yaml.",
  "io/not-spreadsheet": (a: Args) =>
    a.ext === ".ods"
      ? "Tệp .ods của LibreOffice: mở bằng LibreOffice Calc, chọn Lưu thành (Save As) → Excel 2007-365 (.xlsx), rồi " +
        "nhập tệp .xlsx."
      : `Tệp ${q(a.file)} không phải bảng tính công cụ đọc được: chỉ đọc .xlsx (Excel) và .csv. Trong Excel chọn ` +
        `Lưu thành (Save As) → Excel Workbook (*.xlsx) hoặc CSV UTF-8.`,
  "io/xls-binary": () =>
    "Đây là tệp Excel cũ (.xls, Excel 97-2003), công cụ chỉ đọc được .xlsx. Mở tệp bằng Excel, chọn Lưu thành " +
    "(Save As) → Excel Workbook (*.xlsx), rồi nhập tệp .xlsx.",
  "io/xlsx-encrypted": () =>
    "Bảng tính có đặt mật khẩu. Mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng " +
    "mật khẩu, xóa mật khẩu), lưu lại rồi nhập.",
  "io/xlsx-too-large": (a: Args) =>
    `Nội dung bảng tính giải nén ra quá lớn (giới hạn ${a.limit} byte): tệp hỏng, hoặc không phải một danh sách ` +
    `cán bộ.`,
  "io/xlsx-corrupt": () =>
    "Tệp .xlsx bị hỏng hoặc không phải bảng tính Excel (không đọc được nội dung). Mở bằng Excel hay LibreOffice, " +
    "lưu lại thành tệp mới rồi nhập.",
  "io/sheet-missing": (a: Args) =>
    `Bảng tính không có trang ${q(a.sheet)}. Các trang có: ${a.sheets}. Chọn đúng tên với --sheet.`,
  "io/no-header": (a: Args) =>
    `Không tìm thấy dòng tiêu đề của danh sách trong ${a.rows} dòng ` +
    `đầu${a.sheet ? ` của trang ${q(a.sheet)}` : ""}: cần ít nhất một cột “Họ và tên” (hoặc “Họ tên”). Kiểm tra ` +
    `trang (--sheet) và tiêu đề các cột.`,
  "io/csv-encoding": (a: Args) =>
    `Tệp CSV không phải UTF-8 và không đọc được bằng bảng mã cũ nào (có thể là ${a.guess}). Trong Excel chọn Lưu ` +
    `thành (Save As) → CSV UTF-8 (Comma delimited), hoặc lưu thành .xlsx, rồi nhập lại.`,
  "io/csv-malformed": (a: Args) =>
    `Dòng ${a.row} của tệp CSV có một ô mở bằng dấu nháy kép nhưng không đóng đúng chỗ. Sửa ô đó, hoặc mở tệp ` +
    "trong Excel rồi lưu lại thành CSV UTF-8 hoặc .xlsx, rồi nhập lại.",
  "limits/aliases": (a: Args) => `Tệp dùng quá nhiều dấu * để lặp lại nội dung (giới hạn ${a.limit}).`,
  "limits/depth": (a: Args) => `Các mục lồng nhau quá sâu (giới hạn ${a.limit} cấp).`,
  "editor/schema-link": (a: Args) =>
    `Dòng đầu trỏ tới tệp schema không có (${q(a.link)}): VS Code sẽ không gợi ý, không giải thích được các mục. ` +
    `Chạy “plan fix” để viết lại thành ${q(a.write)}.`,
  "plan/empty": () => "Tệp trống: chưa có nội dung kế hoạch. Dùng “plan init” để tạo tệp mẫu.",
  "plan/not-a-mapping": (a: Args) =>
    `Tệp kế hoạch phải là các mục “tên: giá trị” (document:, legalBases:, …), nhưng đây là ${a.actual}.`,
  // ── schema ──
  "schema/required": (a: Args) => `Thiếu mục ${q(a.property)} (${a.propertyTitle}) trong ${a.field}.`,
  "schema/unknown-property": (a: Args) =>
    a.vietnamese
      ? `Tên mục ${q(a.property)} cần viết bằng tên của công cụ: ${q(a.suggestion)} (${a.property}). Viết ` +
        `${a.suggestion}: thay cho ${a.property}:`
      : `Tên mục ${q(a.property)} không có trong ${a.field}.${hint(a)}`,
  "schema/type": (a: Args) => `${a.field} phải là ${typeWords(a)}, nhưng đang là ${shown(a.value)}.${write(a)}`,
  "schema/enum": (a: Args) =>
    `${a.field}: giá trị ${q(a.value)} không hợp lệ.${hint(a)} Các giá trị được phép: ${a.allowed}.`,
  "schema/format": (a: Args) =>
    a.write
      ? `${a.field}: ngày ${q(a.value)} phải viết dạng năm-tháng-ngày.${write(a)}`
      : `${a.field}: ${q(a.value)} không phải là ngày có thật (viết dạng năm-tháng-ngày, ví dụ 2024-09-19).`,
  "schema/pattern": (a: Args) => `${a.field}: ${q(a.value)} không đúng dạng (${a.expected}).${write(a)}`,
  "schema/minimum": (a: Args) => `${a.field} phải lớn hơn hoặc bằng ${a.limit}, nhưng đang là ${a.value}.`,
  "schema/maximum": (a: Args) => `${a.field} phải nhỏ hơn hoặc bằng ${a.limit}, nhưng đang là ${a.value}.`,
  "schema/min-length": (a: Args) => `${a.field} không được để trống.`,
  "schema/max-length": (a: Args) => `${a.field} quá dài (${a.length} ký tự; tối đa ${a.limit}).`,
  "schema/min-items": (a: Args) => `${a.field} cần ít nhất ${a.limit} mục.`,
  "schema/max-items": (a: Args) => `${a.field} có quá nhiều mục (tối đa ${a.limit}).`,
  "schema/const": (a: Args) => `${a.field} phải là ${q(a.expected)}.`,
  "schema/any-of": (a: Args) => `${a.field}: ${q(a.value)} không hợp lệ. ${a.expected}${write(a)}`,
  "schema/invalid": (a: Args) => `${a.field}: giá trị không hợp lệ (${a.detail}).`,
  "format/version": (a: Args) =>
    `Tệp ghi formatVersion: 1 nhưng dùng ${a.field} của định dạng 2: sửa thành formatVersion: 2.`,
  // ── structure ──
  "structure/section-heading": () => "Mục cần có tiêu đề (title) hoặc đoạn văn đánh số (text).",
  "structure/section-depth": (a: Args) => `Mục lồng quá ${a.limit} cấp (I., 1., 1.1., a)); hãy gộp bớt cấp.`,
  "structure/target-name": () => "Mỗi chỉ tiêu cần đúng một trong hai: mã danh hiệu (title) hoặc tên tự do (name).",
  "structure/phase-ref": (a: Args) => `Không có Đợt ${a.phase}: kế hoạch chỉ có ${a.count} đợt thi đua.`,
  "structure/insert-empty": (a: Args) => `Khối ${q(a.insert)} được chèn nhưng chưa có dữ liệu (${a.field} trống).`,
  "structure/unknown-group": (a: Args) =>
    `Không có nhóm chỉ tiêu mã ${q(a.id)} trong targets.groups (các mã đang có: ${a.known}).${hint(a)}`,
  "structure/typed-numbering": (a: Args) =>
    `Tiêu đề ${q(a.value)} có số mục ${q(a.number)} gõ tay; công cụ tự đánh số nên văn bản sẽ in ${q(a.printed)}. ` +
    `Xóa số mục, viết: ${a.write}`,
  "structure/insert-missing": (a: Args) =>
    `Có ${a.field} nhưng không chèn vào đâu trong nội dung; thêm “- insert: ${a.insert}” vào mục phù hợp.`,
  // ── targets ──
  "targets/count-exceeds-total": (a: Args) => `${a.title}: ${a.count} vượt quá tổng số ${a.total}.`,
  "targets/subcount-exceeds": (a: Args) =>
    `${a.title}: các phần “trong đó” (${a.list}) cộng lại là ${a.parts}, nhiều hơn chỉ tiêu ${a.count}.`,
  "targets/unit-without-total": (a: Args) =>
    `Có đơn vị tổng số ${q(a.unit)} nhưng chưa có “${a.total}:” (tổng số): tiêu đề sẽ in không có “(tổng số …)”. ` +
    `Thêm ${a.total}, hoặc bỏ dòng đơn vị.`,
  "targets/percent-without-total": (a: Args) =>
    `${a.title}: muốn in ${a.fraction ? "dạng số lượng/tổng số" : "tỉ lệ %"} nhưng chưa có tổng ` +
    `số${a.fraction ? "" : " để chia"}. Thêm “of:” cho chỉ tiêu, “total:” (hay “otherTotals:” theo đơn vị) cho ` +
    `nhóm hoặc “staffTotal:”; hoặc ghi ${a.fraction ? "“fraction: false”" : "“percent: false”"} để chỉ in số ` +
    `lượng.`,
  "targets/cstdcs-exceeds-ldtt": (a: Args) =>
    `Số Chiến sĩ thi đua cơ sở (${a.cstdcs}) lớn hơn số Lao động tiên tiến (${a.ldtt}): CSTĐCS phải đạt tiêu ` +
    `chuẩn LĐTT trước.`,
  "targets/ttldtt-threshold": (a: Args) =>
    `${a.unit ? `${a.unit}: ` : ""}Tập thể lao động tiên tiến cần ít nhất 70% thành viên đạt Lao động tiên tiến; ` +
    `kế hoạch có ${a.ldtt}/${a.total} = ${a.percent} (cần ít nhất ${a.needed} người).`,
  "targets/ttldxs-threshold": (a: Args) =>
    `${a.unit ? `${a.unit}: ` : ""}Tập thể lao động xuất sắc cần ít nhất 70% thành viên đạt Lao động tiên tiến ` +
    `(cần ${a.needed}, có ${a.ldtt}) và ít nhất 1 Chiến sĩ thi đua cơ sở (có ${a.cstdcs}).`,
  "targets/collective-unchecked": (a: Args) =>
    a.missing === "members"
      ? `${q(a.label)}: danh hiệu của ${a.unit} không được kiểm tra (≥ 70% thành viên đạt Lao động tiên tiến): số ` +
        `liệu của cả trường không nói gì về ${a.unit}. Ghi “members:” (số thành viên) và “ldtt:” (số đạt LĐTT) của ` +
        `${a.unit} để kiểm tra.`
      : `${q(a.label)}: có số thành viên nhưng chưa ghi “ldtt:” (số thành viên đạt Lao động tiên tiến) nên chưa ` +
        `kiểm tra được điều kiện 70%.`,
  "targets/collective-count-exceeds": (a: Args) =>
    `${a.unit}: ${a.count} ${a.what} nhiều hơn số thành viên (${a.members}).`,
  "targets/local-cstdcs-cap": (a: Args) =>
    `Theo quy định của địa phương (${a.source}), CSTĐCS tối đa ${a.cap}% số LĐTT (${a.max} người); kế hoạch có ` +
    `${a.cstdcs}.`,
  "targets/local-non-leader": (a: Args) =>
    `${a.title}: người không giữ chức vụ lãnh đạo chiếm ${a.percent}, dưới mức tối thiểu ${a.min}% theo quy định ` +
    `của địa phương (${a.source}).`,
  // ── prose arithmetic ──
  "prose/percent-mismatch": (a: Args) => `Tỉ lệ sai: ${a.ratio} = ${a.correct}, không phải ${a.written}.`,
  "prose/percent-over-100": (a: Args) => `Tỉ lệ ${a.written} lớn hơn 100%.`,
  "prose/anniversary-mismatch": (a: Args) =>
    `Số năm kỷ niệm sai: ${a.occasion} (${a.from} - ${a.to}) là ${a.correct} năm, không phải ${a.written} năm.`,
  "prose/anniversary-catalogue": (a: Args) =>
    `Số năm kỷ niệm sai: ${a.occasion} năm ${a.year} là kỷ niệm ${a.correct} năm (từ ${a.base}), không phải ` +
    `${a.written} năm.`,
  "prose/anniversary-dates": (a: Args) => `Hai mốc ngày kỷ niệm không cùng ngày tháng: ${a.from} và ${a.to}.`,
  "prose/school-year": (a: Args) =>
    `Trích yếu ghi năm học ${q(a.written)} nhưng kế hoạch là của năm học ${a.schoolYear} (schoolYear). Sửa trích ` +
    `yếu, hoặc sửa schoolYear nếu trích yếu đúng.`,
  // ── calendar, phases, timeline ──
  "calendar/order": (a: Args) => `${a.later} (${a.laterDate}) phải sau ${a.earlier} (${a.earlierDate}).`,
  "calendar/school-year": (a: Args) => `${a.field} (${a.date}) không thuộc năm học ${a.schoolYear}.`,
  "phases/reversed": (a: Args) => `${a.phase}: ngày bắt đầu ${a.from} sau ngày kết thúc ${a.to}.`,
  "phases/outside-year": (a: Args) =>
    `${a.phase} (${a.from} - ${a.to}) nằm ngoài năm học (${a.yearStart} - ${a.yearEnd}).`,
  "phases/overlap": (a: Args) =>
    `${a.phase} (${a.from} - ${a.to}) trùng thời gian với ${a.other} (${a.otherFrom} - ${a.otherTo}) từ ` +
    `${a.overlapFrom} đến ${a.overlapTo}.`,
  "phases/week-outside-year": (a: Args) =>
    `Tuần ${a.week} không có trong năm học: năm học chỉ có ${a.weeks} tuần (tuần cuối: ${a.lastWeek}).`,
  "phases/wording-date": (a: Args) =>
    `${a.phase}: lời văn ghi ${q(a.written)} nhưng ngày ${a.role === "from" ? "bắt đầu" : "kết thúc"} của đợt là ` +
    `${a.bound}. Sửa lời văn, hoặc viết {${a.role}} để công cụ tự điền ngày.`,
  "phases/wording-week": (a: Args) =>
    `${a.phase}: lời văn ghi tuần ${a.written} nhưng đợt ${a.role === "from" ? "bắt đầu từ" : "kết thúc hết"} ` +
    `tuần ${a.week}.`,
  "phases/unknown-placeholder": (a: Args) => `Chỗ điền ${q(a.written)} không có: chỉ dùng được ${a.known}.`,
  "phases/gap": (a: Args) => `Từ ${a.from} đến ${a.to} (${a.days} ngày) không thuộc đợt thi đua nào.`,
  "timeline/order": (a: Args) =>
    `Tháng ${a.month} đứng sau tháng ${a.previous}: các tháng phải theo thứ tự của năm học.`,
  "timeline/duplicate-month": (a: Args) => `Tháng ${a.month} xuất hiện hai lần trong bảng nhiệm vụ.`,
  "timeline/outside-year": (a: Args) => `Tháng ${a.month}/${a.year} nằm ngoài năm học (${a.yearStart} - ${a.yearEnd}).`,
  "timeline/month-label": (a: Args) => {
    const settings = [a.year ? "monthWithYear: true" : "", a.zero ? `monthLeadingZero: ${a.zero}` : ""]
      .filter(Boolean)
      .join(", ");
    return (
      `Dòng ${q(a.label)} là một tháng nhưng viết bằng label: công việc của dòng không được đối chiếu với tháng ` +
      `(thứ tự, các đợt, lịch). Viết “month: ${a.month}” thay cho ` +
      `label${settings ? `, và trong layout: ${settings}, để in đúng ${q(a.label)}` : ""}.`
    );
  },
  "timeline/phase-mismatch": (a: Args) =>
    `Công việc gắn với ${a.phase} (${a.from} - ${a.to}) nhưng được xếp vào tháng ${a.month}/${a.year}.`,
  // ── dates and legal bases ──
  "dates/plan-date-outside-year": (a: Args) =>
    `Ngày ban hành ${a.date} không thuộc năm học ${a.schoolYear} (${a.yearStart} - ${a.yearEnd}) hoặc ngay trước đó.`,
  "legal/after-plan": (a: Args) => `Văn bản căn cứ ${a.basis} ngày ${a.date} ban hành sau kế hoạch (${a.planDate}).`,
  "legal/number-year": (a: Args) => `Số hiệu ${q(a.number)} mang năm ${a.numberYear} nhưng ngày ban hành là ${a.date}.`,
  "legal/replaced-likely": (a: Args) =>
    `${a.basis} có thể đã được thay bằng ${a.replacement} từ ${a.since} (nguồn chưa đọc được toàn văn): kế hoạch ` +
    `ngày ${a.planDate} nên đối chiếu và dẫn văn bản mới.`,
  "legal/repealed": (a: Args) =>
    `${a.basis} đã được thay thế bởi ${a.replacement} từ ngày ${a.since}; kế hoạch ` +
    `${a.signed ? "ngày" : "của năm học bắt đầu"} ${a.planDate} nên căn cứ văn bản mới.`,
  "legal/missing-date": (a: Args) =>
    `Văn bản căn cứ ${a.basis} chưa có ngày ban hành: thêm dòng “date:” (ngày ban hành) để công cụ kiểm tra được.`,
  // ── Nghị định 30 form ──
  "document/number-format": (a: Args) =>
    `Số văn bản ${q(a.value)} không đúng dạng: chỉ gồm chữ số, có thể thêm một chữ cái (ví dụ 50 hoặc 50a).`,
  "document/type-code": (a: Args) =>
    `Ký hiệu ${q(a.code)} phải bắt đầu bằng ${q(a.expected)} (chữ viết tắt của “${a.type}”, Phụ lục III Nghị định 30).`,
  "document/date-placeholder": () => "Ngày ban hành còn để trống: điền ngày (năm-tháng-ngày) khi ký ban hành kế hoạch.",
  "document/recipients-archive": (a: Args) =>
    `Dòng cuối của nơi nhận phải là “Lưu: VT, …” (Nghị định 30), nhưng đang là ${q(a.value)}.`,
  ...RESULTS_VI,
} satisfies Record<DiagnosticCode, (a: Args) => string>;
