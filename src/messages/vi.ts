// Vietnamese messages, keyed by diagnostic code. The keys of this table ARE the set of codes:
// a code without a message cannot compile. Values are quoted “…” so a clerk sees exactly what they typed.
type Args = Record<string, string | number>;
const q = (v: unknown): string => `“${String(v)}”`;
const hint = (a: Args): string => (a.suggestion ? ` Bạn có muốn viết ${q(a.suggestion)}?` : "");

// The yaml parser's own codes, said so a clerk knows what to change.
const YAML_SYNTAX: Record<string, string> = {
  MISSING_QUOTE: "dòng chữ mở bằng dấu nháy nhưng không có dấu nháy đóng. Thêm dấu nháy đóng ở cuối dòng chữ.",
  MISSING_CHAR: "thiếu dấu hai chấm sau tên khóa, hoặc thụt lề sai.",
  BAD_INDENT: "thụt lề không đúng: các khóa cùng cấp phải thẳng cột, mục con thụt vào bằng dấu cách.",
  MULTILINE_IMPLICIT_KEY: "tên khóa phải nằm trên một dòng; kiểm tra thụt lề và dấu hai chấm.",
  BAD_DQ_ESCAPE: "trong dấu nháy kép, dấu \\ phải đi kèm ký tự hợp lệ; dùng dấu nháy đơn '…' nếu dòng chữ có dấu \\.",
  BAD_SCALAR_START: "dòng chữ không được bắt đầu bằng ký tự như @ ` % ; đặt cả dòng chữ trong dấu nháy kép.",
  UNEXPECTED_TOKEN: "có ký tự không đúng chỗ; kiểm tra dấu nháy, dấu ngoặc và thụt lề.",
  BAD_ALIAS: "tham chiếu *… không có neo &… tương ứng.",
  KEY_OVER_1024_CHARS: "tên khóa dài quá 1024 ký tự.",
  BLOCK_IN_FLOW: "không viết danh sách nhiều dòng bên trong dấu ngoặc [ ] hoặc { }.",
  MISSING_ANCHOR: "tham chiếu *… không có neo &… tương ứng.",
};

const TYPE_WORDS: Record<string, string> = {
  string: "một dòng chữ",
  integer: "một số nguyên",
  number: "một số",
  object: "một bảng các trường (khóa: giá trị)",
  array: "một danh sách (các dòng bắt đầu bằng “- ”)",
  boolean: "đúng hoặc sai (true/false)",
  null: "để trống",
};
const typeWords = (a: Args): string =>
  a.alternatives ? `một trong: ${a.alternatives}` : String(a.types).split(",").map((t) => TYPE_WORDS[t] ?? t).join(" hoặc ");
const shown = (v: unknown): string => (v === "" ? "trống" : v === "[…]" ? "một danh sách" : v === "{…}" ? "một bảng các trường" : q(v));

