// The command line's own words: `plan --help` and each command's help, in Vietnamese and English, and
// what an option's value is told when it does not parse. Diagnostics are in vi.ts and en.ts; these are
// the CLI's (src/cli/main.ts builds the commands from them), kept beside them so that all the text a
// clerk reads is in one folder.
import type { Lang } from "./index.js";

/** An option's or an argument's name as help prints it, and what it does. */
type Named = readonly [name: string, text: string];

export interface CliHelp {
  /** Every command's -h, --help. */
  help: string;
  files: Named;
  file: Named;
  outputFlags: string;
  yearFlags: string;
  force: string;
  anyName: string;
  program: {
    description: string;
    version: string;
    helpCommand: Named;
    lang: Named;
    noColor: string;
    debug: string;
    after: string;
  };
  validate: { description: string; format: Named; failOn: Named; jobs: Named; after: string };
  stats: { description: string; format: Named; output: string; force: string; after: string };
  render: {
    description: string;
    docx: string;
    ics: string;
    html: string;
    pdf: string;
    text: string;
    output: string;
    force: string;
    doc: string;
    for: string;
    after: string;
  };
  init: {
    description: string;
    level: Named;
    school: Named;
    year: string;
    output: string;
    vscode: string;
    after: string;
  };
  new: { description: string; from: Named; year: string; output: string; after: string };
  preview: { description: string; portFlags: string; port: string; open: string; doc: string; after: string };
  fix: { description: string; check: string; after: string };
  import: { description: string; docx: Named; output: string; after: string };
  /** `plan results …`: the year's hồ sơ from a results file beside the plan. */
  results: {
    description: string;
    init: { description: string; from: string; output: string };
    import: { description: string; file: Named; from: string; output: string; sheet: Named; after: string };
  };
  schema: { description: string; path: string; after: string };
}

