import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { isLang, type Lang } from "../messages/index.js";
import { tuneForEngine } from "./engine.js";
import { guardClosedPipes, processIO, type CliIO } from "./io.js";
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from "./output.js";
import { usageMessage } from "./usage.js";

// Injected from package.json by scripts/build.mjs, so --version never drifts from the release.
declare const __PLAN_VERSION__: string | undefined;
export const VERSION = typeof __PLAN_VERSION__ === "string" ? __PLAN_VERSION__ : "0.0.0-dev";

const HELP_AFTER = `
Mã thoát (exit code):
  0  kế hoạch hợp lệ (có thể có cảnh báo)
  1  kế hoạch có lỗi
  2  lỗi cách dùng hoặc lỗi đọc/ghi tệp (không có tệp, là thư mục, tùy chọn hoặc lệnh không có)

Ví dụ:
  plan validate examples/nam-thanh-2024-2025.yaml
  plan validate --format github ke-hoach/*.yaml
  plan stats examples/*.yaml --format markdown
  plan render examples/nam-thanh-2024-2025.yaml --docx -o ke-hoach.docx`;

const HELP_AFTER_EN = `
Exit codes:
  0  the plan is valid (warnings allowed)
  1  the plan has errors
  2  usage or file error (missing file, a directory, unknown option or command)

Examples:
  plan validate examples/nam-thanh-2024-2025.yaml
  plan validate --format github plans/*.yaml
  plan stats examples/*.yaml --format markdown
  plan render examples/nam-thanh-2024-2025.yaml --docx -o plan.docx`;

