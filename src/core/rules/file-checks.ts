// The checks that run before the rules, described as each rule describes itself (rule.ts, RuleMeta), so the
// README's tables and plan fix read one description of every code. The codes are produced elsewhere —
// each stage names where — and live here as data only, beside the rules, until the reader settles
// (issue 20, item 1); the catalogue test holds this table to the codes the messages define.
import type { DiagnosticCode } from "../diagnostic.js";
import { LIMITS } from "../load/load.js";
import { MAX_DIAGNOSTICS } from "../validate/validate.js";
import type { CodeMeta } from "./rule.js";

export interface CheckMeta extends CodeMeta {
  /** Whether `plan fix` rewrites the line: only a slip with one reading (fix.ts). */
  fixable: boolean;
}

/** One step a file goes through before the rules see it. */
export interface CheckStage {
  /** The heading of the stage's table in the README. */
  title: { vi: string; en: string };
  /** The modules that report these codes: a change there is a change here. */
  producedBy: readonly string[];
  codes: { readonly [code in DiagnosticCode]?: CheckMeta };
}

const error = (vi: string, en: string, fixable = false): CheckMeta => ({
  severity: "error",
  fixable,
  summary: { vi, en },
});
const warning = (vi: string, en: string, fixable = false): CheckMeta => ({
  severity: "warning",
  fixable,
  summary: { vi, en },
});
const info = (vi: string, en: string, fixable = false): CheckMeta => ({
  severity: "info",
  fixable,
  summary: { vi, en },
});
const MENDS = true;

