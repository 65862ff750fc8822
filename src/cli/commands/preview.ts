// `plan preview ke-hoach.yaml [--port N] [--open]`: the document as a page beside the editor, redrawn
// within a second of each save. A file with errors keeps the last good page and shows the problems on
// top, each with file:line:column, marking the paragraph it is about. Loopback only; the page and its
// event stream are the only things served.
// `plan preview ket-qua.yaml --doc KIND [--for id]`: one document of the year from a results file, the
// same page model render lays out (documents/), redrawn when the results file or the plan it links to
// is saved.
import { randomBytes } from "node:crypto";
import { watch, type FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { basename, dirname, resolve } from "node:path";
import type { Diagnostic } from "../../core/diagnostic.js";
import { checkBytes } from "../../core/index.js";
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  documentLayout,
  documentProblem,
  isDocumentKind,
} from "../../core/render/documents/index.js";
import { htmlBody, pageStyle, escapeHtml } from "../../core/render/html.js";
import { layout } from "../../core/render/layout.js";
import { messageFor, type Lang } from "../../messages/index.js";
import { RESULTS_PREVIEW } from "../../messages/results-stats.js";
import { sortInputs } from "../inputs.js";
import { ioDiagnostic, readPlanFile, type CliIO } from "../io.js";
import { complain } from "../output.js";
import { toReports } from "../report.js";
import { checkResultsFile, isResultsBytes } from "../results-file.js";

interface Snapshot {
  /** The page body of the last plan without errors; undefined until there is one. */
  body?: string;
  style?: string;
  problems: { where: string; severity: string; message: string; code: string; path: string }[];
}

/** A problem with the whole file (it cannot be read, or the document cannot be laid out from it). */
const fileProblem = (file: string, d: Diagnostic, lang: Lang): Snapshot["problems"][number] => ({
  where: `${file}:1:1`,
  severity: "error",
  message: messageFor(d, lang),
  code: d.code,
  path: "",
});

/** Reads the plan and lays it out; a plan with errors keeps the previous page. */
async function snapshot(file: string, previous: Snapshot, lang: Lang): Promise<Snapshot> {
  const read = await readPlanFile(file);
  if ("diagnostic" in read)
    return { body: previous.body, style: previous.style, problems: [fileProblem(file, read.diagnostic, lang)] };
  const checked = checkBytes(read.bytes);
  const shown = checked.diagnostics.filter((d) => d.severity !== "info");
  const problems = toReports([{ file, diagnostics: shown }], lang).map((r, i) => ({
    where: `${r.file}:${r.line}:${r.column}`,
    severity: r.severity,
    message: r.message,
    code: r.code,
    path: shown[i]!.path.join("/"),
  }));
  if (!checked.plan) return { body: previous.body, style: previous.style, problems };
  return { body: htmlBody(checked.plan, layout(checked.plan)), style: pageStyle(checked.plan), problems };
}

interface ResultsDocument {
  kind: DocumentKind;
  for?: string;
}

/**
 * Reads the results file (and, through it, its plan) and lays out the document; a file with errors, or
 * one the document cannot be laid out from (a --for that is no longer there), keeps the previous page.
 * Also says which files the page is drawn from: the results file, and the plan its `plan:` names now.
 */
async function resultsSnapshot(
  file: string,
  doc: ResultsDocument,
  previous: Snapshot,
  lang: Lang,
): Promise<{ snapshot: Snapshot; sources: string[] }> {
  const keep = (problems: Snapshot["problems"], sources = [resolve(file)]) => ({
    snapshot: { body: previous.body, style: previous.style, problems },
    sources,
  });
  const read = await readPlanFile(file);
  if ("diagnostic" in read) return keep([fileProblem(file, read.diagnostic, lang)]);
  const checked = checkResultsFile(file, read.bytes);
  if (!checked) return keep([fileProblem(file, ioDiagnostic("results/doc-needs-results"), lang)]);
  const link = (checked.loaded?.data as { plan?: unknown } | undefined)?.plan;
  const sources = [resolve(file), ...(typeof link === "string" ? [resolve(dirname(file), link)] : [])];
  const shown = checked.diagnostics.filter((d) => d.severity !== "info");
  // The document's paragraphs are not the results file's lines: nothing on the page is marked.
  const problems = toReports([{ file, diagnostics: shown }], lang).map((r) => ({
    where: `${r.file}:${r.line}:${r.column}`,
    severity: r.severity,
    message: r.message,
    code: r.code,
    path: "",
  }));
  if (!checked.results || !checked.plan) return keep(problems, sources);
  const input = { plan: checked.plan, results: checked.results, for: doc.for };
  const problem = documentProblem(doc.kind, input);
  if (problem)
    return keep(
      [...problems, fileProblem(file, ioDiagnostic(problem.code, "for" in problem ? { for: problem.for } : {}), lang)],
      sources,
    );
  return {
    snapshot: {
      body: htmlBody(checked.plan, documentLayout(doc.kind, input)),
      style: pageStyle(checked.plan),
      problems,
    },
    sources,
  };
}

