import { basename, dirname, extname, join } from "node:path";
import { checkBytes } from "../../core/index.js";
import type { Lang } from "../../messages/index.js";
import { exitCodeFor, readPlanFile, type CliIO } from "../io.js";
import { complain } from "../output.js";
import { writeSafely } from "../safe-write.js";

export interface RenderOptions {
  docx?: boolean;
  ics?: boolean;
  text?: boolean;
  output?: string;
  lang: Lang;
  color?: boolean;
}

/** Default output: beside the input, same name, new extension. */
export function defaultOutput(input: string, extension: string): string {
  return join(dirname(input), `${basename(input, extname(input))}${extension}`);
}

/** Validates, then renders; a plan with errors renders nothing (exit 1). */
export async function renderCommand(io: CliIO, file: string, options: RenderOptions): Promise<number> {
  const read = await readPlanFile(file);
  if ("diagnostic" in read) {
    await complain(io, file, [read.diagnostic], options);
    return 2;
  }
  const checked = checkBytes(read.bytes);
  const warnings = checked.diagnostics.filter((d) => d.severity !== "info");
  if (!checked.plan || warnings.length) {
    await complain(io, file, warnings, options);
  }
  if (!checked.plan) return 1;
  if (options.text) {
    const [{ layout }, { layoutToText }] = await Promise.all([import("../../core/render/layout.js"), import("../../core/render/text.js")]);
    const text = layoutToText(layout(checked.plan));
    if (!options.output && !options.docx) {
      io.stdout(text);
      return 0;
    }
    if (!options.docx) return finish(io, await writeSafely(options.output!, new TextEncoder().encode(text), file), options, options.output!);
  }
  if (options.ics && !options.docx) {
    const { renderIcs } = await import("../../core/render/ics.js");
    const target = options.output ?? defaultOutput(file, ".ics");
    return finish(io, await writeSafely(target, new TextEncoder().encode(renderIcs(checked.plan)), file), options, target);
  }
  // docx is loaded only here: validate and stats never pay for it.
  const { renderDocx } = await import("../../core/render/docx/document.js");
  const target = options.output ?? defaultOutput(file, ".docx");
  return finish(io, await writeSafely(target, await renderDocx(checked.plan), file), options, target);
}

async function finish(io: CliIO, failure: Awaited<ReturnType<typeof writeSafely>>, options: RenderOptions, target: string): Promise<number> {
  if (failure) {
    await complain(io, target, [failure], options);
    return exitCodeFor([failure]);
  }
  io.stdout(options.lang === "en" ? `Wrote ${target}\n` : `Đã ghi ${target}\n`);
  return 0;
}
