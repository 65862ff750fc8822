import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { isLang, type Lang } from "../messages/index.js";
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

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command("plan");
  const globals = (): GlobalOptions => program.opts() as GlobalOptions;
  program
    .description("Kế hoạch thi đua, khen thưởng của trường học dưới dạng YAML: kiểm tra, tính số liệu, xuất DOCX theo Nghị định 30.")
    .version(VERSION, "-V, --version", "in phiên bản")
    .helpOption("-h, --help", "hiển thị trợ giúp")
    .helpCommand("help [lệnh]", "hiển thị trợ giúp của một lệnh")
    .addOption(new Option("--lang <ngôn ngữ>", "ngôn ngữ thông báo: vi hoặc en").choices(["vi", "en"]).default("vi"))
    .option("--no-color", "không tô màu")
    .option("--debug", "in chi tiết lỗi nội bộ (stack trace)")
    .addHelpText("after", HELP_AFTER)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(translateHelp(s)),
      writeErr: (s) => io.stderr(translateHelp(s)),
      outputError: () => {}, // errors are translated and printed by run()
    });

  program
    .command("validate")
    .description("kiểm tra tệp kế hoạch: cú pháp YAML, cấu trúc (JSON Schema) và các quy định thi đua, khen thưởng")
    .argument("<tệp...>", "các tệp kế hoạch .yaml")
    .addOption(new Option("-f, --format <định dạng>", "định dạng kết quả").choices([...DIAGNOSTIC_FORMATS]).default("stylish"))
    .addOption(new Option("--fail-on <mức>", "mức làm hỏng lượt chạy (mã thoát 1): error, hoặc warning để cả cảnh báo cũng tính").choices(["error", "warning"]).default("error"))
    .addOption(new Option("-j, --jobs <số>", "số luồng kiểm tra song song khi có nhiều tệp (mặc định: số nhân CPU)").argParser(parseJobs))
    .helpOption("-h, --help", "hiển thị trợ giúp")
    .addHelpText("after", "\nVí dụ:\n  plan validate examples/*.yaml\n  plan validate --format json ke-hoach.yaml > ket-qua.json\n  plan validate --format github ke-hoach/*.yaml   # chú thích lỗi trong GitHub Actions")
    .action(async (files: string[], options: { format: DiagnosticFormat; jobs?: number; failOn: "error" | "warning" }) => {
      const { validateCommand } = await import("./commands/validate.js");
      const g = globals();
      const jobs = options.jobs ?? (await import("node:os")).availableParallelism();
      setExit(await validateCommand(io, files, { format: options.format, lang: g.lang, color: g.color, jobs, failOn: options.failOn }));
    });

  program
    .command("stats")
    .description("tính số liệu: tỉ lệ các danh hiệu, thời gian các đợt thi đua, ngày kỷ niệm; nhiều tệp thì có dòng tổng hợp")
    .argument("<tệp...>", "các tệp kế hoạch .yaml")
    .addOption(new Option("-f, --format <định dạng>", "định dạng kết quả").choices(["table", "json", "markdown"]).default("table"))
    .helpOption("-h, --help", "hiển thị trợ giúp")
    .addHelpText("after", "\nVí dụ:\n  plan stats examples/nam-thanh-2024-2025.yaml\n  plan stats truong-*.yaml --format markdown > tong-hop.md\n  plan stats examples/*.yaml --format json")
    .action(async (files: string[], options: { format: "table" | "json" | "markdown" }) => {
      const { statsCommand } = await import("./commands/stats.js");
      const g = globals();
      setExit(await statsCommand(io, files, { format: options.format, lang: g.lang, color: g.color }));
    });

  program
    .command("render")
    .description("xuất kế hoạch thành văn bản DOCX theo Nghị định 30 (kiểm tra trước; có lỗi thì không xuất)")
    .argument("<tệp>", "tệp kế hoạch .yaml")
    .addOption(new Option("--docx", "xuất DOCX (mặc định)").conflicts(["ics", "text"]))
    .addOption(new Option("--ics", "xuất lịch iCalendar (.ics): các đợt, công việc từng tháng, ngày kỷ niệm — nhập vào Google Calendar, Outlook").conflicts(["text"]))
    .option("--text", "in nội dung văn bản dạng chữ thuần ra màn hình (hoặc ghi ra tệp với -o)")
    .option("-o, --output <tệp>", "tệp kết quả (mặc định: cùng thư mục, cùng tên, đuôi .docx); thư mục phải có sẵn")
    .helpOption("-h, --help", "hiển thị trợ giúp")
    .addHelpText("after", "\nVí dụ:\n  plan render examples/nam-thanh-2024-2025.yaml --docx\n  plan render ke-hoach.yaml --docx -o ban-in/ke-hoach.docx\n  plan render ke-hoach.yaml --ics -o lich-thi-dua.ics\n  plan render ke-hoach.yaml --text | less\n\nTệp DOCX được ghi qua một tệp tạm trong cùng thư mục rồi đổi tên: khi có lỗi, tệp cũ được giữ nguyên.")
    .action(async (file: string, options: { docx?: boolean; ics?: boolean; text?: boolean; output?: string }) => {
      const { renderCommand } = await import("./commands/render.js");
      const g = globals();
      const format = options.ics ? "ics" : options.text ? "text" : "docx";
      setExit(await renderCommand(io, file, { format, output: options.output, lang: g.lang, color: g.color }));
    });

  program
    .command("init")
    .description("tạo tệp kế hoạch mới từ mẫu, có ghi chú hướng dẫn (không ghi đè tệp đã có, trừ khi --force)")
    .addOption(new Option("--level <cấp học>", "cấp học").choices(["mam-non", "tieu-hoc", "thcs", "thpt"]).default("mam-non"))
    .option("--school <tên trường>", "tên trường, ví dụ \"Trường Mầm non Hoa Sen\"")
    .option("--year <năm học>", "năm học, ví dụ 2025-2026", parseSchoolYear, defaultSchoolYear())
    .option("-o, --output <tệp>", "tệp sẽ tạo (mặc định: ke-hoach-thi-dua-<năm học>.yaml)")
    .option("--force", "ghi đè nếu tệp đã có")
    .helpOption("-h, --help", "hiển thị trợ giúp")
    .addHelpText("after", '\nVí dụ:\n  plan init --level tieu-hoc --school "Trường Tiểu học Hoa Sen" --year 2025-2026\n  plan init -o ke-hoach.yaml')
    .action(async (options: { level: "mam-non" | "tieu-hoc" | "thcs" | "thpt"; school?: string; year: string; output?: string; force?: boolean }) => {
      const { initCommand } = await import("./commands/create.js");
      const g = globals();
      setExit(await initCommand(io, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("new")
    .description("tạo kế hoạch năm học mới từ kế hoạch năm trước: dời năm học, các mốc, các đợt, số năm kỷ niệm; giữ nguyên ghi chú")
    .requiredOption("--from <tệp>", "kế hoạch năm trước")
    .requiredOption("--year <năm học>", "năm học mới, ví dụ 2025-2026", parseSchoolYear)
    .option("-o, --output <tệp>", "tệp sẽ tạo (mặc định: tên cũ với năm học mới)")
    .option("--force", "ghi đè nếu tệp đã có")
    .helpOption("-h, --help", "hiển thị trợ giúp")
    .addHelpText("after", "\nVí dụ:\n  plan new --from nam-thanh-2024-2025.yaml --year 2025-2026\n\nSố văn bản và ngày ban hành được để trống; căn cứ không bị sửa: plan validate báo căn cứ đã hết hiệu lực.")
    .action(async (options: { from: string; year: string; output?: string; force?: boolean }) => {
      const { newCommand } = await import("./commands/create.js");
      const g = globals();
      setExit(await newCommand(io, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("fix")
    .description("sửa những lỗi gõ có một cách hiểu (dấu hai chấm, dấu # hay & trong câu, ngày 20/11/2024, Tab, dấu •…) ngay trong tệp; in từng thay đổi")
    .argument("<tệp...>", "các tệp kế hoạch .yaml")
    .option("--check", "chỉ liệt kê những gì sẽ sửa, không ghi; mã thoát 1 nếu có (dùng trong CI, pre-commit)")
    .helpOption("-h, --help", "hiển thị trợ giúp")
    .addHelpText("after", "\nVí dụ:\n  plan fix ke-hoach.yaml\n  plan fix --check ke-hoach/*.yaml\n\nChỉ các dòng có lỗi được viết lại; ghi chú, thứ tự, dòng trống và kiểu xuống dòng giữ nguyên. Lỗi có hai cách hiểu không được tự sửa.")
    .action(async (files: string[], options: { check?: boolean }) => {
      const { fixCommand } = await import("./commands/fix.js");
      const g = globals();
      setExit(await fixCommand(io, files, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("import")
    .description("đọc kế hoạch từ văn bản Word (.docx) của trường, ghi thành tệp kế hoạch; liệt kê chỗ cần xem lại và số liệu sai")
    .argument("<tệp.docx>", "văn bản Word của kế hoạch (năm trước hoặc năm nay)")
    .option("-o, --output <tệp>", "tệp sẽ tạo (mặc định: cùng tên, đuôi .yaml)")
    .option("--force", "ghi đè nếu tệp đã có")
    .helpOption("-h, --help", "hiển thị trợ giúp")
    .addHelpText("after", "\nVí dụ:\n  plan import ke-hoach-2024-2025.docx\n  plan new --from ke-hoach-2024-2025.yaml --year 2025-2026\n\nChỗ công cụ không chắc chắn có ghi chú \"# kiểm tra:\" trong tệp và được liệt kê sau khi ghi.")
    .action(async (file: string, options: { output?: string; force?: boolean }) => {
      const { importCommand } = await import("./commands/import.js");
      const g = globals();
      setExit(await importCommand(io, file, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("schema")
    .description("in JSON Schema của tệp kế hoạch (hoặc đường dẫn của nó với --path)")
    .option("--path", "chỉ in đường dẫn tệp schema")
    .helpOption("-h, --help", "hiển thị trợ giúp")
    .addHelpText("after", "\nVí dụ:\n  plan schema > plan.schema.json      # dùng cho trình soạn thảo khác\n  plan schema --path")
    .action(async (options: { path?: boolean }) => {
      const { schemaFile } = await import("./paths.js");
      const { readFile } = await import("node:fs/promises");
      io.stdout(options.path ? `${schemaFile()}\n` : await readFile(schemaFile(), "utf8"));
    });

  return program;
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
  const debug = argv.includes("--debug");
  const langArg = argv[argv.indexOf("--lang") + 1];
  const lang: Lang = argv.includes("--lang") && langArg && isLang(langArg) ? langArg : "vi";
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    if (argv.length === 0) {
      io.stderr(translateHelp(program.helpInformation()));
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