/**
 * What --doc asks of the file, checked as render checks it and before anything is served: an unknown
 * kind, --doc on a plan, a results file without --doc, a báo cáo without --for, a --for not in the file.
 * The usage problem (render's code), or the document to follow (none for a plan).
 */
function documentAsked(
  file: string,
  bytes: Uint8Array,
  options: { doc?: string; for?: string },
): Diagnostic | { doc?: ResultsDocument } {
  if (options.doc !== undefined && !isDocumentKind(options.doc))
    return ioDiagnostic("results/doc-unknown", { doc: options.doc, kinds: DOCUMENT_KINDS.join(", ") });
  if (!isResultsBytes(bytes)) return options.doc === undefined ? {} : ioDiagnostic("results/doc-needs-results");
  if (options.doc === undefined) return ioDiagnostic("results/doc-missing", { kinds: DOCUMENT_KINDS.join(", ") });
  const doc = { kind: options.doc, for: options.for };
  if (doc.kind === "bao-cao-thanh-tich" && !doc.for) return ioDiagnostic("results/doc-needs-for");
  // A --for the file does not have is told now when the file can say so; later, on the page.
  const checked = checkResultsFile(file, bytes);
  if (checked?.results && checked.plan) {
    const problem = documentProblem(doc.kind, { plan: checked.plan, results: checked.results, for: doc.for });
    if (problem) return ioDiagnostic(problem.code, "for" in problem ? { for: problem.for } : {});
  }
  return { doc };
}

// The page's own script: swaps the body on each event and marks the paragraphs problems are about.
// Every text from the plan or a message enters the page as text (textContent, createElement), never as
// markup: a plan comes from elsewhere (last year's, another school's, an import), and a message quotes
// its lines. The body is HTML the core escaped; the Content-Security-Policy below runs only this script.
const CLIENT = `
const events = new EventSource("/events");
const element = (tag, text, className) => {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
};
events.addEventListener("update", (e) => {
  const s = JSON.parse(e.data);
  if (s.style) document.getElementById("plan-style").textContent = s.style;
  const box = document.getElementById("plan-problems");
  box.hidden = s.problems.length === 0;
  box.replaceChildren();
  if (s.problems.length) {
    const heading = element("p");
    heading.append(element("b", s.heading));
    const list = element("ul");
    for (const p of s.problems) {
      const item = element("li", undefined, p.severity === "error" ? "error" : "warning");
      item.append(element("code", p.where), " " + p.message + " ", element("small", p.code));
      list.append(item);
    }
    box.append(heading, list);
  }
  if (s.body !== undefined) document.getElementById("plan-page").innerHTML = s.body;
  document.querySelectorAll(".marked").forEach((el) => el.classList.remove("marked"));
  for (const p of s.problems) {
    if (!p.path) continue;
    // The paragraphs whose source path is the longest prefix of the problem's path (a computed block is several).
    let best = [], length = -1;
    for (const el of document.querySelectorAll("[data-path]")) {
      const at = el.getAttribute("data-path");
      if (!(p.path === at || p.path.startsWith(at + "/"))) continue;
      if (at.length > length) { best = [el]; length = at.length; } else if (at.length === length) best.push(el);
    }
    for (const el of best) { el.classList.add("marked"); el.title = p.where + " " + p.message; }
  }
  document.title = (s.problems.some((p) => p.severity === "error") ? "✗ " : "") + s.title;
});`;