export const CHECK_STAGES: readonly CheckStage[] = [
  {
    title: { vi: "Đọc và ghi tệp (mã thoát 2)", en: "Reading and writing files (exit code 2)" },
    producedBy: [
      "src/cli/io.ts",
      "src/cli/safe-write.ts",
      "src/cli/commands/create.ts",
      "src/cli/commands/import.ts",
      "src/cli/commands/results-import.ts",
      "src/cli/pdf.ts",
    ],
    codes: {
      "io/not-found": error("không có tệp", "no such file"),
      "io/is-directory": error("là thư mục, không phải tệp", "a directory, not a file"),
      "io/not-a-file": error(
        "là thiết bị hay đường ống, không phải tệp thường",
        "a device or a pipe, not a regular file",
      ),
      "io/unreadable": error("không đọc được tệp", "the file cannot be read"),
      "io/too-large": error("tệp quá 2 MB", "the file is over 2 MB"),
      "io/output-dir-missing": error(
        "thư mục ghi kết quả không có (không tự tạo)",
        "the output folder does not exist (it is never created)",
      ),
      "io/output-is-input": error("tệp kết quả trùng với tệp kế hoạch", "the output would be the plan file itself"),
      "io/write-failed": error(
        "không ghi được tệp kết quả; tệp cũ giữ nguyên",
        "the output could not be written; any previous file is untouched",
      ),
      "io/exists": error(
        "tệp kế hoạch sẽ ghi đã có (tệp kế hoạch là của văn thư): `-o` tên khác, hoặc `--force`",
        "the plan file to write exists (a plan is the clerk's): `-o` another name, or `--force`",
      ),
      "io/output-foreign": error(
        "tệp đích đã có và không do `plan` tạo (văn bản gốc của trường…): không ghi đè; `-o` hoặc `--force`",
        "the output exists and plan did not write it: not replaced; `-o` or `--force`",
      ),
      "io/output-changed": error(
        "tệp đích do `plan` tạo nhưng đã sửa trong Word/LibreOffice hoặc đã ký số: không ghi đè",
        "the output was written by plan but changed or signed since: not replaced",
      ),
      "io/output-unmarked": error(
        "tệp chữ thuần đích đã có (không có dấu nhận biết): không ghi đè",
        "a plain-text output exists (it carries no mark): not replaced",
      ),
      "io/output-unreadable": error(
        "không đọc được tệp đích đã có để biết ai tạo: không ghi đè",
        "the existing output cannot be read to tell who wrote it: not replaced",
      ),
      "io/output-is-directory": error("tên tệp đích là một thư mục", "the output name is a directory"),
      "io/not-plan-name": error(
        "tên tệp không có đuôi `.yaml`/`.yml`: không đọc như kế hoạch (`--any-name` để đọc)",
        "the name does not end in `.yaml`/`.yml`: not read as a plan (`--any-name` reads it)",
      ),
      "io/backup-name": error(
        "bản sao lưu của trình soạn thảo (`~`, `.bak`, `.swp`, `#…#`): không đọc như kế hoạch",
        "an editor's backup (`~`, `.bak`, `.swp`, `#…#`): not read as a plan",
      ),
      "io/no-libreoffice": error(
        "`render --pdf`: máy chưa cài LibreOffice (thông báo nêu cách cài trên Windows và Linux)",
        "`render --pdf`: LibreOffice is not installed (the message says how, on Windows and Linux)",
      ),
      "io/pdf-failed": error(
        "`render --pdf`: chuyển đổi thất bại hoặc quá 120 giây",
        "`render --pdf`: the conversion failed or took over 120 s",
      ),
      "io/pdf-font": warning(
        "`render --pdf`: máy chưa cài Times New Roman; một dòng nêu phông được dùng thay và cách cài (Liberation " +
          "Serif cùng độ rộng chữ)",
        "`render --pdf`: Times New Roman is not installed; one line names the font used instead and how to " +
          "install it (Liberation Serif has its widths)",
      ),
      "io/not-docx": error("`plan import`: không phải tệp .docx", "`plan import`: not a .docx"),
      "io/doc-binary": error("`plan import`: tệp Word cũ (.doc)", "`plan import`: an old Word file (.doc)"),
      "io/docx-encrypted": error(
        "`plan import`: văn bản có mật khẩu",
        "`plan import`: the document is password-protected",
      ),
      "io/docx-too-large": error("`plan import`: giải nén ra quá lớn", "`plan import`: the content inflates too large"),
      "io/docx-corrupt": error("`plan import`: tệp hỏng", "`plan import`: the file is damaged"),
      "io/docx-empty": error("`plan import`: không có chữ trong phần nội dung", "`plan import`: no text in the body"),
      "io/not-spreadsheet": error(
        "`plan results import`: không phải tệp .xlsx hay .csv (tệp .ods: lưu thành .xlsx)",
        "`plan results import`: not a .xlsx or .csv file (an .ods: save it as .xlsx)",
      ),
      "io/xls-binary": error(
        "`plan results import`: tệp Excel cũ (.xls)",
        "`plan results import`: an old Excel file (.xls)",
      ),
      "io/xlsx-encrypted": error(
        "`plan results import`: bảng tính có mật khẩu",
        "`plan results import`: the workbook is password-protected",
      ),
      "io/xlsx-too-large": error(
        "`plan results import`: bảng tính giải nén ra quá lớn",
        "`plan results import`: the workbook inflates too large",
      ),
      "io/xlsx-corrupt": error(
        "`plan results import`: tệp .xlsx hỏng hoặc không phải bảng tính",
        "`plan results import`: the .xlsx is damaged or no workbook",
      ),
      "io/sheet-missing": error(
        "`plan results import --sheet`: không có trang tên đó (thông báo nêu các trang có)",
        "`plan results import --sheet`: no sheet of that name (the message lists the sheets)",
      ),
      "io/no-header": error(
        "`plan results import`: không thấy dòng tiêu đề có cột “Họ và tên” trong 15 dòng đầu",
        "`plan results import`: no heading row with a “Họ và tên” column in the first 15 rows",
      ),
      "io/csv-encoding": error(
        "`plan results import`: tệp CSV không phải UTF-8, Windows-1258 hay TCVN3",
        "`plan results import`: the CSV is not UTF-8, Windows-1258 or TCVN3",
      ),
      "io/csv-malformed": error(
        "`plan results import`: tệp CSV có dấu nháy kép không đóng đúng chỗ (thông báo nêu chỗ hỏng)",
        "`plan results import`: the CSV has a double quote not closed where a cell ends (the message says where)",
      ),
    },
  },
  {
    title: { vi: "Mã hóa ký tự", en: "Character encoding" },
    producedBy: ["src/core/load/decode.ts", "src/core/check.ts"],
    codes: {
      "encoding/utf16": error("tệp lưu theo UTF-16, không phải UTF-8", "saved as UTF-16, not UTF-8"),
      "encoding/not-utf8": error(
        "tệp không phải UTF-8 (TCVN3, Windows-1258…): thông báo đoán bảng mã và chỉ byte lỗi đầu tiên",
        "not UTF-8 (TCVN3, Windows-1258…): the message guesses the encoding and points at the first bad byte",
      ),
      "encoding/binary": error("tệp nhị phân (có byte 0)", "binary data (a zero byte)"),
      // plan fix writes the text it decoded, which is composed.
      "encoding/normalized": info(
        "chữ tổ hợp NFD đã được chuẩn hóa NFC; vị trí vẫn tính theo tệp như đang viết",
        "decomposed (NFD) letters were composed (NFC); positions still count the file as written",
        MENDS,
      ),
    },
  },
  {
    title: { vi: "Cú pháp YAML", en: "YAML syntax" },
    producedBy: ["src/core/load/load.ts", "src/core/load/slips.ts"],
    codes: {
      "yaml/syntax": error(
        "lỗi cú pháp: chỉ báo lỗi đầu tiên (các lỗi sau thường là hệ quả)",
        "a syntax error: only the first is reported (later ones usually follow from it)",
      ),
      // Each tab is two spaces or four: whichever makes the file read (fix.ts).
      "yaml/tab": error("thụt lề bằng phím Tab", "indentation with a tab", MENDS),
      "yaml/duplicate-key": error(
        "tên mục viết hai lần ở cùng một chỗ (báo hết, không chỉ lần đầu)",
        "a key written twice in one place (every one reported)",
      ),
      "yaml/colon-in-text": error(
        "câu có dấu hai chấm bị hiểu là tên mục: đặt cả câu trong dấu nháy kép",
        "a sentence with a colon read as a key: the whole sentence goes in double quotes",
        MENDS,
      ),
      "yaml/multiple-documents": error(
        "dòng `---` chia tệp thành nhiều phần",
        "a `---` line splits the file into several documents",
      ),
      "yaml/complex-key": error("dấu `?` hoặc ngoặc ở chỗ tên mục", "a `?` or a bracket where a key stands"),
      "yaml/unknown-tag": warning(
        "dấu `!…` trên một giá trị: giá trị đọc như chữ thường, không thực thi gì",
        "a `!…` tag on a value: read as plain text, nothing is run",
      ),
      "yaml/missing-colon": error(
        '"staffTotal 31" (thiếu dấu hai chấm sau tên mục), "place：" (dấu hai chấm độ rộng toàn phần)',
        '"staffTotal 31" (a field name with its colon deleted), "place：" (a full-width colon)',
        MENDS,
      ),
      "yaml/dash-space": error(
        '"-Thành lập …": thiếu dấu cách sau dấu "-" của mục danh sách',
        '"-Thành lập …": no space after a list item\'s "-"',
        MENDS,
      ),
      // Named at the line that moved; fix aligns it with the line above (one reading: that line already has its value,
      // or the block's key is named).
      "yaml/indentation": error(
        "thụt lề lệch: dòng thụt sâu dưới một dòng đã có giá trị, lệch giữa hai cấp, hoặc các dòng của một mục " +
          "(như `signer:`) chưa thụt vào",
        "an indentation slip: a line indented under one that has its value, between two levels, or the lines of a " +
          "field (such as `signer:`) not indented under it",
        MENDS,
      ),
      "yaml/space-after-colon": error(
        '"staffTotal:30" hay dấu cách không ngắt sau dấu hai chấm: thiếu dấu cách',
        '"staffTotal:30" or a non-breaking space after the colon: a space is missing',
        MENDS,
      ),
    },
  },
  {
    title: { vi: "Lỗi gõ của văn thư", en: "The clerk's typing slips" },
    producedBy: ["src/core/load/slips.ts", "src/core/load/load.ts"],
    codes: {
      "text/leading-symbol": error(
        "câu bắt đầu bằng ký hiệu riêng của YAML (`&`, `*`, `!`, `%`, `@`, `` ` ``, `?`, `|`, `>`, `{`, `[`), làm " +
          "mất chữ: đặt cả câu trong dấu nháy kép",
        "a sentence starting with one of YAML's own marks (`&`, `*`, `!`, `%`, `@`, `` ` ``, `?`, `|`, `>`, `{`, " +
          "`[`), which loses words: the whole sentence goes in double quotes",
        MENDS,
      ),
      "text/inline-comment": error(
        'trong một câu (chữ tự do), `#` dính liền chữ ("#1", "#quan trọng"): phần sau `#` sẽ bị bỏ khỏi văn bản. ' +
          '"# …" có dấu cách, và mọi `#` sau ngày, mã, số, `insert:` là ghi chú (như Prettier viết)',
        'in a sentence (free text), a `#` touching a word ("#1", "#quan trọng"): what follows would be dropped. A ' +
          '"# …" with a space, and any `#` after a date, a code, a number or an `insert:`, is a comment (as ' +
          "Prettier writes it)",
        MENDS,
      ),
      "text/invisible-character": error(
        "dấu cách không ngắt, ký tự độ rộng 0 trong thụt lề hoặc tên mục (sao chép từ Word)",
        "a non-breaking or zero-width space in indentation or a key (copied from Word)",
        MENDS,
      ),
      "text/merged-items": error(
        "mục danh sách thụt sâu hơn một dấu cách bị nối vào mục trên",
        "a list item indented one space too far, joined to the item above",
        MENDS,
      ),
      // One paragraph or several items? Two readings: plan fix says so and changes nothing.
      "text/joined-lines": warning(
        "đoạn viết trên nhiều dòng được nối thành một đoạn",
        "a paragraph written over several lines, joined into one",
      ),
      "text/smart-quotes": warning(
        "ngoặc kép cong “…” bao cả giá trị sẽ được in ra",
        "curly quotes “…” around a whole value would be printed",
        MENDS,
      ),
      "text/typed-bullet": warning(
        'gõ "•", "–", "1." ở đầu mục mà công cụ tự thêm dấu (lỗi nếu thay cho "- ")',
        'a typed "•", "–" or "1." before an item the tool marks itself (an error when it stands for "- ")',
        MENDS,
      ),
      "text/key-lookalike": error(
        'tên mục gõ khi bộ gõ tiếng Việt còn bật hay có chữ Kirin/Hy Lạp ("stảt", "thêm", "plаce"): gợi ý tên gần ' +
          "nhất và chỉ rõ chữ lạ",
        'a key typed with a Vietnamese input method on, or with a Cyrillic or Greek letter ("stảt", "thêm", ' +
          '"plаce"): the nearest field is named, and the odd letter',
        MENDS,
      ),
      "text/lookalike-letter": error(
        'chữ Hy Lạp, Kirin trông như chữ La-tinh ("ΚΗ-TrMNNT"), "ð/Ð" thay cho "đ/Đ": chỉ rõ vị trí và giá trị ' +
          "nên viết",
        'a Greek or Cyrillic letter drawn like a Latin one ("ΚΗ-TrMNNT"), "ð/Ð" for "đ/Đ": named with its ' +
          "position and the value to write",
        MENDS,
      ),
      "text/hidden-character": error(
        'ký tự không nhìn thấy (RLM, LRM, độ rộng 0) trong một giá trị; trong ngày, mã, năm học cả "–", gạch nối ' +
          "không ngắt, dấu cách không ngắt",
        'an invisible mark (RLM, LRM, zero-width) in a value; in a date, a code or the school year also "–", a ' +
          "non-breaking hyphen or space",
        MENDS,
      ),
      "text/legacy-encoding": error(
        'chữ TCVN3 ("Tr­êng MÇm non") hay VNI-Windows ("Tröôøng Maàm non") dán vào tệp Unicode: chuyển theo bảng mã',
        'TCVN3 ("Tr­êng MÇm non") or VNI-Windows ("Tröôøng Maàm non") text pasted into the UTF-8 file: converted ' +
          "by table",
        MENDS,
      ),
      // One reading ("1.460": 1,46 is no count) is mended; two ("1.000": 1000 or 1) are said and left.
      "text/number-form": error(
        'số lượng viết có dấu phân cách hàng nghìn ("1.460"): một cách hiểu thì viết lại 1460; "1.000" (1000 hay ' +
          "1?) thì báo cả hai cách",
        'a count with a thousands separator ("1.460"): with one reading it is rewritten 1460; "1.000" (1000 or ' +
          "1?) is reported with both readings",
        MENDS,
      ),
      "text/repeated-item": warning(
        "một mục danh sách được viết hai lần y hệt (lỗi nếu là một đợt thi đua: các đợt sau lệch số)",
        "a list item written twice, word for word (an error for a phase: the later phases' numbers move)",
      ),
      "text/control-character": error(
        "ký tự điều khiển trong chữ (thường do sao chép từ Word/PDF); Word sẽ không mở được văn bản có ký tự này",
        "a control character in the text (copied from Word or a PDF); Word would not open the document",
      ),
    },
  },
  {
    title: { vi: "Chỗ văn thư còn phải xem", en: "What the clerk still has to look at" },
    producedBy: [
      "src/core/load/slips.ts",
      "src/core/new/starter.ts",
      "src/core/import/emit.ts",
      "src/core/results/import/emit.ts",
    ],
    codes: {
      // Deleting a note, or choosing a number, is the clerk's: fix leaves both.
      "text/example-value": warning(
        'số ví dụ của `plan init` ("count: 28  # ví dụ 28") chưa được sửa',
        'an example count of `plan init` ("count: 28  # ví dụ 28") not yet changed',
      ),
      "text/review-note": warning(
        'mỗi ghi chú "# kiểm tra: …" do `plan import`, `plan new` hay `plan results import` để lại, cho đến khi ' +
          "văn thư xóa ghi chú",
        'each "# kiểm tra: …" note `plan import`, `plan new` or `plan results import` left, until the clerk deletes it',
      ),
    },
  },
  {
    title: { vi: "Giới hạn và tệp không phải kế hoạch", en: "Limits, and files that are not a plan" },
    producedBy: ["src/core/load/load.ts", "src/core/validate/validate.ts"],
    codes: {
      "limits/aliases": error(
        `quá ${LIMITS.maxAliasCount} tham chiếu \`*\` (giới hạn an toàn)`,
        `over ${LIMITS.maxAliasCount} aliases \`*\` (a safety limit)`,
      ),
      "limits/depth": error(
        `quá ${LIMITS.maxDepth} cấp lồng nhau (giới hạn an toàn)`,
        `over ${LIMITS.maxDepth} levels of nesting (a safety limit)`,
      ),
      "limits/diagnostics": info(
        `chỉ hiện ${MAX_DIAGNOSTICS} vấn đề đầu tiên của mỗi tệp`,
        `only the first ${MAX_DIAGNOSTICS} problems of each file are shown`,
      ),
      "plan/empty": error("tệp trống", "the file is empty"),
      "plan/cut-off": error(
        "tệp dừng giữa một dòng và thiếu mục: có vẻ bị cắt ngang (một thông báo thay cho các lỗi thiếu mục)",
        "the file stops mid-line with fields missing: it looks cut off (one message for all the missing fields)",
      ),
      "plan/not-a-mapping": error(
        "tệp không phải một bảng các trường `tên: giá trị`",
        "the file is not a mapping of `name: value` fields",
      ),
    },
  },
  {
    title: { vi: "Trình soạn thảo", en: "The editor" },
    producedBy: ["src/cli/schema-link.ts"],
    codes: {
      "editor/schema-link": warning(
        "dòng `# yaml-language-server: $schema=…` trỏ tới tệp không có (tệp đã chuyển chỗ, công cụ cài chỗ khác): " +
          "VS Code mất gợi ý; `plan fix` viết lại đường dẫn",
        "the `# yaml-language-server: $schema=…` line points at no file (the plan moved, the tool is elsewhere): " +
          "VS Code loses its hints; `plan fix` rewrites the link",
      ),
    },
  },
  {
    // A value typed the way Word documents write it ("25/09/2024", "38,5", "Có") is given its form in
    // `args.write`, which plan fix writes. Not schema/pattern: its only fields (the school year, ids)
    // have no such form, so the value it would write is as wrong as the one typed.
    title: { vi: "Cấu trúc (JSON Schema)", en: "Structure (JSON Schema)" },
    producedBy: ["src/core/validate/schema.ts"],
    codes: {
      "schema/required": error("thiếu một mục bắt buộc", "a required field is missing"),
      "schema/unknown-property": error(
        "tên mục không có trong định dạng (gợi ý tên gần nhất; tên tiếng Việt như `địa danh:` được chỉ tên của " +
          "công cụ)",
        "a key the format does not have (the nearest one suggested; a Vietnamese key such as `địa danh:` is given " +
          "the tool's name)",
      ),
      "schema/type": error(
        'sai loại giá trị (chữ, số, danh sách…); "38,5", "Có" được viết lại thành 38.5, true',
        'a value of the wrong kind (text, number, list…); "38,5" and "Có" are rewritten as 38.5 and true',
        MENDS,
      ),
      "schema/enum": error(
        "giá trị không thuộc danh sách được phép (gợi ý giá trị gần nhất)",
        "a value not among those allowed (the nearest one suggested)",
        MENDS,
      ),
      "schema/format": error(
        'ngày không có thật như 2025-02-30; "25/09/2024" được viết lại thành 2024-09-25',
        'a date that does not exist, such as 2025-02-30; "25/09/2024" is rewritten as 2024-09-25',
        MENDS,
      ),
      "text/line-break": error(
        "mục viết trên một dòng (tên, chức vụ, nơi nhận…) có dấu xuống dòng: DOCX in một dòng, văn bản chữ in hai",
        "a one-line field (a name, a post, a recipient…) holds a line break: the DOCX would print one line, the " +
          "text two",
      ),
      "schema/pattern": error(
        "giá trị không đúng dạng (như năm học `2024-2025`)",
        "a value not in its form (such as the school year `2024-2025`)",
      ),
      "schema/minimum": error("số nhỏ hơn mức tối thiểu", "a number below its minimum"),
      "schema/maximum": error("số lớn hơn mức tối đa", "a number above its maximum"),
      "schema/min-length": error("để trống một mục cần chữ", "a text field left empty"),
      "schema/max-length": error("chữ dài quá giới hạn", "a text longer than its limit"),
      "schema/min-items": error("danh sách ít mục hơn mức tối thiểu", "a list with fewer items than its minimum"),
      "schema/max-items": error("danh sách nhiều mục hơn mức tối đa", "a list with more items than its maximum"),
      "schema/const": error("giá trị phải đúng một giá trị cố định", "a value that must be one fixed value"),
      "schema/any-of": error(
        'giá trị không khớp dạng nào được phép (ngày, tháng, mốc năm học…); "tháng 01/2025" được viết lại thành ' +
          "2025-01",
        'a value in none of its allowed forms (a date, a month, a point of the year…); "tháng 01/2025" is ' +
          "rewritten as 2025-01",
        MENDS,
      ),
      "schema/invalid": error(
        "giá trị không hợp lệ theo một điều kiện khác của định dạng",
        "a value failing another condition of the format",
      ),
    },
  },
];
