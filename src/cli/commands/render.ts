import type { Diagnostic } from "../../core/diagnostic.js";
import { checkBytes, type Plan } from "../../core/index.js";
import type { Lang } from "../../messages/index.js";
import { exitCodeFor, ioDiagnostic, readPlanFileSync, type CliIO } from "../io.js";
import { checkResultsFile } from "../results-file.js";
import type { CheckedResults } from "../../core/results/check.js";
import type { Layout } from "../../core/render/layout.js";
import { checkPdfFont } from "../fonts.js";
import { complain, warnLine, writeAnnounced } from "../output.js";
import { outputBeside, sortInputs } from "../inputs.js";
import { checkOutput, type OutputKind } from "../output-policy.js";

export type RenderFormat = "docx" | "ics" | "text" | "html" | "pdf";

export interface RenderOptions {
  format: RenderFormat;
  output?: string;
  /** Replace an existing output that plan did not write (or that was changed since). */
  force?: boolean;
  /** Read the input as a plan whatever its name. */
  anyName?: boolean;
  lang: Lang;
  color?: boolean;
  /** A results file's document (core/render/documents/): to-trinh, quyet-dinh, … */
  doc?: string;
  /** The person or collective of a bao-cao-thanh-tich; a tờ trình's number for to-trinh and quyet-dinh. */
  for?: string;
}

/** The bytes of each format; each loads only what it needs (docx is never loaded by validate or stats). */
const RENDERERS: Record<
  RenderFormat,
  {
    extension: string;
    kind: OutputKind;
    render(plan: Plan, env: Record<string, string | undefined>): Promise<Uint8Array | Diagnostic>;
  }
> = {
  docx: {
    extension: ".docx",
    kind: "docx",
    render: async (plan) => (await import("../../core/render/docx/document.js")).renderDocx(plan),
  },
  ics: {
    extension: ".ics",
    kind: "ics",
    render: async (plan) => new TextEncoder().encode((await import("../../core/render/ics.js")).renderIcs(plan)),
  },
  text: {
    extension: ".txt",
    kind: "text",
    render: async (plan) => {
      const [{ layout }, { layoutToText }] = await Promise.all([
        import("../../core/render/layout.js"),
        import("../../core/render/text.js"),
      ]);
      return new TextEncoder().encode(layoutToText(layout(plan)));
    },
  },
  html: {
    extension: ".html",
    kind: "html",
    render: async (plan) => {
      const [{ layout }, { renderHtml }] = await Promise.all([
        import("../../core/render/layout.js"),
        import("../../core/render/html.js"),
      ]);
      return new TextEncoder().encode(renderHtml(plan, layout(plan)));
    },
  },
  pdf: {
    extension: ".pdf",
    kind: "pdf",
    render: async (plan, env) => {
      const [{ layout }, { renderDocx }, { docxToPdf }] = await Promise.all([
        import("../../core/render/layout.js"),
        import("../../core/render/docx/document.js"),
        import("../pdf.js"),
      ]);
      return docxToPdf(await renderDocx(plan), layout(plan), env);
    },
  },
};

/** Validates, then renders; a plan with errors renders nothing (exit 1). */
export async function renderCommand(io: CliIO, file: string, options: RenderOptions): Promise<number> {
  // Start loading the DOCX writer (and the layout it needs) now: reading its files from disk overlaps
  // reading and checking the plan.
  if (options.format === "docx" || options.format === "pdf")
    import("../../core/render/docx/document.js").catch(() => undefined);
  const refused = sortInputs([file], options).refused;
  if (refused.length) {
    await complain(io, file, [refused[0]!.diagnostic], options);
    return 2;
  }
  if (options.doc !== undefined) {
    const { isDocumentKind, DOCUMENT_KINDS } = await import("../../core/render/documents/index.js");
    if (!isDocumentKind(options.doc)) {
      await complain(
        io,
        file,
        [ioDiagnostic("results/doc-unknown", { doc: options.doc, kinds: DOCUMENT_KINDS.join(", ") })],
        options,
      );
      return 2;
    }
  }
  const read = readPlanFileSync(file);
  if ("diagnostic" in read) {
    await complain(io, file, [read.diagnostic], options);
    return 2;
  }
  const results = checkResultsFile(file, read.bytes);
  if (results) return renderResults(io, file, results, options);
  if (options.doc !== undefined) {
    await complain(io, file, [ioDiagnostic("results/doc-needs-results")], options);
    return 2;
  }
  const checked = checkBytes(read.bytes);
  const shown = checked.diagnostics.filter((d) => d.severity !== "info");
  if (shown.length) await complain(io, file, shown, options);
  if (!checked.plan) return 1;
  const renderer = RENDERERS[options.format];
  // Plain text without -o is for reading in the terminal.
  const toTerminal = options.format === "text" && !options.output;
  const target = options.output ?? outputBeside(file, renderer.extension);
  const output = { kind: renderer.kind, force: options.force, input: file };
  const blocked = toTerminal ? undefined : await checkOutput(target, output);
  if (blocked) {
    await complain(io, target, [blocked], options);
    return 2;
  }
  const bytes = await renderer.render(checked.plan, io.env);
  if (!(bytes instanceof Uint8Array)) {
    await complain(io, file, [bytes], options);
    return exitCodeFor([bytes]);
  }
  if (toTerminal) {
    io.stdout(new TextDecoder().decode(bytes));
    return 0;
  }
  if (options.format === "pdf") {
    // Said once the PDF exists: a machine without LibreOffice has a bigger problem to hear about first.
    const font = checkPdfFont(io.env);
    if (font.missing)
      warnLine(io, { code: "io/pdf-font", args: { platform: font.platform, used: font.used ?? "" } }, options.lang);
  }
  return writeAnnounced(io, target, bytes, output, options);
}