/**
 * Only the page's own script runs (its nonce, new at each start), no inline handler, no other origin:
 * the event stream is the one connection; styles may be inline (the page's sizes are set that way).
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    `default-src 'none'`,
    `script-src 'nonce-${nonce}'`,
    `style-src 'unsafe-inline'`,
    `connect-src 'self'`,
    `img-src 'none'`,
    `base-uri 'none'`,
    `form-action 'none'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

const PROBLEMS_STYLE =
  `#plan-problems { position: sticky; top: 0; z-index: 2; margin: 0 auto; max-width: 210mm; background: #fff3cd; ` +
  `border: 1px solid #c9a000; font: 14px/1.4 system-ui, sans-serif; padding: 6px 12px; }
#plan-problems li.error ` +
  `code { color: #a00; } #plan-problems li.warning code { color: #7a5c00; } #plan-problems ul { margin: 4px 0; ` +
  `padding-left: 18px; }`;

function page(title: string, loading: string, nonce: string): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style id="plan-style"></style><style>${PROBLEMS_STYLE}</style></head>
<body><div id="plan-problems" role="alert" hidden></div>
<div id="plan-page"><p style="font:16px system-ui;text-align:center">${escapeHtml(loading)}</p></div>
<script nonce="${nonce}">${CLIENT}</script></body></html>`;
}

/** Listens on 127.0.0.1: the port asked for, or the next free one (port 0 lets the system choose). */
async function listen(server: Server, port: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const tryPort = port === 0 ? 0 : port + attempt;
    const ok = await new Promise<boolean>((done, fail) => {
      const onError = (error: NodeJS.ErrnoException): void => {
        server.off("listening", onListening);
        if (error.code === "EADDRINUSE") done(false);
        else fail(error);
      };
      const onListening = (): void => {
        server.off("error", onError);
        done(true);
      };
      server.once("error", onError);
      server.once("listening", onListening);
      server.listen(tryPort, "127.0.0.1");
    });
    if (ok) return (server.address() as { port: number }).port;
  }
  throw Object.assign(new Error("no free port"), { code: "EADDRINUSE" });
}