// Commander's headings are English; clerks read Vietnamese.
const HEADINGS: [RegExp, string][] = [
  [/^Usage:/gm, "Cách dùng:"],
  [/^Options:/gm, "Tùy chọn:"],
  [/^Commands:/gm, "Lệnh:"],
  [/^Arguments:/gm, "Tham số:"],
  [/\(default: /g, "(mặc định: "],
  [/\(choices: /g, "(chọn: "],
  [/\[options\]/g, "[tùy chọn]"],
  [/\[command\]/g, "[lệnh]"],
];
const translateHelp = (text: string): string => HEADINGS.reduce((t, [re, vi]) => t.replace(re, vi), text);

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError("cần một số nguyên từ 1 đến 64");
  return n;
}

interface GlobalOptions {
  lang: Lang;
  color?: boolean;
  debug?: boolean;
}

function buildProgram(io: CliIO, setExit: (code: number) => void, lang: Lang): Command {
  const t = (vi: string, en: string): string => (lang === "en" ? en : vi);
  const help = (text: string): string => (lang === "en" ? text : translateHelp(text));
  const program = new Command("plan");
  const globals = (): GlobalOptions => program.opts() as GlobalOptions;
  program
    .description(t("Kế hoạch thi đua, khen thưởng của trường học dưới dạng YAML: kiểm tra, tính số liệu, xuất DOCX theo Nghị định 30.", "School emulation and commendation plans as YAML: check them, compute their numbers, write the DOCX in Decree 30 layout."))
    .version(VERSION, "-V, --version", t("in phiên bản", "print the version"))
    .helpOption("-h, --help", t("hiển thị trợ giúp", "show help"))
    .helpCommand(t("help [lệnh]", "help [command]"), t("hiển thị trợ giúp của một lệnh", "show help for a command"))
    .addOption(new Option(t("--lang <ngôn ngữ>", "--lang <lang>"), t("ngôn ngữ thông báo: vi hoặc en", "language of messages and help: vi or en")).choices(["vi", "en"]).default("vi"))
    .option("--no-color", t("không tô màu", "no colours"))
    .option("--debug", t("in chi tiết lỗi nội bộ (stack trace)", "print internal error details"))
    .addHelpText("after", lang === "en" ? HELP_AFTER_EN : HELP_AFTER)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(help(s)),
      writeErr: (s) => io.stderr(help(s)),
      outputError: () => {}, // errors are translated and printed by run()
    });

  program
    .command("validate")
    .description(t("kiểm tra tệp kế hoạch: cú pháp YAML, cấu trúc (JSON Schema) và các quy định thi đua, khen thưởng", "check plan files: syntax, structure and the emulation and commendation rules"))
    .argument(t("<tệp...>", "<files...>"), t("các tệp kế hoạch .yaml", "plan files (.yaml)"))
    .addOption(new Option(t("-f, --format <định dạng>", "-f, --format <format>"), t("định dạng kết quả", "output format")).choices([...DIAGNOSTIC_FORMATS]).default("stylish"))
    .addOption(new Option(t("--fail-on <mức>", "--fail-on <level>"), t("mức làm hỏng lượt chạy (mã thoát 1): error, hoặc warning để cả cảnh báo cũng tính", "severity that fails the run (exit 1): error, or warning to count warnings too")).choices(["error", "warning"]).default("error"))
    .addOption(new Option(t("-j, --jobs <số>", "-j, --jobs <n>"), t("số luồng kiểm tra song song khi có nhiều tệp (mặc định: số nhân CPU nếu máy có từ 4 nhân, không thì 1)", "parallel threads for many files (default: the CPU cores on a machine with 4 or more, else 1)")).argParser(parseJobs))
    .option("--any-name", t("đọc cả tệp không có đuôi .yaml/.yml như một kế hoạch (bản sao lưu ~, .bak bị bỏ qua nếu không có tùy chọn này)", "read files without a .yaml/.yml ending as plans (editor backups such as ~ and .bak are skipped without it)"))
    .helpOption("-h, --help", t("hiển thị trợ giúp", "show help"))
    .addHelpText("after", t("\nVí dụ:\n  plan validate examples/*.yaml\n  plan validate --format json ke-hoach.yaml > ket-qua.json\n  plan validate --format github ke-hoach/*.yaml   # chú thích lỗi trong GitHub Actions", "\nExamples:\n  plan validate examples/*.yaml\n  plan validate --format json ke-hoach.yaml > result.json\n  plan validate --format github ke-hoach/*.yaml   # annotations in GitHub Actions"))
    .action(async (files: string[], options: { format: DiagnosticFormat; jobs?: number; failOn: "error" | "warning"; anyName?: boolean }) => {
      const { validateCommand } = await import("./commands/validate.js");
      const g = globals();
      setExit(await validateCommand(io, files, { format: options.format, lang: g.lang, color: g.color, jobs: options.jobs, failOn: options.failOn, anyName: options.anyName }));
    });

  program
    .command("stats")
    .description(t("tính số liệu: tỉ lệ các danh hiệu, thời gian các đợt thi đua, ngày kỷ niệm; nhiều tệp thì có bảng tổng hợp theo năm học (CSV, Excel cho Phòng/Sở)", "compute the numbers: title percentages, phase dates, anniversaries; totals per school year across files (CSV, Excel for an education office)"))
    .argument(t("<tệp...>", "<files...>"), t("các tệp kế hoạch .yaml", "plan files (.yaml)"))
    .addOption(new Option(t("-f, --format <định dạng>", "-f, --format <format>"), t("định dạng kết quả: csv và xlsx chỉ có bảng tổng hợp", "output format: csv and xlsx hold the summary only")).choices(["table", "json", "markdown", "csv", "xlsx"]).default("table"))
    .option(t("-o, --output <tệp>", "-o, --output <file>"), t("ghi kết quả ra tệp (bắt buộc với xlsx); tệp đã có không bị ghi đè, trừ khi --force", "write the output to a file (required for xlsx); an existing file is not replaced without --force"))
    .option("--force", t("ghi đè tệp đã có", "replace an existing file"))
    .option("--any-name", t("đọc cả tệp không có đuôi .yaml/.yml như một kế hoạch (bản sao lưu ~, .bak bị bỏ qua nếu không có tùy chọn này)", "read files without a .yaml/.yml ending as plans (editor backups such as ~ and .bak are skipped without it)"))
    .helpOption("-h, --help", t("hiển thị trợ giúp", "show help"))
    .addHelpText(
      "after",
      t(
        "\nVí dụ:\n  plan stats examples/nam-thanh-2024-2025.yaml\n  plan stats truong-*.yaml --format markdown > tong-hop.md\n  plan stats ke-hoach/*.yaml --format xlsx -o tong-hop.xlsx\n  plan stats ke-hoach/*.yaml --format csv -o tong-hop.csv\n\nTổng hợp theo từng năm học; mỗi trường (theo cơ quan ban hành) tính một lần mỗi năm; kế hoạch của Phòng/Sở GD&ĐT được báo riêng, không tính là trường; tệp lỗi được liệt kê trong bảng tổng hợp.",
        "\nExamples:\n  plan stats examples/nam-thanh-2024-2025.yaml\n  plan stats school-*.yaml --format markdown > totals.md\n  plan stats plans/*.yaml --format xlsx -o totals.xlsx\n  plan stats plans/*.yaml --format csv -o totals.csv\n\nTotals per school year; each school (by issuing body) counted once a year; an education office's plan reported apart, not as a school; files with errors listed in the summary.",
      ),
    )
    .action(async (files: string[], options: { format: "table" | "json" | "markdown" | "csv" | "xlsx"; output?: string; force?: boolean; anyName?: boolean }) => {
      const { statsCommand } = await import("./commands/stats.js");
      const g = globals();
      setExit(await statsCommand(io, files, { format: options.format, output: options.output, force: options.force, lang: g.lang, color: g.color, anyName: options.anyName }));
    });

  program
    .command("render")
    .description(t("xuất kế hoạch thành văn bản DOCX theo Nghị định 30 (kiểm tra trước; có lỗi thì không xuất)", "write the plan as a DOCX in Decree 30 layout (checked first; nothing is written when it has errors)"))
    .argument(t("<tệp>", "<file>"), t("tệp kế hoạch .yaml", "plan file (.yaml)"))
    .addOption(new Option("--docx", t("xuất DOCX (mặc định)", "write DOCX (default)")).conflicts(["ics", "text", "html", "pdf"]))
    .addOption(new Option("--ics", t("xuất lịch iCalendar (.ics): các đợt, công việc từng tháng, ngày kỷ niệm — nhập vào Google Calendar, Outlook", "write an iCalendar file (.ics): phases, monthly tasks, anniversaries")).conflicts(["text", "html", "pdf"]))
    .addOption(new Option("--html", t("xuất một trang HTML như trang A4 in ra (mở bằng trình duyệt, In được đúng trang)", "write one self-contained HTML page laid out like the A4 page")).conflicts(["text", "pdf"]))
    .addOption(new Option("--pdf", t("xuất PDF (chuyển DOCX bằng LibreOffice; cần cài LibreOffice) để ký số và gửi", "write a PDF (the DOCX converted by LibreOffice, which must be installed) for signing")).conflicts(["text"]))
    .option("--text", t("in nội dung văn bản dạng chữ thuần ra màn hình (hoặc ghi ra tệp với -o)", "print the document as plain text (or write it with -o)"))
    .option(t("-o, --output <tệp>", "-o, --output <file>"), t("tệp kết quả (mặc định: cùng thư mục, cùng tên, đuôi .docx); thư mục phải có sẵn", "output file (default: same folder and name, .docx); the folder must exist"))
    .option("--force", t("ghi đè cả tệp không do plan tạo ra, hoặc đã sửa, đã ký sau khi plan tạo", "replace a file plan did not write, or one changed or signed since"))
    .option("--any-name", t("đọc cả tệp không có đuôi .yaml/.yml như một kế hoạch (bản sao lưu ~, .bak bị bỏ qua nếu không có tùy chọn này)", "read files without a .yaml/.yml ending as plans (editor backups such as ~ and .bak are skipped without it)"))
    .helpOption("-h, --help", t("hiển thị trợ giúp", "show help"))
    .addHelpText("after", t("\nVí dụ:\n  plan render examples/nam-thanh-2024-2025.yaml --docx\n  plan render ke-hoach.yaml --docx -o ban-in/ke-hoach.docx\n  plan render ke-hoach.yaml --ics -o lich-thi-dua.ics\n  plan render ke-hoach.yaml --text | less\n\nTệp đã có chỉ được thay khi chính plan đã tạo ra nó và chưa ai sửa (văn bản gốc của trường, tệp đã sửa trong Word, PDF đã ký thì không: dùng -o hoặc --force). Tệp được ghi qua một tệp tạm trong cùng thư mục rồi đổi tên: khi có lỗi, tệp cũ được giữ nguyên.", "\nExamples:\n  plan render examples/nam-thanh-2024-2025.yaml --docx\n  plan render plan.yaml --docx -o print/plan.docx\n  plan render plan.yaml --ics -o calendar.ics\n  plan render plan.yaml --text | less\n\nAn existing file is replaced only when plan wrote it and nobody changed it since (never the school's original, a file saved in Word, or a signed PDF: use -o or --force). The file is written to a temporary file in the same folder, then renamed: on failure the old file stays."))
    .action(async (file: string, options: { docx?: boolean; ics?: boolean; text?: boolean; html?: boolean; pdf?: boolean; output?: string; force?: boolean; anyName?: boolean }) => {
      const { renderCommand } = await import("./commands/render.js");
      const g = globals();
      const format = options.ics ? "ics" : options.text ? "text" : options.html ? "html" : options.pdf ? "pdf" : "docx";
      setExit(await renderCommand(io, file, { format, output: options.output, force: options.force, anyName: options.anyName, lang: g.lang, color: g.color }));
    });

  program
    .command("init")
    .description(t("tạo tệp kế hoạch mới từ mẫu, có ghi chú hướng dẫn (không ghi đè tệp đã có, trừ khi --force)", "create a new plan file from the template, with guiding comments (never overwrites without --force)"))
    .addOption(new Option(t("--level <cấp học>", "--level <level>"), t("cấp học", "school level")).choices(["mam-non", "tieu-hoc", "thcs", "thpt"]).default("mam-non"))
    .option(t("--school <tên trường>", "--school <name>"), t("tên trường, ví dụ \"Trường Mầm non Hoa Sen\"", "the school's name, e.g. \"Trường Mầm non Hoa Sen\""))
    .option(t("--year <năm học>", "--year <school-year>"), t("năm học, ví dụ 2025-2026", "school year, e.g. 2025-2026"), parseSchoolYear, defaultSchoolYear())
    .option(t("-o, --output <tệp>", "-o, --output <file>"), t("tệp sẽ tạo (mặc định: ke-hoach-thi-dua-<năm học>.yaml)", "file to create (default: ke-hoach-thi-dua-<year>.yaml)"))
    .option("--force", t("ghi đè nếu tệp đã có", "overwrite an existing file"))
    .helpOption("-h, --help", t("hiển thị trợ giúp", "show help"))
    .addHelpText("after", t('\nVí dụ:\n  plan init --level tieu-hoc --school "Trường Tiểu học Hoa Sen" --year 2025-2026\n  plan init -o ke-hoach.yaml', '\nExamples:\n  plan init --level tieu-hoc --school "Trường Tiểu học Hoa Sen" --year 2025-2026\n  plan init -o plan.yaml'))
    .action(async (options: { level: "mam-non" | "tieu-hoc" | "thcs" | "thpt"; school?: string; year: string; output?: string; force?: boolean }) => {
      const { initCommand } = await import("./commands/create.js");
      const g = globals();
      setExit(await initCommand(io, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("new")
    .description(t("tạo kế hoạch năm học mới từ kế hoạch năm trước: dời năm học, các mốc, các đợt, số năm kỷ niệm; giữ nguyên ghi chú", "next year's plan from last year's: moves the school year, dates, phases and anniversaries; keeps comments"))
    .requiredOption(t("--from <tệp>", "--from <file>"), t("kế hoạch năm trước", "last year's plan"))
    .requiredOption(t("--year <năm học>", "--year <school-year>"), t("năm học mới, ví dụ 2025-2026", "the new school year, e.g. 2025-2026"), parseSchoolYear)
    .option(t("-o, --output <tệp>", "-o, --output <file>"), t("tệp sẽ tạo (mặc định: tên cũ với năm học mới)", "file to create (default: the old name with the new year)"))
    .option("--force", t("ghi đè nếu tệp đã có", "overwrite an existing file"))
    .option("--any-name", t("đọc cả tệp không có đuôi .yaml/.yml như một kế hoạch (bản sao lưu ~, .bak bị bỏ qua nếu không có tùy chọn này)", "read files without a .yaml/.yml ending as plans (editor backups such as ~ and .bak are skipped without it)"))
    .helpOption("-h, --help", t("hiển thị trợ giúp", "show help"))
    .addHelpText("after", t("\nVí dụ:\n  plan new --from nam-thanh-2024-2025.yaml --year 2025-2026\n\nSố văn bản và ngày ban hành được để trống; căn cứ không bị sửa: plan validate báo căn cứ đã hết hiệu lực.", "\nExample:\n  plan new --from nam-thanh-2024-2025.yaml --year 2025-2026\n\nThe number and date are left blank; legal bases are never rewritten: plan validate reports repealed ones."))
    .action(async (options: { from: string; year: string; output?: string; force?: boolean; anyName?: boolean }) => {
      const { newCommand } = await import("./commands/create.js");
      const g = globals();
      setExit(await newCommand(io, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("preview")
    .description(t("xem văn bản trong trình duyệt bên cạnh trình soạn thảo; tự cập nhật mỗi khi lưu tệp, báo lỗi ngay trên trang", "see the document in a browser beside the editor; it redraws on every save and shows problems on the page"))
    .argument(t("<tệp>", "<file>"), t("tệp kế hoạch .yaml", "plan file (.yaml)"))
    .option("--port <số>", t("cổng (0 = tự chọn cổng trống; cổng bận thì dùng cổng kế tiếp)", "port (0 = any free one; a busy port moves to the next)"), parsePort, 0)
    .option("--open", t("mở trình duyệt", "open the browser"))
    .option("--any-name", t("đọc cả tệp không có đuôi .yaml/.yml như một kế hoạch (bản sao lưu ~, .bak bị bỏ qua nếu không có tùy chọn này)", "read files without a .yaml/.yml ending as plans (editor backups such as ~ and .bak are skipped without it)"))
    .helpOption("-h, --help", t("hiển thị trợ giúp", "show help"))
    .addHelpText("after", t("\nVí dụ:\n  plan preview ke-hoach.yaml --open\n  plan preview ke-hoach.yaml --port 8080\n\nChỉ nghe trên 127.0.0.1 (máy này). Bấm Ctrl+C để dừng.", "\nExamples:\n  plan preview plan.yaml --open\n  plan preview plan.yaml --port 8080\n\nListens on 127.0.0.1 only. Ctrl+C stops it."))
    .action(async (file: string, options: { port: number; open?: boolean; anyName?: boolean }) => {
      const { previewCommand } = await import("./commands/preview.js");
      const g = globals();
      setExit(await previewCommand(io, file, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("fix")
    .description(t("sửa những lỗi gõ có một cách hiểu (dấu hai chấm, dấu # hay & trong câu, ngày 20/11/2024, Tab, dấu •…) ngay trong tệp; in từng thay đổi", "mend typing slips that have one reading (colons, # or & in sentences, 20/11/2024 dates, tabs, •) in place; print each change"))
    .argument(t("<tệp...>", "<files...>"), t("các tệp kế hoạch .yaml", "plan files (.yaml)"))
    .option("--check", t("chỉ liệt kê những gì sẽ sửa, không ghi; mã thoát 1 nếu có (dùng trong CI, pre-commit)", "only list what would change; exit 1 if anything would (for CI and pre-commit)"))
    .option("--any-name", t("đọc cả tệp không có đuôi .yaml/.yml như một kế hoạch (bản sao lưu ~, .bak bị bỏ qua nếu không có tùy chọn này)", "read files without a .yaml/.yml ending as plans (editor backups such as ~ and .bak are skipped without it)"))
    .helpOption("-h, --help", t("hiển thị trợ giúp", "show help"))
    .addHelpText("after", t("\nVí dụ:\n  plan fix ke-hoach.yaml\n  plan fix --check ke-hoach/*.yaml\n\nChỉ các dòng có lỗi được viết lại; ghi chú, thứ tự, dòng trống và kiểu xuống dòng giữ nguyên. Lỗi có hai cách hiểu không được tự sửa.", "\nExamples:\n  plan fix plan.yaml\n  plan fix --check plans/*.yaml\n\nOnly the lines at fault are rewritten; comments, order, blank lines and line endings stay. Slips with two readings are reported, not changed."))
    .action(async (files: string[], options: { check?: boolean; anyName?: boolean }) => {
      const { fixCommand } = await import("./commands/fix.js");
      const g = globals();
      setExit(await fixCommand(io, files, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("import")
    .description(t("đọc kế hoạch từ văn bản Word (.docx) của trường, ghi thành tệp kế hoạch; liệt kê chỗ cần xem lại và số liệu sai", "read the school's Word plan (.docx) into a plan file; list what to check and the numbers that are wrong"))
    .argument(t("<tệp.docx>", "<file.docx>"), t("văn bản Word của kế hoạch (năm trước hoặc năm nay)", "the plan's Word document"))
    .option(t("-o, --output <tệp>", "-o, --output <file>"), t("tệp sẽ tạo (mặc định: cùng tên, đuôi .yaml)", "file to create (default: same name, .yaml)"))
    .option("--force", t("ghi đè nếu tệp đã có", "overwrite an existing file"))
    .helpOption("-h, --help", t("hiển thị trợ giúp", "show help"))
    .addHelpText("after", t("\nVí dụ:\n  plan import ke-hoach-2024-2025.docx\n  plan new --from ke-hoach-2024-2025.yaml --year 2025-2026\n\nChỗ công cụ không chắc chắn có ghi chú \"# kiểm tra:\" trong tệp và được liệt kê sau khi ghi.", "\nExamples:\n  plan import plan-2024-2025.docx\n  plan new --from plan-2024-2025.yaml --year 2025-2026\n\nWhat the reader was unsure of carries a \"# kiểm tra:\" comment in the file and is listed after writing."))
    .action(async (file: string, options: { output?: string; force?: boolean }) => {
      const { importCommand } = await import("./commands/import.js");
      const g = globals();
      setExit(await importCommand(io, file, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("schema")
    .description(t("in JSON Schema của tệp kế hoạch (hoặc đường dẫn của nó với --path)", "print the plan file's JSON Schema (or its path with --path)"))
    .option("--path", t("chỉ in đường dẫn tệp schema", "print only the schema file's path"))
    .helpOption("-h, --help", t("hiển thị trợ giúp", "show help"))
    .addHelpText("after", t("\nVí dụ:\n  plan schema > plan.schema.json      # dùng cho trình soạn thảo khác\n  plan schema --path", "\nExamples:\n  plan schema > plan.schema.json\n  plan schema --path"))
    .action(async (options: { path?: boolean }) => {
      const { schemaFile } = await import("./paths.js");
      const { readFile } = await import("node:fs/promises");
      io.stdout(options.path ? `${schemaFile()}\n` : await readFile(schemaFile(), "utf8"));
    });

  return program;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("cần một số từ 0 đến 65535");
  return n;
}

/** "2025-2026": two consecutive years. */
function parseSchoolYear(value: string): string {
  const m = /^(\d{4})-(\d{4})$/.exec(value.trim());
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new InvalidArgumentError("cần dạng 2025-2026 (hai năm liên tiếp)");
  return `${m[1]}-${m[2]}`;
}

/** The school year a plan written today is for: from July on, the one starting this year. */
function defaultSchoolYear(): string {
  const now = new Date();
  const start = now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
  return `${start}-${start + 1}`;
}

/** Runs the CLI; resolves to the exit code. Never throws: an internal failure is exit 2, not a stack trace. */
export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  let exitCode = 0;
  if (io === processIO) guardClosedPipes();
  tuneForEngine();
  const debug = argv.includes("--debug");
  const langArg = argv[argv.indexOf("--lang") + 1];
  const lang: Lang = argv.includes("--lang") && langArg && isLang(langArg) ? langArg : "vi";
  const program = buildProgram(io, (code) => (exitCode = code), lang);
  try {
    if (argv.length === 0) {
      io.stderr(lang === "en" ? program.helpInformation() : translateHelp(program.helpInformation()));
      return 2;
    }
    // `plan help nosuch` would print the general help and succeed: a command that does not exist is a usage error.
    const words = argv.filter((a, i) => !a.startsWith("-") && argv[i - 1] !== "--lang");
    const helpFor = words[0] === "help" ? words[1] : undefined;
    if (helpFor !== undefined && helpFor !== "help" && !program.commands.some((c) => c.name() === helpFor || c.aliases().includes(helpFor))) {
      io.stderr(lang === "en" ? `plan: there is no command "${helpFor}". Run plan help to list the commands.\n` : `plan: không có lệnh “${helpFor}”. Chạy plan help để xem các lệnh.\n`);
      return 2;
    }
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
      io.stderr(`${usageMessage(error, lang)}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      lang === "en"
        ? `plan: internal error: ${detail}\nPlease report it with the file that caused it.${debug ? "" : " Run again with --debug for details."}\n`
        : `plan: lỗi nội bộ: ${detail}\nVui lòng báo lỗi kèm tệp gây lỗi.${debug ? "" : " Chạy lại với --debug để xem chi tiết."}\n`,
    );
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
