// `render --pdf`: the DOCX converted by LibreOffice (headless, a private profile, a time limit, its
// temporary files removed), then the PDF's properties set from the plan with pdf-lib: LibreOffice
// stamps the conversion time and splits keywords at spaces, and a signed PDF should say the plan's date.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "../core/diagnostic.js";
import type { Layout } from "../core/render/layout.js";
import { ioDiagnostic } from "./io.js";

/** LibreOffice's program: PLAN_SOFFICE, then the PATH, then the usual install folders. */
export function findSoffice(env: Record<string, string | undefined>): string | undefined {
  // PLAN_SOFFICE names the program; set to a path that does not exist, it says "no LibreOffice here".
  if (env.PLAN_SOFFICE) return existsSync(env.PLAN_SOFFICE) ? env.PLAN_SOFFICE : undefined;
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (env.PATH ?? "").split(delimiter))
    for (const n of names) if (dir && existsSync(join(dir, n))) return join(dir, n);
  const usual =
    process.platform === "win32"
      ? [
          "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
          "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
        ]
      : [
          "/usr/bin/soffice",
          "/usr/lib/libreoffice/program/soffice",
          "/Applications/LibreOffice.app/Contents/MacOS/soffice",
          "/opt/libreoffice/program/soffice",
        ];
  return usual.find((p) => existsSync(p));
}

/** A conversion longer than this is stuck (a first start of LibreOffice takes ~5 s here). */
export const PDF_TIMEOUT_MS = 120_000;

export async function docxToPdf(
  docx: Uint8Array,
  l: Layout,
  env: Record<string, string | undefined>,
): Promise<Uint8Array | Diagnostic> {
  const soffice = findSoffice(env);
  if (!soffice) return ioDiagnostic("io/no-libreoffice");
  const work = await mkdtemp(join(tmpdir(), "plan-pdf-"));
  try {
    const input = join(work, "ke-hoach.docx");
    await writeFile(input, docx);
    const profile = pathToFileURL(join(work, "profile")).href;
    const code = await new Promise<number | string>((resolve) => {
      const child = spawn(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "pdf",
          "--outdir",
          work,
          input,
        ],
        { stdio: "ignore" },
      );
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve("timeout");
      }, PDF_TIMEOUT_MS);
      child.on("error", (e) => {
        clearTimeout(timer);
        resolve(String(e));
      });
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c ?? -1);
      });
    });
    const output = join(work, "ke-hoach.pdf");
    if (code !== 0 || !existsSync(output))
      return ioDiagnostic("io/pdf-failed", {
        detail: code === "timeout" ? `quá ${PDF_TIMEOUT_MS / 1000} giây` : `mã ${code}`,
      });
    return await withProperties(await readFile(output), l);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Title = trích yếu, subject, author = issuing body, keywords with số and ký hiệu, creation date = the plan's date. */
async function withProperties(pdf: Uint8Array, l: Layout): Promise<Uint8Array> {
  const lib = await import("pdf-lib");
  // pdf-lib is CommonJS: bundled, its exports may sit under `default`.
  const { PDFDocument, PDFHexString, PDFName } = ((lib as unknown as { default?: typeof lib }).default ??
    lib) as typeof lib;
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(l.properties.title, { showInWindowTitleBar: true });
  doc.setSubject(l.properties.subject);
  doc.setAuthor(l.properties.creator);
  // setKeywords would join a list with spaces; the keywords are one "; "-separated string as in the DOCX.
  (doc as unknown as { getInfoDict(): { set(k: unknown, v: unknown): void } })
    .getInfoDict()
    .set(PDFName.of("Keywords"), PDFHexString.fromText(l.properties.keywords));
  doc.setCreator("plan");
  doc.setProducer("plan + LibreOffice");
  doc.setCreationDate(l.properties.date);
  doc.setModificationDate(l.properties.date);
  doc.setLanguage("vi-VN");
  // Without object streams the file stays readable by PDF 1.4 tools (the signing tools clerks use).
  return doc.save({ useObjectStreams: false });
}