export async function previewCommand(
  io: CliIO,
  file: string,
  options: {
    port: number;
    open?: boolean;
    lang: Lang;
    color?: boolean;
    signal?: AbortSignal;
    anyName?: boolean;
    /** A results file's document (render's --doc) and its --for. */
    doc?: string;
    for?: string;
  },
): Promise<number> {
  const refused = sortInputs([file], options).refused;
  if (refused.length) {
    await complain(io, file, [refused[0]!.diagnostic], options);
    return 2;
  }
  const first = await readPlanFile(file);
  if ("diagnostic" in first) {
    await complain(io, file, [first.diagnostic], options);
    return 2;
  }
  const asked = documentAsked(file, first.bytes, options);
  if ("code" in asked) {
    await complain(io, file, [asked], options);
    return 2;
  }
  const doc = asked.doc;
  const heading = doc
    ? RESULTS_PREVIEW[options.lang].problems
    : options.lang === "en"
      ? "The plan has problems (the page shows the last version without errors):"
      : "Kế hoạch đang có lỗi (trang hiển thị bản gần nhất không có lỗi):";
  const loading = doc
    ? RESULTS_PREVIEW[options.lang].loading
    : options.lang === "en"
      ? "Loading…"
      : "Đang mở kế hoạch…";
  const title = doc ? `${basename(file)} — ${doc.kind}${doc.for ? ` ${doc.for}` : ""}` : basename(file);
  /** The page anew, and the files it was drawn from (the results file's plan may change with its `plan:`). */
  const draw = async (previous: Snapshot): Promise<{ snapshot: Snapshot; sources: string[] }> =>
    doc
      ? resultsSnapshot(file, doc, previous, options.lang)
      : { snapshot: await snapshot(file, previous, options.lang), sources: [resolve(file)] };
  const drawn = await draw({ problems: [] });
  let current = drawn.snapshot;
  const clients = new Set<ServerResponse>();
  const payload = (): string => JSON.stringify({ ...current, heading, title });
  const push = (): void => {
    const data = `event: update\ndata: ${payload()}\n\n`;
    for (const c of clients) c.write(data);
  };

  const nonce = randomBytes(16).toString("base64");
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Only two exact paths: nothing under them, nothing from the disk.
    const path = req.url ?? "";
    if (req.method === "GET" && path === "/") {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        "content-security-policy": contentSecurityPolicy(nonce),
        "referrer-policy": "no-referrer",
      });
      res.end(page(title, loading, nonce));
    } else if (req.method === "GET" && path === "/events") {
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        connection: "keep-alive",
      });
      res.write(`event: update\ndata: ${payload()}\n\n`);
      clients.add(res);
      req.on("close", () => clients.delete(res));
    } else {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("404\n");
    }
  });
  let port: number;
  try {
    port = await listen(server, options.port);
  } catch (error) {
    io.stderr(
      options.lang === "en"
        ? `plan: cannot listen on port ${options.port} or the next 19 (${(error as Error).message}). Choose another ` +
            `with --port, or --port 0.\n`
        : `plan: không mở được cổng ${options.port} và 19 cổng kế tiếp (${(error as Error).message}). Chọn cổng ` +
            `khác với --port, hoặc --port 0 để tự chọn.\n`,
    );
    return 2;
  }
  // Editors save by writing in place or by writing a new file and renaming it over the old one:
  // watching the folder sees both; a poll of the file's time catches what a watcher misses. A results
  // file's page is drawn from two files, the results and its plan, perhaps in two folders.
  let sources: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const mtimes = new Map<string, number>();
  const watchers = new Map<string, FSWatcher>();
  const refresh = (tries = 0): void => {
    clearTimeout(timer);
    timer = setTimeout(
      async () => {
        // A program that saves in place empties the file before writing it: an empty file is drawn as
        // "Tệp trống" only when it is still empty half a second later, not as a flash in the middle of a save.
        const empty = await Promise.all(
          sources.map((p) =>
            stat(p).then(
              (s) => s.size === 0,
              () => false,
            ),
          ),
        );
        if (tries < 5 && empty.some(Boolean)) return refresh(tries + 1);
        const next = await draw(current);
        current = next.snapshot;
        follow(next.sources);
        push();
      },
      tries ? 100 : 60,
    );
  };
  const follow = (paths: string[]): void => {
    sources = paths;
    const folders = new Set(paths.map((p) => dirname(p)));
    for (const [folder, watcher] of watchers)
      if (!folders.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (_event, name) => {
          if (name === null || sources.some((p) => dirname(p) === folder && basename(p) === name)) refresh();
        });
        watchers.set(folder, watcher);
      } catch {
        // No watcher on this file system (or no such folder yet): the poll below is enough.
      }
    }
    for (const known of [...mtimes.keys()]) if (!paths.includes(known)) mtimes.delete(known);
  };
  follow(drawn.sources);
  const poll = setInterval(async () => {
    for (const path of sources) {
      const m = await stat(path).then(
        (s) => s.mtimeMs,
        () => -1,
      );
      const last = mtimes.get(path);
      if (m !== last) {
        if (last !== undefined) refresh();
        mtimes.set(path, m);
      }
    }
  }, 500);

  // Ctrl+C is handled from before the address is printed: whoever reads the address may stop it at once.
  const stopped = new Promise<number>((done) => {
    const stop = (): void => {
      clearInterval(poll);
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      for (const c of clients) c.end();
      server.close(() => done(0));
      server.closeAllConnections?.();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    options.signal?.addEventListener("abort", stop);
  });

  if (options.port !== 0 && port !== options.port)
    io.stdout(
      options.lang === "en"
        ? `Port ${options.port} is in use; using ${port}.\n`
        : `Cổng ${options.port} đang bận; dùng cổng ${port}.\n`,
    );
  const url = `http://127.0.0.1:${port}/`;
  io.stdout(`${url}\n`);
  io.stdout(
    options.lang === "en" ? `Watching ${file}; Ctrl+C to stop.\n` : `Đang theo dõi ${file}; bấm Ctrl+C để dừng.\n`,
  );
  if (options.open) {
    try {
      const { default: open } = await import("open");
      await open(url);
    } catch {
      io.stderr(
        options.lang === "en"
          ? "Could not open a browser; open the address above yourself.\n"
          : "Không mở được trình duyệt; hãy tự mở địa chỉ trên.\n",
      );
    }
  }

  return stopped;
}