const vi: CliHelp = {
  help: "hiển thị trợ giúp",
  files: ["<tệp...>", "các tệp kế hoạch .yaml"],
  file: ["<tệp>", "tệp kế hoạch .yaml"],
  outputFlags: "-o, --output <tệp>",
  yearFlags: "--year <năm học>",
  force: "ghi đè nếu tệp đã có",
  anyName:
    "đọc cả tệp không có đuôi .yaml/.yml như một kế hoạch (bản sao lưu ~, .bak bị bỏ qua nếu không có tùy chọn này)",
  program: {
    description:
      "Kế hoạch thi đua, khen thưởng của trường học dưới dạng YAML: kiểm tra, tính số liệu, xuất DOCX theo Nghị " +
      "định 30.",
    version: "in phiên bản",
    helpCommand: ["help [lệnh]", "hiển thị trợ giúp của một lệnh"],
    lang: ["--lang <ngôn ngữ>", "ngôn ngữ thông báo: vi hoặc en"],
    noColor: "không tô màu",
    debug: "in chi tiết lỗi nội bộ (stack trace)",
    after: `
Mã thoát (exit code):
  0  kế hoạch hợp lệ (có thể có cảnh báo)
  1  kế hoạch có lỗi
  2  lỗi cách dùng hoặc lỗi đọc/ghi tệp (không có tệp, là thư mục, tùy chọn hoặc lệnh không có)

Ví dụ:
  plan validate examples/nam-thanh-2024-2025.yaml
  plan validate --format github ke-hoach/*.yaml
  plan stats examples/*.yaml --format markdown
  plan render examples/nam-thanh-2024-2025.yaml --docx -o ke-hoach.docx`,
  },
  validate: {
    description: "kiểm tra tệp kế hoạch: cú pháp YAML, cấu trúc (JSON Schema) và các quy định thi đua, khen thưởng",
    format: ["-f, --format <định dạng>", "định dạng kết quả"],
    failOn: ["--fail-on <mức>", "mức làm hỏng lượt chạy (mã thoát 1): error, hoặc warning để cả cảnh báo cũng tính"],
    jobs: [
      "-j, --jobs <số>",
      "số luồng kiểm tra song song khi có nhiều tệp (mặc định: số nhân CPU nếu máy có từ 4 nhân, không thì 1)",
    ],
    after:
      "\nVí dụ:\n  plan validate examples/*.yaml\n  plan validate --format json ke-hoach.yaml > ket-qua.json\n  " +
      "plan validate --format github ke-hoach/*.yaml   # chú thích lỗi trong GitHub Actions",
  },
  stats: {
    description:
      "tính số liệu: tỉ lệ các danh hiệu, thời gian các đợt thi đua, ngày kỷ niệm; nhiều tệp thì có bảng tổng hợp " +
      "theo năm học (CSV, Excel cho Phòng/Sở); tệp kết quả (kind: results): kết quả so với từng chỉ tiêu của kế " +
      "hoạch",
    format: ["-f, --format <định dạng>", "định dạng kết quả: csv và xlsx chỉ có bảng tổng hợp"],
    output: "ghi kết quả ra tệp (bắt buộc với xlsx); tệp đã có không bị ghi đè, trừ khi --force",
    force: "ghi đè tệp đã có",
    after:
      "\nVí dụ:\n  plan stats examples/nam-thanh-2024-2025.yaml\n  plan stats truong-*.yaml --format markdown > " +
      "tong-hop.md\n  plan stats ke-hoach/*.yaml --format xlsx -o tong-hop.xlsx\n  plan stats ke-hoach/*.yaml " +
      "--format csv -o tong-hop.csv\n  plan stats ket-qua.yaml\n\nTổng hợp theo từng năm học; mỗi trường (theo cơ " +
      "quan ban hành) tính một lần mỗi năm; kế hoạch của Phòng/Sở GD&ĐT được báo riêng, không tính là trường; tệp " +
      "lỗi được liệt kê trong bảng tổng hợp. Tệp kết quả (kind: results) có phần riêng: từng chỉ tiêu (“44/48 đạt " +
      "91,7%”, Đạt/Chưa đạt), từng danh hiệu (đăng ký, bỏ phiếu, đề nghị, quyết định), kiểm phiếu; csv và xlsx " +
      "chỉ tổng hợp kế hoạch.",
  },
  render: {
    description: "xuất kế hoạch thành văn bản DOCX theo Nghị định 30 (kiểm tra trước; có lỗi thì không xuất)",
    docx: "xuất DOCX (mặc định)",
    ics: "xuất lịch iCalendar (.ics): các đợt, công việc từng tháng, ngày kỷ niệm — nhập vào Google Calendar, Outlook",
    html: "xuất một trang HTML như trang A4 in ra (mở bằng trình duyệt, In được đúng trang)",
    pdf: "xuất PDF (chuyển DOCX bằng LibreOffice; cần cài LibreOffice) để ký số và gửi",
    text: "in nội dung văn bản dạng chữ thuần ra màn hình (hoặc ghi ra tệp với -o)",
    output: "tệp kết quả (mặc định: cùng thư mục, cùng tên, đuôi .docx); thư mục phải có sẵn",
    after:
      "\nVí dụ:\n  plan render examples/nam-thanh-2024-2025.yaml --docx\n  plan render ke-hoach.yaml --docx -o " +
      "ban-in/ke-hoach.docx\n  plan render ke-hoach.yaml --ics -o lich-thi-dua.ics\n  plan render ke-hoach.yaml " +
      "--text | less\n  plan render ket-qua.yaml --doc to-trinh\n  plan render ket-qua.yaml --doc " +
      "bao-cao-thanh-tich --for gv05 --pdf\n\nTệp đã có chỉ được thay khi chính plan đã tạo ra nó và chưa ai sửa " +
      "(văn bản gốc của trường, tệp đã sửa trong Word, PDF đã ký thì không: dùng -o hoặc --force). Tệp được ghi " +
      "qua một tệp tạm trong cùng thư mục rồi đổi tên: khi có lỗi, tệp cũ được giữ nguyên.",
    force: "ghi đè cả tệp không do plan tạo ra, hoặc đã sửa, đã ký sau khi plan tạo",
    doc:
      "với tệp kết quả (kind: results): văn bản cần xuất — dang-ky (bảng tổng hợp đăng ký), bien-ban (biên bản họp " +
      "Hội đồng, kết quả kiểm phiếu), to-trinh (tờ trình đề nghị + danh sách), quyet-dinh (dự thảo quyết định + " +
      "danh sách kèm theo), bao-cao-thanh-tich (cần --for), tong-ket (báo cáo tổng kết so với chỉ tiêu)",
    for:
      "với --doc bao-cao-thanh-tich: id của cá nhân hoặc tập thể; với to-trinh, quyet-dinh: số tờ trình trong " +
      "proposals (mặc định: tờ trình đầu tiên)",
  },
  init: {
    description: "tạo tệp kế hoạch mới từ mẫu, có ghi chú hướng dẫn (không ghi đè tệp đã có, trừ khi --force)",
    level: ["--level <cấp học>", "cấp học"],
    school: ["--school <tên trường>", 'tên trường, ví dụ "Trường Mầm non Hoa Sen"'],
    year: "năm học, ví dụ 2025-2026",
    output: "tệp sẽ tạo (mặc định: ke-hoach-thi-dua-<năm học>.yaml)",
    vscode: "ghi thêm .vscode/tasks.json bên cạnh: VS Code chạy plan validate và liệt kê lỗi trong khung Problems",
    after:
      '\nVí dụ:\n  plan init --level tieu-hoc --school "Trường Tiểu học Hoa Sen" --year 2025-2026\n  plan init -o ' +
      "ke-hoach.yaml",
  },
  new: {
    description:
      "tạo kế hoạch năm học mới từ kế hoạch năm trước: dời năm học, các mốc, các đợt, số năm kỷ niệm; giữ nguyên " +
      "ghi chú",
    from: ["--from <tệp>", "kế hoạch năm trước"],
    year: "năm học mới, ví dụ 2025-2026",
    output: "tệp sẽ tạo (mặc định: tên cũ với năm học mới)",
    after:
      "\nVí dụ:\n  plan new --from nam-thanh-2024-2025.yaml --year 2025-2026\n\nSố văn bản và ngày ban hành được " +
      "để trống; căn cứ không bị sửa: plan validate báo căn cứ đã hết hiệu lực.",
  },
  preview: {
    description:
      "xem văn bản trong trình duyệt bên cạnh trình soạn thảo; tự cập nhật mỗi khi lưu tệp, báo lỗi ngay trên trang",
    portFlags: "--port <số>",
    port: "cổng (0 = tự chọn cổng trống; cổng bận thì dùng cổng kế tiếp)",
    open: "mở trình duyệt",
    doc:
      "với tệp kết quả (kind: results): văn bản cần xem, như render --doc (dang-ky, bien-ban, to-trinh, quyet-dinh, " +
      "bao-cao-thanh-tich cần --for, tong-ket); trang vẽ lại khi lưu tệp kết quả hoặc kế hoạch của nó",
    after:
      "\nVí dụ:\n  plan preview ke-hoach.yaml --open\n  plan preview ke-hoach.yaml --port 8080\n  plan preview " +
      "ket-qua.yaml --doc to-trinh\n  plan preview ket-qua.yaml --doc bao-cao-thanh-tich --for gv05\n\nChỉ nghe " +
      "trên 127.0.0.1 (máy này). Bấm Ctrl+C để dừng.",
  },
  fix: {
    description:
      "sửa những lỗi gõ có một cách hiểu (dấu hai chấm, dấu # hay & trong câu, ngày 20/11/2024, Tab, dấu •…) ngay " +
      "trong tệp; in từng thay đổi",
    check: "chỉ liệt kê những gì sẽ sửa, không ghi; mã thoát 1 nếu có (dùng trong CI, pre-commit)",
    after:
      "\nVí dụ:\n  plan fix ke-hoach.yaml\n  plan fix --check ke-hoach/*.yaml\n\nChỉ các dòng có lỗi được viết " +
      "lại; ghi chú, thứ tự, dòng trống và kiểu xuống dòng giữ nguyên. Lỗi có hai cách hiểu không được tự sửa.",
  },
  import: {
    description:
      "đọc kế hoạch từ văn bản Word (.docx) của trường, ghi thành tệp kế hoạch; liệt kê chỗ cần xem lại và số liệu sai",
    docx: ["<tệp.docx>", "văn bản Word của kế hoạch (năm trước hoặc năm nay)"],
    output: "tệp sẽ tạo (mặc định: cùng tên, đuôi .yaml)",
    after:
      "\nVí dụ:\n  plan import ke-hoach-2024-2025.docx\n  plan new --from ke-hoach-2024-2025.yaml --year " +
      '2025-2026\n\nChỗ công cụ không chắc chắn có ghi chú "# kiểm tra:" trong tệp và được liệt kê sau khi ghi.',
  },
  results: {
    description: "Tệp kết quả thi đua đặt cạnh kế hoạch (kind: results)",
    init: {
      description: "Viết tệp kết quả có chú thích từ một kế hoạch",
      from: "kế hoạch của năm học",
      output: "tệp sẽ ghi (mặc định: <kế hoạch>-ket-qua.yaml)",
    },
    import: {
      description:
        "đọc danh sách cán bộ, giáo viên, nhân viên từ bảng tính Excel (.xlsx) hoặc .csv của trường, ghi thành " +
        "tệp kết quả; liệt kê cột, dòng, ô không đọc được",
      file: ["<danh-sach.xlsx>", "bảng tính danh sách (.xlsx, hoặc .csv lưu từ Excel)"],
      from: "kế hoạch của năm học (tệp kết quả liên kết tới nó)",
      output: "tệp sẽ ghi (mặc định: <kế hoạch>-ket-qua.yaml); tệp đã có không bị ghi đè nếu không có --force",
      sheet: ["--sheet <trang>", "tên trang (sheet) cần đọc; mặc định: trang đầu tiên có dòng tiêu đề"],
      after:
        "\nVí dụ:\n  plan results import danh-sach-cbgvnv.xlsx --from ke-hoach.yaml\n  plan results import " +
        "danh-sach.csv --from ke-hoach.yaml -o ket-qua.yaml\n  plan results import tong-hop.xlsx --from " +
        'ke-hoach.yaml --sheet "DS CBGVNV"\n\nCột được nhận theo tiêu đề tiếng Việt (Họ và tên, Ngày sinh, ' +
        "Nam/Nữ, Chức vụ, Tổ chuyên môn, Ngày tuyển dụng, Xếp loại, Đăng ký danh hiệu, Ghi chú), tìm trong 15 " +
        'dòng đầu. Ô không đọc được (ngày, xếp loại…) được giữ lại thành ghi chú "# kiểm tra:" trong tệp và liệt ' +
        "kê kèm địa chỉ ô. Mã thoát 0: tệp hợp lệ; 1: tệp đã ghi còn lỗi phải sửa; 2: không ghi được (tệp không " +
        "đọc được, không thấy dòng tiêu đề, tệp đích đã có).",
    },
  },
  schema: {
    description: "in JSON Schema của tệp kế hoạch (hoặc đường dẫn của nó với --path)",
    path: "chỉ in đường dẫn tệp schema",
    after: "\nVí dụ:\n  plan schema > plan.schema.json      # dùng cho trình soạn thảo khác\n  plan schema --path",
  },
};

