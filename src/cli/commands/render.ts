import { basename, dirname, extname, join } from "node:path";
import type { Diagnostic } from "../../core/diagnostic.js";
import { checkBytes, type Plan } from "../../core/index.js";
import type { Lang } from "../../messages/index.js";
import { exitCodeFor, readPlanFileSync, type CliIO } from "../io.js";
import { announceWritten, complain } from "../output.js";
import { writeSafely } from "../safe-write.js";

export type RenderFormat = "docx" | "ics" | "text" | "html" | "pdf";

export interface RenderOptions {
  format: RenderFormat;
  output?: string;
  lang: Lang;
  color?: boolean;
}

/** Default output: beside the input, same name, new extension. */
export function defaultOutput(input: string, extension: string): string {
  return join(dirname(input), `${basename(input, extname(input))}${extension}`);
}

/** The bytes of each format; each loads only what it needs (docx is never loaded by validate or stats). */
const RENDERERS: Record<RenderFormat, { extension: string; render(plan: Plan, env: Record<string, string | undefined>): Promise<Uint8Array | Diagnostic> }> = {
  docx: { extension: ".docx", render: async (plan) => (await import("../../core/render/docx/document.js")).renderDocx(plan) },
  ics: { extension: ".ics", render: async (plan) => new TextEncoder().encode((await import("../../core/render/ics.js")).renderIcs(plan)) },
  text: {
    extension: ".txt",
    render: async (plan) => {
      const [{ layout }, { layoutToText }] = await Promise.all([import("../../core/render/layout.js"), import("../../core/render/text.js")]);
      return new TextEncoder().encode(layoutToText(layout(plan)));
    },
  },
  html: {
    extension: ".html",
    render: async (plan) => {
      const [{ layout }, { renderHtml }] = await Promise.all([import("../../core/render/layout.js"), import("../../core/render/html.js")]);
      return new TextEncoder().encode(renderHtml(plan, layout(plan)));
    },
  },
  pdf: {
    extension: ".pdf",
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
  const bytes = await renderer.render(checked.plan, io.env);
  if (!(bytes instanceof Uint8Array)) {
    await complain(io, file, [bytes], options);
    return exitCodeFor([bytes]);
  }
  // Plain text without -o is for reading in the terminal.
  if (options.format === "text" && !options.output) {
    io.stdout(new TextDecoder().decode(bytes));
    return 0;
  }
  const target = options.output ?? defaultOutput(file, renderer.extension);
  const failure = await writeSafely(target, bytes, file);
  if (failure) {
    await complain(io, target, [failure], options);
    return exitCodeFor([failure]);
  }
  announceWritten(io, target, options.lang);
  return 0;
}