export const vi = {
  // ── reading the file ──
  "io/not-found": () => "Không tìm thấy tệp. Kiểm tra lại tên và thư mục.",
  "io/is-directory": () => "Đây là một thư mục, không phải tệp kế hoạch.",
  "io/unreadable": (a: Args) => `Không đọc được tệp (${a.detail}).`,
  "io/too-large": (a: Args) => `Tệp quá lớn (${a.size} byte); giới hạn là ${a.limit} byte.`,
  "io/exists": () => "Tệp đã có; không ghi đè. Chọn tên khác với -o, hoặc thêm --force để ghi đè.",
  "io/write-failed": (a: Args) => `Không ghi được tệp ${q(a.target)} (${a.detail}); tệp cũ (nếu có) được giữ nguyên.`,
  "io/output-dir-missing": (a: Args) => `Thư mục ${q(a.dir)} không tồn tại; hãy tạo thư mục trước khi ghi.`,
  "io/output-is-input": () => "Tệp đầu ra trùng với tệp kế hoạch; chọn tên khác cho -o.",
  "io/not-docx": () => "Tệp không phải văn bản Word (.docx). Mở tệp bằng Word và chọn Lưu thành (Save As) → Word Document (*.docx).",
  "io/doc-binary": () => "Đây là tệp Word cũ (.doc), công cụ chỉ đọc được .docx. Mở tệp bằng Word, chọn Lưu thành (Save As) → Word Document (*.docx), rồi nhập tệp .docx.",
  "io/docx-encrypted": () => "Văn bản Word có đặt mật khẩu. Mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu), lưu lại rồi nhập.",
  "io/docx-too-large": (a: Args) => `Phần nội dung của văn bản Word giải nén ra quá lớn (giới hạn ${a.limit} byte): tệp hỏng hoặc không phải một kế hoạch.`,
  "io/docx-corrupt": () => "Tệp .docx bị hỏng (không đọc được nội dung). Mở bằng Word, lưu lại thành tệp mới rồi nhập.",
  "io/docx-empty": () => "Văn bản Word không có chữ nào trong phần nội dung.",
  "encoding/utf16": () =>
    "Tệp được lưu theo mã UTF-16, không phải UTF-8. Mở tệp bằng VS Code, bấm vào “UTF-16” ở thanh trạng thái, chọn “Save with Encoding” rồi “UTF-8”; hoặc trong Notepad chọn Lưu thành, mục Mã hóa chọn UTF-8.",
  "encoding/not-utf8": (a: Args) =>
    `Tệp không phải mã UTF-8 (có vẻ là ${a.guess}; byte lỗi đầu tiên ở dòng ${a.line}, cột ${a.column}). Chuyển sang Unicode: trong Unikey dùng “Công cụ chuyển mã” (Ctrl+Shift+F6) từ ${a.guess} sang Unicode; hoặc trong VS Code chọn “Reopen with Encoding” với mã cũ rồi “Save with Encoding: UTF-8”.`,
  "encoding/binary": () => "Tệp chứa dữ liệu nhị phân (byte 0), không phải tệp văn bản YAML.",
  "encoding/normalized": () => "Tệp có chữ tiếng Việt dạng tổ hợp (NFD); đã chuẩn hóa sang dạng dựng sẵn (NFC). Nên lưu lại tệp ở dạng NFC.",
  // ── YAML syntax ──
  "yaml/syntax": (a: Args) => `Lỗi cú pháp YAML: ${YAML_SYNTAX[String(a.yamlCode)] ?? a.detail}`,
  "yaml/duplicate-key": (a: Args) => `Khóa ${q(a.key)} bị lặp lại trong cùng một mục: mỗi khóa chỉ được viết một lần.`,
  "yaml/tab": () => "Dùng phím Tab để thụt lề: YAML chỉ cho phép dấu cách. Thay Tab bằng dấu cách (thường là 2 dấu cách mỗi cấp).",
  "yaml/multiple-documents": () => "Tệp có nhiều tài liệu YAML (dấu ---); mỗi tệp chỉ chứa một kế hoạch.",
  "yaml/colon-in-text": () =>
    "Dòng chữ có dấu hai chấm “:” theo sau là dấu cách hoặc ở cuối dòng nên bị hiểu nhầm là một khóa. Đặt cả dòng chữ trong dấu nháy kép: \"…\".",
  "yaml/complex-key": () => "Tên khóa phải là một từ hoặc cụm từ, không được là danh sách hay bảng.",
  "yaml/unknown-tag": () => "Thẻ YAML (!…) không được hỗ trợ; giá trị được đọc như chữ thường. Hãy bỏ thẻ.",
  "text/control-character": (a: Args) => `Dòng chữ chứa ký tự điều khiển ${a.char} (thường do sao chép từ Word hoặc PDF); hãy xóa ký tự đó.`,
  "limits/diagnostics": (a: Args) => `Còn ${a.more} vấn đề khác không hiển thị (chỉ hiện ${a.limit} vấn đề đầu tiên của mỗi tệp).`,
  "io/not-a-file": () => "Đây không phải tệp thường (thiết bị, đường ống…); hãy chỉ ra một tệp .yaml.",
  "limits/aliases": (a: Args) => `Tệp dùng quá nhiều tham chiếu YAML (alias *…); giới hạn là ${a.limit}.`,
  "limits/depth": (a: Args) => `Các mục lồng nhau quá sâu (giới hạn ${a.limit} cấp).`,
  "plan/empty": () => "Tệp trống: chưa có nội dung kế hoạch. Dùng “plan init” để tạo tệp mẫu.",
  "plan/not-a-mapping": (a: Args) => `Tệp kế hoạch phải là một bảng các trường (document:, legalBases:, …), nhưng đây là ${a.actual}.`,
  // ── schema ──
  "schema/required": (a: Args) => `Thiếu trường ${q(a.property)} (${a.propertyTitle}) trong ${a.field}.`,
  "schema/unknown-property": (a: Args) => `Trường ${q(a.property)} không có trong ${a.field}.${hint(a)}`,
  "schema/type": (a: Args) => `${a.field} phải là ${typeWords(a)}, nhưng đang là ${shown(a.value)}.`,
  "schema/enum": (a: Args) => `${a.field}: giá trị ${q(a.value)} không hợp lệ.${hint(a)} Các giá trị được phép: ${a.allowed}.`,
  "schema/format": (a: Args) => `${a.field}: ${q(a.value)} không phải là ngày có thật (viết dạng năm-tháng-ngày, ví dụ 2024-09-19).`,
  "schema/pattern": (a: Args) => `${a.field}: ${q(a.value)} không đúng dạng (${a.expected}).`,
  "schema/minimum": (a: Args) => `${a.field} phải lớn hơn hoặc bằng ${a.limit}, nhưng đang là ${a.value}.`,
  "schema/maximum": (a: Args) => `${a.field} phải nhỏ hơn hoặc bằng ${a.limit}, nhưng đang là ${a.value}.`,
  "schema/min-length": (a: Args) => `${a.field} không được để trống.`,
  "schema/max-length": (a: Args) => `${a.field} quá dài (${a.length} ký tự; tối đa ${a.limit}).`,
  "schema/min-items": (a: Args) => `${a.field} cần ít nhất ${a.limit} mục.`,
  "schema/max-items": (a: Args) => `${a.field} có quá nhiều mục (tối đa ${a.limit}).`,
  "schema/const": (a: Args) => `${a.field} phải là ${q(a.expected)}.`,
  "schema/any-of": (a: Args) => `${a.field}: ${q(a.value)} không hợp lệ. ${a.expected}`,
  "schema/invalid": (a: Args) => `${a.field}: giá trị không hợp lệ (${a.detail}).`,
  "format/version": (a: Args) => `Tệp ghi formatVersion: 1 nhưng dùng ${a.field} của định dạng 2: sửa thành formatVersion: 2.`,
  // ── structure ──
  "structure/section-heading": () => "Mục cần có tiêu đề (title) hoặc đoạn văn đánh số (text).",
  "structure/section-depth": (a: Args) => `Mục lồng quá ${a.limit} cấp (I., 1., 1.1., a)); hãy gộp bớt cấp.`,
  "structure/target-name": () => "Mỗi chỉ tiêu cần đúng một trong hai: mã danh hiệu (title) hoặc tên tự do (name).",
  "structure/phase-ref": (a: Args) => `Không có Đợt ${a.phase}: kế hoạch chỉ có ${a.count} đợt thi đua.`,
  "structure/insert-empty": (a: Args) => `Khối ${q(a.insert)} được chèn nhưng chưa có dữ liệu (${a.field} trống).`,
  "structure/unknown-group": (a: Args) => `Không có nhóm chỉ tiêu mã ${q(a.id)} trong targets.groups (các mã đang có: ${a.known}).${hint(a)}`,
  "structure/insert-missing": (a: Args) => `Có ${a.field} nhưng không chèn vào đâu trong nội dung; thêm “- insert: ${a.insert}” vào mục phù hợp.`,
  // ── targets ──
  "targets/count-exceeds-total": (a: Args) => `${a.title}: ${a.count} vượt quá tổng số ${a.total}.`,
  "targets/subcount-exceeds": (a: Args) => `${a.title}: các phần “trong đó” (${a.list}) cộng lại là ${a.parts}, nhiều hơn chỉ tiêu ${a.count}.`,
  "targets/percent-without-total": (a: Args) =>
    `${a.title}: muốn in tỉ lệ % nhưng chưa có tổng số để chia. Thêm “of:” cho chỉ tiêu, “total:” cho nhóm hoặc “staffTotal:”; hoặc ghi “percent: false” để chỉ in số lượng.`,
  "targets/cstdcs-exceeds-ldtt": (a: Args) =>
    `Số Chiến sĩ thi đua cơ sở (${a.cstdcs}) lớn hơn số Lao động tiên tiến (${a.ldtt}): CSTĐCS phải đạt tiêu chuẩn LĐTT trước.`,
  "targets/ttldtt-threshold": (a: Args) =>
    `Tập thể lao động tiên tiến cần ít nhất 70% thành viên đạt Lao động tiên tiến; kế hoạch có ${a.ldtt}/${a.total} = ${a.percent} (cần ít nhất ${a.needed} người).`,
  "targets/ttldxs-threshold": (a: Args) =>
    `Tập thể lao động xuất sắc cần ít nhất 70% thành viên đạt Lao động tiên tiến (cần ${a.needed}, có ${a.ldtt}) và ít nhất 1 Chiến sĩ thi đua cơ sở (có ${a.cstdcs}).`,
  "targets/local-cstdcs-cap": (a: Args) =>
    `Theo quy định của địa phương (${a.source}), CSTĐCS tối đa ${a.cap}% số LĐTT (${a.max} người); kế hoạch có ${a.cstdcs}.`,
  "targets/local-non-leader": (a: Args) =>
    `${a.title}: người không giữ chức vụ lãnh đạo chiếm ${a.percent}, dưới mức tối thiểu ${a.min}% theo quy định của địa phương (${a.source}).`,
  // ── prose arithmetic ──
  "prose/percent-mismatch": (a: Args) => `Tỉ lệ sai: ${a.ratio} = ${a.correct}, không phải ${a.written}.`,
  "prose/percent-over-100": (a: Args) => `Tỉ lệ ${a.written} lớn hơn 100%.`,
  "prose/anniversary-mismatch": (a: Args) => `Số năm kỷ niệm sai: ${a.occasion} (${a.from} - ${a.to}) là ${a.correct} năm, không phải ${a.written} năm.`,
  "prose/anniversary-catalogue": (a: Args) =>
    `Số năm kỷ niệm sai: ${a.occasion} năm ${a.year} là kỷ niệm ${a.correct} năm (từ ${a.base}), không phải ${a.written} năm.`,
  "prose/anniversary-dates": (a: Args) => `Hai mốc ngày kỷ niệm không cùng ngày tháng: ${a.from} và ${a.to}.`,
  // ── calendar, phases, timeline ──
  "calendar/order": (a: Args) => `${a.later} (${a.laterDate}) phải sau ${a.earlier} (${a.earlierDate}).`,
  "calendar/school-year": (a: Args) => `${a.field} (${a.date}) không thuộc năm học ${a.schoolYear}.`,
  "phases/reversed": (a: Args) => `${a.phase}: ngày bắt đầu ${a.from} sau ngày kết thúc ${a.to}.`,
  "phases/outside-year": (a: Args) => `${a.phase} (${a.from} - ${a.to}) nằm ngoài năm học (${a.yearStart} - ${a.yearEnd}).`,
  "phases/overlap": (a: Args) => `${a.phase} (${a.from} - ${a.to}) trùng thời gian với ${a.other} (${a.otherFrom} - ${a.otherTo}) từ ${a.overlapFrom} đến ${a.overlapTo}.`,
  "phases/week-outside-year": (a: Args) => `Tuần ${a.week} không có trong năm học: năm học chỉ có ${a.weeks} tuần (tuần cuối: ${a.lastWeek}).`,
  "phases/wording-date": (a: Args) =>
    `${a.phase}: lời văn ghi ${q(a.written)} nhưng ngày ${a.role === "from" ? "bắt đầu" : "kết thúc"} của đợt là ${a.bound}. Sửa lời văn, hoặc viết {${a.role}} để công cụ tự điền ngày.`,
  "phases/wording-week": (a: Args) => `${a.phase}: lời văn ghi tuần ${a.written} nhưng đợt ${a.role === "from" ? "bắt đầu từ" : "kết thúc hết"} tuần ${a.week}.`,
  "phases/unknown-placeholder": (a: Args) => `Chỗ điền ${q(a.written)} không có: chỉ dùng được ${a.known}.`,
  "phases/gap": (a: Args) => `Từ ${a.from} đến ${a.to} (${a.days} ngày) không thuộc đợt thi đua nào.`,
  "timeline/order": (a: Args) => `Tháng ${a.month} đứng sau tháng ${a.previous}: các tháng phải theo thứ tự của năm học.`,
  "timeline/duplicate-month": (a: Args) => `Tháng ${a.month} xuất hiện hai lần trong bảng nhiệm vụ.`,
  "timeline/outside-year": (a: Args) => `Tháng ${a.month}/${a.year} nằm ngoài năm học (${a.yearStart} - ${a.yearEnd}).`,
  "timeline/phase-mismatch": (a: Args) => `Công việc gắn với ${a.phase} (${a.from} - ${a.to}) nhưng được xếp vào tháng ${a.month}/${a.year}.`,
  // ── dates and legal bases ──
  "dates/plan-date-outside-year": (a: Args) =>
    `Ngày ban hành ${a.date} không thuộc năm học ${a.schoolYear} (${a.yearStart} - ${a.yearEnd}) hoặc ngay trước đó.`,
  "legal/after-plan": (a: Args) => `Văn bản căn cứ ${a.basis} ngày ${a.date} ban hành sau kế hoạch (${a.planDate}).`,
  "legal/number-year": (a: Args) => `Số hiệu ${q(a.number)} mang năm ${a.numberYear} nhưng ngày ban hành là ${a.date}.`,
  "legal/repealed": (a: Args) =>
    `${a.basis} đã được thay thế bởi ${a.replacement} từ ngày ${a.since}; kế hoạch ${a.signed ? "ngày" : "của năm học bắt đầu"} ${a.planDate} nên căn cứ văn bản mới.`,
  "legal/missing-date": (a: Args) => `Văn bản căn cứ ${a.basis} chưa có ngày ban hành: thêm trường date để công cụ kiểm tra được.`,
  // ── Nghị định 30 form ──
  "document/number-format": (a: Args) => `Số văn bản ${q(a.value)} không đúng dạng: chỉ gồm chữ số, có thể thêm một chữ cái (ví dụ 50 hoặc 50a).`,
  "document/type-code": (a: Args) => `Ký hiệu ${q(a.code)} phải bắt đầu bằng ${q(a.expected)} (chữ viết tắt của “${a.type}”, Phụ lục III Nghị định 30).`,
  "document/date-placeholder": () => "Ngày ban hành còn để trống: điền ngày (năm-tháng-ngày) khi ký ban hành kế hoạch.",
  "document/recipients-archive": (a: Args) => `Dòng cuối của nơi nhận phải là “Lưu: VT, …” (Nghị định 30), nhưng đang là ${q(a.value)}.`,
} satisfies Record<string, (a: Args) => string>;

export type DiagnosticCode = keyof typeof vi;