const en: CliHelp = {
  help: "show help",
  files: ["<files...>", "plan files (.yaml)"],
  file: ["<file>", "plan file (.yaml)"],
  outputFlags: "-o, --output <file>",
  yearFlags: "--year <school-year>",
  force: "overwrite an existing file",
  anyName: "read files without a .yaml/.yml ending as plans (editor backups such as ~ and .bak are skipped without it)",
  program: {
    description:
      "School emulation and commendation plans as YAML: check them, compute their numbers, write the DOCX in " +
      "Decree 30 layout.",
    version: "print the version",
    helpCommand: ["help [command]", "show help for a command"],
    lang: ["--lang <lang>", "language of messages and help: vi or en"],
    noColor: "no colours",
    debug: "print internal error details",
    after: `
Exit codes:
  0  the plan is valid (warnings allowed)
  1  the plan has errors
  2  usage or file error (missing file, a directory, unknown option or command)

Examples:
  plan validate examples/nam-thanh-2024-2025.yaml
  plan validate --format github plans/*.yaml
  plan stats examples/*.yaml --format markdown
  plan render examples/nam-thanh-2024-2025.yaml --docx -o plan.docx`,
  },
  validate: {
    description: "check plan files: syntax, structure and the emulation and commendation rules",
    format: ["-f, --format <format>", "output format"],
    failOn: ["--fail-on <level>", "severity that fails the run (exit 1): error, or warning to count warnings too"],
    jobs: [
      "-j, --jobs <n>",
      "parallel threads for many files (default: the CPU cores on a machine with 4 or more, else 1)",
    ],
    after:
      "\nExamples:\n  plan validate examples/*.yaml\n  plan validate --format json ke-hoach.yaml > result.json\n  " +
      "plan validate --format github ke-hoach/*.yaml   # annotations in GitHub Actions",
  },
  stats: {
    description:
      "compute the numbers: title percentages, phase dates, anniversaries; totals per school year across files " +
      "(CSV, Excel for an education office); a results file (kind: results): the results against each of the " +
      "plan's targets",
    format: ["-f, --format <format>", "output format: csv and xlsx hold the summary only"],
    output: "write the output to a file (required for xlsx); an existing file is not replaced without --force",
    force: "replace an existing file",
    after:
      "\nExamples:\n  plan stats examples/nam-thanh-2024-2025.yaml\n  plan stats school-*.yaml --format markdown " +
      "> totals.md\n  plan stats plans/*.yaml --format xlsx -o totals.xlsx\n  plan stats plans/*.yaml --format " +
      "csv -o totals.csv\n  plan stats results.yaml\n\nTotals per school year; each school (by issuing body) " +
      "counted once a year; an education office's plan reported apart, not as a school; files with errors listed " +
      "in the summary. A results file (kind: results) is its own section: each target (44/48 = 91.7%, met or " +
      "not), each title (registered, voted on, proposed, decided), the ballots; csv and xlsx summarise plans " +
      "only.",
  },
  render: {
    description: "write the plan as a DOCX in Decree 30 layout (checked first; nothing is written when it has errors)",
    docx: "write DOCX (default)",
    ics: "write an iCalendar file (.ics): phases, monthly tasks, anniversaries",
    html: "write one self-contained HTML page laid out like the A4 page",
    pdf: "write a PDF (the DOCX converted by LibreOffice, which must be installed) for signing",
    text: "print the document as plain text (or write it with -o)",
    output: "output file (default: same folder and name, .docx); the folder must exist",
    after:
      "\nExamples:\n  plan render examples/nam-thanh-2024-2025.yaml --docx\n  plan render plan.yaml --docx -o " +
      "print/plan.docx\n  plan render plan.yaml --ics -o calendar.ics\n  plan render plan.yaml --text | less\n  " +
      "plan render results.yaml --doc to-trinh\n  plan render results.yaml --doc bao-cao-thanh-tich --for gv05 " +
      "--pdf\n\nAn existing file is replaced only when plan wrote it and nobody changed it since (never the " +
      "school's original, a file saved in Word, or a signed PDF: use -o or --force). The file is written to a " +
      "temporary file in the same folder, then renamed: on failure the old file stays.",
    force: "replace a file plan did not write, or one changed or signed since",
    doc:
      "for a results file (kind: results): the document to render — dang-ky (registrations), bien-ban (council " +
      "minutes with the ballot count), to-trinh (proposal with its list), quyet-dinh (draft decision with its " +
      "appendix), bao-cao-thanh-tich (needs --for), tong-ket (year-end report against the targets)",
    for:
      "with --doc bao-cao-thanh-tich: the id of the person or collective; with to-trinh, quyet-dinh: a tờ trình " +
      "number in proposals (default: the first)",
  },
  init: {
    description: "create a new plan file from the template, with guiding comments (never overwrites without --force)",
    level: ["--level <level>", "school level"],
    school: ["--school <name>", 'the school\'s name, e.g. "Trường Mầm non Hoa Sen"'],
    year: "school year, e.g. 2025-2026",
    output: "file to create (default: ke-hoach-thi-dua-<year>.yaml)",
    vscode: "also write .vscode/tasks.json beside it: VS Code runs plan validate and lists findings in Problems",
    after:
      '\nExamples:\n  plan init --level tieu-hoc --school "Trường Tiểu học Hoa Sen" --year 2025-2026\n  plan init ' +
      "-o plan.yaml",
  },
  new: {
    description:
      "next year's plan from last year's: moves the school year, dates, phases and anniversaries; keeps comments",
    from: ["--from <file>", "last year's plan"],
    year: "the new school year, e.g. 2025-2026",
    output: "file to create (default: the old name with the new year)",
    after:
      "\nExample:\n  plan new --from nam-thanh-2024-2025.yaml --year 2025-2026\n\nThe number and date are left " +
      "blank; legal bases are never rewritten: plan validate reports repealed ones.",
  },
  preview: {
    description:
      "see the document in a browser beside the editor; it redraws on every save and shows problems on the page",
    portFlags: "--port <number>",
    port: "port (0 = any free one; a busy port moves to the next)",
    open: "open the browser",
    doc:
      "for a results file (kind: results): the document to show, as render --doc (dang-ky, bien-ban, to-trinh, " +
      "quyet-dinh, bao-cao-thanh-tich with --for, tong-ket); redrawn when the results file or its plan is saved",
    after:
      "\nExamples:\n  plan preview plan.yaml --open\n  plan preview plan.yaml --port 8080\n  plan preview " +
      "results.yaml --doc to-trinh\n  plan preview results.yaml --doc bao-cao-thanh-tich --for gv05\n\nListens on " +
      "127.0.0.1 only. Ctrl+C stops it.",
  },
  fix: {
    description:
      "mend typing slips that have one reading (colons, # or & in sentences, 20/11/2024 dates, tabs, •) in place; " +
      "print each change",
    check: "only list what would change; exit 1 if anything would (for CI and pre-commit)",
    after:
      "\nExamples:\n  plan fix plan.yaml\n  plan fix --check plans/*.yaml\n\nOnly the lines at fault are " +
      "rewritten; comments, order, blank lines and line endings stay. Slips with two readings are reported, not " +
      "changed.",
  },
  import: {
    description:
      "read the school's Word plan (.docx) into a plan file; list what to check and the numbers that are wrong",
    docx: ["<file.docx>", "the plan's Word document"],
    output: "file to create (default: same name, .yaml)",
    after:
      "\nExamples:\n  plan import plan-2024-2025.docx\n  plan new --from plan-2024-2025.yaml --year " +
      '2025-2026\n\nWhat the reader was unsure of carries a "# kiểm tra:" comment in the file and is listed after ' +
      "writing.",
  },
  results: {
    description: "The results file beside the plan (kind: results)",
    init: {
      description: "Write a commented results file from a plan",
      from: "the plan of the year",
      output: "the file to write (default: <plan>-ket-qua.yaml)",
    },
    import: {
      description:
        "read the school's staff list from an Excel workbook (.xlsx) or a .csv into a results file; list the " +
        "columns, rows and cells it could not read",
      file: ["<staff-list.xlsx>", "the staff list (.xlsx, or .csv saved from Excel)"],
      from: "the plan of the year (the results file links to it)",
      output: "the file to write (default: <plan>-ket-qua.yaml); an existing file is not replaced without --force",
      sheet: ["--sheet <name>", "the sheet to read; default: the first sheet with a heading row"],
      after:
        "\nExamples:\n  plan results import staff.xlsx --from plan.yaml\n  plan results import staff.csv --from " +
        'plan.yaml -o results.yaml\n  plan results import summary.xlsx --from plan.yaml --sheet "DS ' +
        'CBGVNV"\n\nColumns are found by their Vietnamese headings (Họ và tên, Ngày sinh, Nam/Nữ, Chức vụ, Tổ ' +
        "chuyên môn, Ngày tuyển dụng, Xếp loại, Đăng ký danh hiệu, Ghi chú) in the first 15 rows. A cell that " +
        'does not read (a date, a rating…) is kept as a "# kiểm tra:" comment in the file and listed with its ' +
        "address. Exit 0: the file is valid; 1: written, with errors still to fix; 2: nothing written (unreadable " +
        "file, no heading row, the output exists).",
    },
  },
  schema: {
    description: "print the plan file's JSON Schema (or its path with --path)",
    path: "print only the schema file's path",
    after: "\nExamples:\n  plan schema > plan.schema.json\n  plan schema --path",
  },
};