/** The bytes of a laid-out document of the year in each format a plan has but the calendar. */
const LAYOUT_RENDERERS: Partial<
  Record<
    RenderFormat,
    (l: Layout, plan: Plan, env: Record<string, string | undefined>) => Promise<Uint8Array | Diagnostic>
  >
> = {
  docx: async (l) => (await import("../../core/render/docx/document.js")).renderLayoutDocx(l),
  text: async (l) => new TextEncoder().encode((await import("../../core/render/text.js")).layoutToText(l)),
  html: async (l, plan) => new TextEncoder().encode((await import("../../core/render/html.js")).renderHtml(plan, l)),
  pdf: async (l, _plan, env) => {
    const [{ renderLayoutDocx }, { docxToPdf }] = await Promise.all([
      import("../../core/render/docx/document.js"),
      import("../pdf.js"),
    ]);
    return docxToPdf(await renderLayoutDocx(l), l, env);
  },
};

/**
 * A results file renders one document of the year (--doc). Usage problems (no --doc, a format it has not,
 * a báo cáo without --for) are exit 2 before the check; a results file with errors renders nothing (exit 1).
 */
async function renderResults(
  io: CliIO,
  file: string,
  checked: CheckedResults,
  options: RenderOptions,
): Promise<number> {
  const { DOCUMENT_KINDS, documentLayout, documentProblem } = await import("../../core/render/documents/index.js");
  const usage = async (code: Diagnostic["code"], args: Diagnostic["args"] = {}): Promise<number> => {
    await complain(io, file, [ioDiagnostic(code, args)], options);
    return 2;
  };
  const kind = options.doc as (typeof DOCUMENT_KINDS)[number] | undefined;
  if (!kind) return usage("results/doc-missing", { kinds: DOCUMENT_KINDS.join(", ") });
  const render = LAYOUT_RENDERERS[options.format];
  if (!render) return usage("results/doc-format", { doc: kind, format: options.format });
  const shown = checked.diagnostics.filter((d) => d.severity !== "info");
  if (shown.length) await complain(io, file, shown, options);
  if (!checked.results || !checked.plan) return 1;
  const input = { plan: checked.plan, results: checked.results, for: options.for };
  const problem = documentProblem(kind, input);
  if (problem) return usage(problem.code, "for" in problem ? { for: problem.for } : {});
  const extension = RENDERERS[options.format].extension;
  const toTerminal = options.format === "text" && !options.output;
  // One file per document beside the results file: ket-qua-to-trinh.docx, ket-qua-bao-cao-thanh-tich-gv05.docx;
  // a tờ trình (or its decision) picked by --for keeps its number, so the second one does not replace the
  // first: ket-qua-to-trinh-19-TTr-TrMNNT.docx.
  const named = options.for && (kind === "bao-cao-thanh-tich" || kind === "to-trinh" || kind === "quyet-dinh");
  const suffix = `-${kind}${named ? `-${options.for!.replace(/[^\p{L}\p{N}-]+/gu, "-")}` : ""}`;
  const target = options.output ?? outputBeside(file, `${suffix}${extension}`);
  const output = { kind: RENDERERS[options.format].kind, force: options.force, input: file };
  const blocked = toTerminal ? undefined : await checkOutput(target, output);
  if (blocked) return usage(blocked.code, blocked.args);
  const bytes = await render(documentLayout(kind, input), checked.plan, io.env);
  if (!(bytes instanceof Uint8Array)) {
    await complain(io, file, [bytes], options);
    return exitCodeFor([bytes]);
  }
  if (toTerminal) {
    io.stdout(new TextDecoder().decode(bytes));
    return 0;
  }
  return writeAnnounced(io, target, bytes, output, options);
}
