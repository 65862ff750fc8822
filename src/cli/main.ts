import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { CLI_HELP, HELP_HEADINGS_VI, INVALID_VALUE } from "../messages/help.js";
import { isLang, type Lang } from "../messages/index.js";
import { guardClosedPipes, processIO, type CliIO } from "./io.js";
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from "./output.js";
import { usageMessage } from "./usage.js";

// Injected from package.json by scripts/build.mjs, so --version never drifts from the release.
declare const __PLAN_VERSION__: string | undefined;
export const VERSION = typeof __PLAN_VERSION__ === "string" ? __PLAN_VERSION__ : "0.0.0-dev";

// Commander writes its headings in English; the Vietnamese help says them in Vietnamese.
const translateHelp = (text: string): string => HELP_HEADINGS_VI.reduce((t, [re, vi]) => t.replace(re, vi), text);

/** The language of this run, for the option parsers commander calls without one (set by run()). */
let currentLang: Lang = "vi";

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError(INVALID_VALUE[currentLang].jobs);
  return n;
}

interface GlobalOptions {
  lang: Lang;
  color?: boolean;
  debug?: boolean;
}

function buildProgram(io: CliIO, setExit: (code: number) => void, lang: Lang): Command {
  const h = CLI_HELP[lang];
  const help = (text: string): string => (lang === "en" ? text : translateHelp(text));
  const program = new Command("plan");
  const globals = (): GlobalOptions => program.opts() as GlobalOptions;
  program
    .description(h.program.description)
    .version(VERSION, "-V, --version", h.program.version)
    .helpOption("-h, --help", h.help)
    .helpCommand(...h.program.helpCommand)
    .addOption(new Option(...h.program.lang).choices(["vi", "en"]).default("vi"))
    .option("--no-color", h.program.noColor)
    .option("--debug", h.program.debug)
    .addHelpText("after", h.program.after)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(help(s)),
      writeErr: (s) => io.stderr(help(s)),
      outputError: () => {}, // errors are translated and printed by run()
    });

  program
    .command("validate")
    .description(h.validate.description)
    .argument(...h.files)
    .addOption(new Option(...h.validate.format).choices([...DIAGNOSTIC_FORMATS]).default("stylish"))
    .addOption(new Option(...h.validate.failOn).choices(["error", "warning"]).default("error"))
    .addOption(new Option(...h.validate.jobs).argParser(parseJobs))
    .option("--any-name", h.anyName)
    .helpOption("-h, --help", h.help)
    .addHelpText("after", h.validate.after)
    .action(
      async (
        files: string[],
        options: { format: DiagnosticFormat; jobs?: number; failOn: "error" | "warning"; anyName?: boolean },
      ) => {
        const { validateCommand } = await import("./commands/validate.js");
        const g = globals();
        setExit(
          await validateCommand(io, files, {
            format: options.format,
            lang: g.lang,
            color: g.color,
            jobs: options.jobs,
            failOn: options.failOn,
            anyName: options.anyName,
          }),
        );
      },
    );

  program
    .command("stats")
    .description(h.stats.description)
    .argument(...h.files)
    .addOption(new Option(...h.stats.format).choices(["table", "json", "markdown", "csv", "xlsx"]).default("table"))
    .option(h.outputFlags, h.stats.output)
    .option("--force", h.stats.force)
    .option("--any-name", h.anyName)
    .helpOption("-h, --help", h.help)
    .addHelpText("after", h.stats.after)
    .action(
      async (
        files: string[],
        options: {
          format: "table" | "json" | "markdown" | "csv" | "xlsx";
          output?: string;
          force?: boolean;
          anyName?: boolean;
        },
      ) => {
        const { statsCommand } = await import("./commands/stats.js");
        const g = globals();
        setExit(
          await statsCommand(io, files, {
            format: options.format,
            output: options.output,
            force: options.force,
            lang: g.lang,
            color: g.color,
            anyName: options.anyName,
          }),
        );
      },
    );

  program
    .command("render")
    .description(h.render.description)
    .argument(...h.file)
    .addOption(new Option("--docx", h.render.docx).conflicts(["ics", "text", "html", "pdf"]))
    .addOption(new Option("--ics", h.render.ics).conflicts(["text", "html", "pdf"]))
    .addOption(new Option("--html", h.render.html).conflicts(["text", "pdf"]))
    .addOption(new Option("--pdf", h.render.pdf).conflicts(["text"]))
    .option("--text", h.render.text)
    .option(h.outputFlags, h.render.output)
    .option("--force", h.render.force)
    .option("--doc <KIND>", h.render.doc)
    .option("--for <id>", h.render.for)
    .option("--any-name", h.anyName)
    .helpOption("-h, --help", h.help)
    .addHelpText("after", h.render.after)
    .action(
      async (
        file: string,
        options: {
          docx?: boolean;
          ics?: boolean;
          text?: boolean;
          html?: boolean;
          pdf?: boolean;
          output?: string;
          force?: boolean;
          anyName?: boolean;
          doc?: string;
          for?: string;
        },
      ) => {
        const { renderCommand } = await import("./commands/render.js");
        const g = globals();
        const format = options.ics
          ? "ics"
          : options.text
            ? "text"
            : options.html
              ? "html"
              : options.pdf
                ? "pdf"
                : "docx";
        setExit(
          await renderCommand(io, file, {
            format,
            output: options.output,
            force: options.force,
            anyName: options.anyName,
            lang: g.lang,
            color: g.color,
            doc: options.doc,
            for: options.for,
          }),
        );
      },
    );

  program
    .command("init")
    .description(h.init.description)
    .addOption(new Option(...h.init.level).choices(["mam-non", "tieu-hoc", "thcs", "thpt"]).default("mam-non"))
    .option(...h.init.school)
    .option(h.yearFlags, h.init.year, parseSchoolYear, defaultSchoolYear())
    .option(h.outputFlags, h.init.output)
    .option("--force", h.force)
    .option("--vscode", h.init.vscode)
    .helpOption("-h, --help", h.help)
    .addHelpText("after", h.init.after)
    .action(
      async (options: {
        level: "mam-non" | "tieu-hoc" | "thcs" | "thpt";
        school?: string;
        year: string;
        output?: string;
        force?: boolean;
        vscode?: boolean;
      }) => {
        const { initCommand } = await import("./commands/create.js");
        const g = globals();
        setExit(await initCommand(io, { ...options, lang: g.lang, color: g.color }));
      },
    );

  program
    .command("new")
    .description(h.new.description)
    .requiredOption(...h.new.from)
    .requiredOption(h.yearFlags, h.new.year, parseSchoolYear)
    .option(h.outputFlags, h.new.output)
    .option("--force", h.force)
    .option("--any-name", h.anyName)
    .helpOption("-h, --help", h.help)
    .addHelpText("after", h.new.after)
    .action(async (options: { from: string; year: string; output?: string; force?: boolean; anyName?: boolean }) => {
      const { newCommand } = await import("./commands/create.js");
      const g = globals();
      setExit(await newCommand(io, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("preview")
    .description(h.preview.description)
    .argument(...h.file)
    .option(h.preview.portFlags, h.preview.port, parsePort, 0)
    .option("--open", h.preview.open)
    .option("--doc <KIND>", h.preview.doc)
    .option("--for <id>", h.render.for)
    .option("--any-name", h.anyName)
    .helpOption("-h, --help", h.help)
    .addHelpText("after", h.preview.after)
    .action(
      async (
        file: string,
        options: { port: number; open?: boolean; anyName?: boolean; doc?: string; for?: string },
      ) => {
        const { previewCommand } = await import("./commands/preview.js");
        const g = globals();
        setExit(await previewCommand(io, file, { ...options, lang: g.lang, color: g.color }));
      },
    );

  program
    .command("fix")
    .description(h.fix.description)
    .argument(...h.files)
    .option("--check", h.fix.check)
    .option("--any-name", h.anyName)
    .helpOption("-h, --help", h.help)
    .addHelpText("after", h.fix.after)
    .action(async (files: string[], options: { check?: boolean; anyName?: boolean }) => {
      const { fixCommand } = await import("./commands/fix.js");
      const g = globals();
      setExit(await fixCommand(io, files, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("import")
    .description(h.import.description)
    .argument(...h.import.docx)
    .option(h.outputFlags, h.import.output)
    .option("--force", h.force)
    .helpOption("-h, --help", h.help)
    .addHelpText("after", h.import.after)
    .action(async (file: string, options: { output?: string; force?: boolean }) => {
      const { importCommand } = await import("./commands/import.js");
      const g = globals();
      setExit(await importCommand(io, file, { ...options, lang: g.lang, color: g.color }));
    });

  // The year's hồ sơ from a results file (core/results/); more subcommands join these.
  const results = program.command("results").description(h.results.description).helpOption("-h, --help", h.help);
  results
    .command("init")
    .description(h.results.init.description)
    .requiredOption("--from <plan.yaml>", h.results.init.from)
    .option(h.outputFlags, h.results.init.output)
    .option("--force", h.force)
    .helpOption("-h, --help", h.help)
    .action(async (options: { from: string; output?: string; force?: boolean }) => {
      const { resultsInitCommand } = await import("./commands/results.js");
      const g = globals();
      setExit(await resultsInitCommand(io, { ...options, lang: g.lang, color: g.color }));
    });
  results
    .command("import")
    .description(h.results.import.description)
    .argument(...h.results.import.file)
    .requiredOption("--from <plan.yaml>", h.results.import.from)
    .option(h.outputFlags, h.results.import.output)
    .option(...h.results.import.sheet)
    .option("--force", h.force)
    .helpOption("-h, --help", h.help)
    .addHelpText("after", h.results.import.after)
    .action(async (file: string, options: { from: string; output?: string; sheet?: string; force?: boolean }) => {
      const { resultsImportCommand } = await import("./commands/results-import.js");
      const g = globals();
      setExit(await resultsImportCommand(io, file, { ...options, lang: g.lang, color: g.color }));
    });

  program
    .command("schema")
    .description(h.schema.description)
    .option("--path", h.schema.path)
    .helpOption("-h, --help", h.help)
    .addHelpText("after", h.schema.after)
    .action(async (options: { path?: boolean }) => {
      const { schemaFile } = await import("./paths.js");
      const { readFile } = await import("node:fs/promises");
      io.stdout(options.path ? `${schemaFile()}\n` : await readFile(schemaFile(), "utf8"));
    });

  return program;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(INVALID_VALUE[currentLang].port);
  return n;
}

/** "2025-2026": two consecutive years. */
function parseSchoolYear(value: string): string {
  const m = /^(\d{4})-(\d{4})$/.exec(value.trim());
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new InvalidArgumentError(INVALID_VALUE[currentLang].schoolYear);
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
  currentLang = lang;
  const program = buildProgram(io, (code) => (exitCode = code), lang);
  try {
    if (argv.length === 0) {
      io.stderr(lang === "en" ? program.helpInformation() : translateHelp(program.helpInformation()));
      return 2;
    }
    // `plan help nosuch` would print the general help and succeed: a command that does not exist is a usage error.
    const words = argv.filter((a, i) => !a.startsWith("-") && argv[i - 1] !== "--lang");
    const helpFor = words[0] === "help" ? words[1] : undefined;
    if (
      helpFor !== undefined &&
      helpFor !== "help" &&
      !program.commands.some((c) => c.name() === helpFor || c.aliases().includes(helpFor))
    ) {
      io.stderr(
        lang === "en"
          ? `plan: there is no command "${helpFor}". Run plan help to list the commands.\n`
          : `plan: không có lệnh “${helpFor}”. Chạy plan help để xem các lệnh.\n`,
      );
      return 2;
    }
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      )
        return 0;
      io.stderr(`${usageMessage(error, lang)}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      lang === "en"
        ? `plan: internal error: ${detail}\nPlease report it with the file that caused ` +
            `it.${debug ? "" : " Run again with --debug for details."}\n`
        : `plan: lỗi nội bộ: ${detail}\nVui lòng báo lỗi kèm tệp gây ` +
            `lỗi.${debug ? "" : " Chạy lại với --debug để xem chi tiết."}\n`,
    );
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