export const CLI_HELP: Record<Lang, CliHelp> = { vi, en };

/** Commander's headings are English; clerks read Vietnamese. */
export const HELP_HEADINGS_VI: readonly [RegExp, string][] = [
  [/^Usage:/gm, "Cách dùng:"],
  [/^Options:/gm, "Tùy chọn:"],
  [/^Commands:/gm, "Lệnh:"],
  [/^Arguments:/gm, "Tham số:"],
  // Commander writes "(choices: …, default: …)" and may wrap the line inside it: every "default:" goes.
  [/\bdefault: /g, "mặc định: "],
  [/\(choices: /g, "(chọn: "],
  [/\[options\]/g, "[tùy chọn]"],
  [/\[command\]/g, "[lệnh]"],
];

/** An option value that does not parse; commander prints it after its own words in either language. */
export const INVALID_VALUE: Record<Lang, { jobs: string; port: string; schoolYear: string }> = {
  vi: {
    jobs: "cần một số nguyên từ 1 đến 64",
    port: "cần một số từ 0 đến 65535",
    schoolYear: "cần dạng 2025-2026 (hai năm liên tiếp)",
  },
  en: {
    jobs: "a whole number from 1 to 64 is needed",
    port: "a number from 0 to 65535 is needed",
    schoolYear: "write it as 2025-2026 (two consecutive years)",
  },
};
