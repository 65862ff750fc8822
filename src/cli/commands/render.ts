import type { Diagnostic } from "../../core/diagnostic.js";
import { checkBytes, type Plan } from "../../core/index.js";
import type { Lang } from "../../messages/index.js";
import { exitCodeFor, readPlanFileSync, type CliIO } from "../io.js";
import { checkPdfFont } from "../fonts.js";
import { announceWritten, complain, warnLine } from "../output.js";
import { outputBeside, sortInputs } from "../inputs.js";
import { checkOutput, writeOutput, type OutputKind } from "../output-policy.js";

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
}

/** The bytes of each format; each loads only what it needs (docx is never loaded by validate or stats). */
const RENDERERS: Record<RenderFormat, { extension: string; kind: OutputKind; render(plan: Plan, env: Record<string, string | undefined>): Promise<Uint8Array | Diagnostic> }> = {
  docx: { extension: ".docx", kind: "docx", render: async (plan) => (await import("../../core/render/docx/document.js")).renderDocx(plan) },
  ics: { extension: ".ics", kind: "ics", render: async (plan) => new TextEncoder().encode((await import("../../core/render/ics.js")).renderIcs(plan)) },
  text: {
    extension: ".txt",
    kind: "text",
    render: async (plan) => {
      const [{ layout }, { layoutToText }] = await Promise.all([import("../../core/render/layout.js"), import("../../core/render/text.js")]);
      return new TextEncoder().encode(layoutToText(layout(plan)));
    },
  },
  html: {
    extension: ".html",
    kind: "html",
    render: async (plan) => {
      const [{ layout }, { renderHtml }] = await Promise.all([import("../../core/render/layout.js"), import("../../core/render/html.js")]);
      return new TextEncoder().encode(renderHtml(plan, layout(plan)));
    },
  },
  pdf: {
    extension: ".pdf",
    kind: "pdf",
    render: async (plan, env) => {
      const [{ layout }, { renderDocx }, { docxToPdf }] = await Promise.all([import("../../core/render/layout.js"), import("../../core/render/docx/document.js"), import("../pdf.js")]);
      return docxToPdf(await renderDocx(plan), layout(plan), env);
    },
  },
};

/** Validates, then renders; a plan with errors renders nothing (exit 1). */
export async function renderCommand(io: CliIO, file: string, options: RenderOptions): Promise<number> {
  // Start loading the DOCX writer (and the layout it needs) now: reading its files from disk overlaps
  // reading and checking the plan.
  if (options.format === "docx" || options.format === "pdf") import("../../core/render/docx/document.js").catch(() => undefined);
  const refused = sortInputs([file], options).refused;
  if (refused.length) {
    await complain(io, file, [refused[0]!.diagnostic], options);
    return 2;
  }
  const read = readPlanFileSync(file);
  if ("diagnostic" in read) {
    await complain(io, file, [read.diagnostic], options);
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
    if (font.missing) warnLine(io, { code: "io/pdf-font", args: { platform: font.platform, used: font.used ?? "" } }, options.lang);
  }
  const failure = await writeOutput(target, bytes, output);
  if (failure) {
    await complain(io, target, [failure], options);
    return exitCodeFor([failure]);
  }
  announceWritten(io, target, options.lang);
  return 0;
}
