// plan preview in a real browser (issue 13): headless Chromium from Debian's packages, driven by
// puppeteer-core. The page says what render --text says, follows edits within 2 s, keeps the last good
// page under a broken file's problems (each with its line), and serves nothing but the plan. A results
// file's document (--doc, issue 25) is shown and redrawn when the results file or its plan is saved.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, edit, EXAMPLE_TH, lineOf, ROOT } from "./helpers.js";

const CHROMIUM = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
].find((p): p is string => Boolean(p && existsSync(p)));
// CI installs Chromium (.ci/run) and must run these for real; a developer machine without it skips them.
const required = process.env.CI === "true";
if (!CHROMIUM && !required)
  console.warn(
    "test/preview.test.ts: no Chromium installed (apt-get install chromium); the browser tests are skipped.",
  );

const words = (t: string): string[] => t.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];

function rawGet(port: number, path: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", fail);
    req.end();
  });
}

/** Starts `plan preview file [args]` and resolves to its address. */
function startPreview(file: string, args: string[] = []): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [join(ROOT, "bin/plan.js"), "preview", file, "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((done, fail) => {
    let out = "";
    server.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) done({ server, url: m[0] });
    });
    server.on("exit", (c) => fail(new Error(`preview exited ${c}`)));
  });
}

async function launchBrowser(): Promise<import("puppeteer-core").Browser> {
  const puppeteer = await import("puppeteer-core");
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
}

const RESULTS_PLAN = "le-quy-don-thcs-2025-2026.yaml";
const RESULTS = "le-quy-don-thcs-2025-2026-ket-qua.yaml";

/** A copy of the example results file and its plan in a folder of their own, linked as in examples/. */
function resultsFolder(): { dir: string; file: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), "plan-preview-results-"));
  for (const name of [RESULTS_PLAN, RESULTS]) copyFileSync(join(ROOT, "examples", name), join(dir, name));
  return { dir, file: join(dir, RESULTS), plan: join(dir, RESULTS_PLAN) };
}

/**
 * One preview of a results file's tờ trình for the whole file (a start is most of a test's time): the
 * Chromium test takes a tab of it, the HTTP tests at the end its event stream.
 */
const shared = resultsFolder();
let sharedPreview: Promise<{ server: ChildProcess; url: string }> | undefined;
const resultsPreview = (): Promise<{ server: ChildProcess; url: string }> =>
  (sharedPreview ??= startPreview(shared.file, ["--doc", "to-trinh"]));
// Started now, while the first browser starts: its own start then costs the tests nothing.
resultsPreview().catch(() => undefined);
afterAll(async () => {
  const started = await sharedPreview?.catch(() => undefined);
  started?.server.kill("SIGINT");
});

interface Update {
  body?: string;
  title: string;
  problems: { where: string; severity: string; message: string; code: string }[];
}

/**
 * The preview's event stream read over plain HTTP. `next` waits for the first update since the last one
 * it returned that passes a test (an update that came before the call counts).
 */
function eventStream(url: string): { next(test: (u: Update) => boolean, ms?: number): Promise<Update>; close(): void } {
  const seen: Update[] = [];
  let waiter: { test: (u: Update) => boolean; done: (u: Update) => void } | undefined;
  const check = (): void => {
    if (!waiter) return;
    const at = seen.findIndex(waiter.test);
    if (at === -1) return;
    const [found] = seen.splice(0, at + 1).slice(-1);
    const { done } = waiter;
    waiter = undefined;
    done(found!);
  };
  let buffer = "";
  const req = request(new URL("/events", url), (res) => {
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf("\n\n"); end !== -1; end = buffer.indexOf("\n\n")) {
        const data = /^data: (.*)$/mu.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        if (data) seen.push(JSON.parse(data) as Update);
      }
      check();
    });
  });
  req.on("error", () => {});
  req.end();
  return {
    next: (test, ms = 2000) =>
      new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no such update within ${ms} ms`)), ms);
        waiter = {
          test,
          done: (u) => {
            clearTimeout(timer);
            done(u);
          },
        };
        check();
      }),
    close: () => req.destroy(),
  };
}

describe.runIf(CHROMIUM || required)("Chromium for the preview", () => {
  it("is installed (CI must run the browser tests for real)", () => {
    expect(CHROMIUM).toBeTruthy();
  });
});

describe.runIf(CHROMIUM)("plan preview in Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-preview-"));
  const file = join(dir, "ke-hoach.yaml");
  let server: ChildProcess;
  let url = "";
  let browser: import("puppeteer-core").Browser;
  let page: import("puppeteer-core").Page;
  const original = readFileSync(EXAMPLE_TH, "utf8");

  beforeAll(async () => {
    copyFileSync(EXAMPLE_TH, file);
    ({ server, url } = await startPreview(file));
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1200 });
    await page.goto(url);
    await page.waitForSelector("#plan-page main");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGINT");
  });

  const pageText = (): Promise<string> => page.$eval("#plan-page", (el) => (el as HTMLElement).innerText);

  it("shows the document render --text shows, word for word", async () => {
    const text = cli(["render", file, "--text"]).stdout;
    expect(words(await pageText())).toEqual(words(text));
  });

  it("follows an edit within 2 s", async () => {
    writeFileSync(
      file,
      edit(
        original,
        "Đăng ký thi đua, theo dõi và đánh giá kết quả thi đua của tổ viên.",
        "Đăng ký thi đua hằng tháng và báo cáo Hiệu trưởng.",
      ),
    );
    await page.waitForFunction(
      () =>
        document.getElementById("plan-page")!.innerText.includes("Đăng ký thi đua hằng tháng và báo cáo Hiệu trưởng."),
      { timeout: 2000 },
    );
  });

  it("a broken file keeps the last good page and shows the problem with its line, marking its paragraph", async () => {
    const broken = edit(original, "      count: 38", "      count: 48");
    writeFileSync(file, broken);
    // The box as it is once the save is read (a busy machine may show the problem a moment after the box).
    await page.waitForFunction(
      () => document.getElementById("plan-problems")!.innerText.includes("targets/count-exceeds-total"),
      { timeout: 4000 },
    );
    const problems = await page.$eval("#plan-problems", (el) => (el as HTMLElement).innerText);
    const line = broken.split("\n").indexOf("      count: 48") + 1;
    expect(problems).toContain(`ke-hoach.yaml:${line}:14`);
    expect(problems).toContain("targets/count-exceeds-total");
    expect(problems).toContain("vượt quá tổng số");
    expect(await pageText()).toContain("Đăng ký thi đua hằng tháng");
    expect(await page.$$eval(".marked", (els) => els.map((e) => (e as HTMLElement).innerText))).toContain("- Cá nhân:");
    await page.screenshot({ path: join(dir, "preview.png") });
    if (process.env.PLAN_UPDATE_SCREENSHOT) copyFileSync(join(dir, "preview.png"), join(ROOT, "docs/preview.png"));
  });

  it("a fixed file brings the page back without problems", async () => {
    writeFileSync(file, original);
    await page.waitForSelector("#plan-problems[hidden]", { timeout: 2000 });
    expect(await pageText()).toContain("Đăng ký thi đua, theo dõi và đánh giá kết quả thi đua của tổ viên.");
  });

  it("serves nothing but the page and its events", async () => {
    const port = Number(new URL(url).port);
    expect(await rawGet(port, "/")).toBe(200);
    for (const path of [
      "/../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/..%2f..%2fetc%2fpasswd",
      "/ke-hoach.yaml",
      "/events/../",
      "//etc/passwd",
      "/?file=/etc/passwd",
    ]) {
      expect(await rawGet(port, path), path).toBe(404);
    }
  });

  // A results file's document (issue 25) in a second tab: shown, and redrawn on an edit of the results file
  // (the HTTP tests at the end check the rest, the text word for word included, without a browser).
  it("shows a results file's tờ trình and follows an edit of it", async () => {
    const { url: at } = await resultsPreview();
    const tab = await browser.newPage();
    const before = readFileSync(shared.file, "utf8");
    try {
      await tab.goto(at);
      await tab.waitForSelector("#plan-page main");
      const text = await tab.$eval("#plan-page", (el) => (el as HTMLElement).innerText);
      expect(text).toContain("TỜ TRÌNH");
      expect(text).toContain("Hoàng Thị Lan");
      writeFileSync(shared.file, edit(before, "    name: Hoàng Thị Lan\n", "    name: Hoàng Thị Lan Anh\n"));
      await tab.waitForFunction(() => document.getElementById("plan-page")!.innerText.includes("Hoàng Thị Lan Anh"), {
        timeout: 2000,
      });
    } finally {
      await tab.close();
      writeFileSync(shared.file, before);
    }
  });
});

// A plan comes from elsewhere (last year's, another school's, an import): nothing in it may run in the
// clerk's browser. Markup goes into a sentence of the body, into a line a message quotes, into an unknown
// key and a comment; the page must show it as text, and no handler or script of it may run.
describe.runIf(CHROMIUM)("plan preview runs nothing from a plan", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-preview-xss-"));
  const file = join(dir, "ke-hoach.yaml");
  const original = readFileSync(EXAMPLE_TH, "utf8");
  const sentence = "Kế hoạch năm học 2024 - 2025 của Trường Tiểu học Hoa Ban đã được Hội nghị viên chức thông qua";
  const bodyMarkup = `<img src=x onerror="window.__planXss='body'">`;
  let server: ChildProcess;
  let browser: import("puppeteer-core").Browser;
  let page: import("puppeteer-core").Page;
  const fired: string[] = [];

  beforeAll(async () => {
    writeFileSync(file, edit(original, sentence, `${sentence} ${bodyMarkup}`));
    const started = await startPreview(file);
    server = started.server;
    browser = await launchBrowser();
    page = await browser.newPage();
    // A dialog (alert) would be a script that ran; so would any request other than the page's own.
    page.on("dialog", (d) => {
      fired.push(`dialog ${d.message()}`);
      void d.dismiss();
    });
    page.on("request", (r) => {
      if (!r.url().startsWith(started.url)) fired.push(`request ${r.url()}`);
    });
    await page.goto(started.url);
    await page.waitForSelector("#plan-page main");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGINT");
  });

  it("sends a Content-Security-Policy that allows only the page's own script", async () => {
    const response = await page.reload();
    await page.waitForSelector("#plan-page main");
    const csp = response!.headers()["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(csp.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("unsafe");
    expect(csp).toContain("default-src 'none'");
  });

  it("markup in a sentence of the body shows as text and runs nothing", async () => {
    expect(await page.$eval("#plan-page", (el) => (el as HTMLElement).innerText)).toContain(bodyMarkup);
    expect(await page.$$eval("#plan-page img", (els) => els.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __planXss?: string }).__planXss)).toBeUndefined();
  });

  it(
    "markup in a quoted line, an unknown key and a comment shows as text in the problems box and runs " + "nothing",
    async () => {
      let broken = edit(
        readFileSync(file, "utf8"),
        "level: tieu-hoc\n",
        `level: tieu-hoc\n"<img src=x onerror=window.__planXss='key'>": 1\n`,
      );
      // "#x…" glued to the sentence reads as its continuation (issue 21: a "#" before markup alone is a comment).
      broken = edit(
        broken,
        "  place: Điện Biên Phủ\n",
        `  place: Điện Biên Phủ <b onmouseover="window.__planXss='line'">x</b> ` +
          `#x<script>window.__planXss='comment'</script>\n`,
      );
      writeFileSync(file, broken);
      await page.waitForSelector("#plan-problems:not([hidden])", { timeout: 3000 });
      const problems = await page.$eval("#plan-problems", (el) => (el as HTMLElement).innerText);
      expect(problems).toContain("<img src=x onerror=window.__planXss='key'>");
      expect(problems).toContain(`<b onmouseover="window.__planXss='line'">x</b>`);
      expect(problems).toContain("<script>window.__planXss='comment'</script>");
      // Only the elements the page's script makes: a heading, a list, its items with code and small.
      const tags = await page.$$eval("#plan-problems *", (els) =>
        [...new Set(els.map((e) => e.tagName.toLowerCase()))].sort(),
      );
      expect(tags).toEqual(["b", "code", "li", "p", "small", "ul"]);
      // The heading's.
      expect(await page.$$eval("#plan-problems b", (els) => els.map((e) => e.textContent))).toHaveLength(1);
      // Moving over the problems would fire an injected onmouseover.
      // (The box itself stays; its list is rebuilt on every event, so a handle to the list may go stale.)
      const box = await page.$eval("#plan-problems", (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await page.mouse.move(box.x, box.y);
      expect(await page.evaluate(() => (window as unknown as { __planXss?: string }).__planXss)).toBeUndefined();
      expect(fired).toEqual([]);
    },
  );
});

describe("plan preview without a browser", () => {
  it("a port in use moves to the next free one", async () => {
    const { createServer } = await import("node:net");
    const blocker = createServer();
    const busy = await new Promise<number>((done) =>
      blocker.listen(0, "127.0.0.1", () => done((blocker.address() as { port: number }).port)),
    );
    const dir = mkdtempSync(join(tmpdir(), "plan-preview-port-"));
    const file = join(dir, "ke-hoach.yaml");
    copyFileSync(EXAMPLE_TH, file);
    const child = spawn(process.execPath, [join(ROOT, "bin/plan.js"), "preview", file, "--port", String(busy)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out = await new Promise<string>((done) => {
      let text = "";
      child.stdout!.on("data", (b: Buffer) => {
        text += b.toString();
        if (/127\.0\.0\.1:\d+\//.test(text)) done(text);
      });
    });
    expect(out).toContain(`Cổng ${busy} đang bận`);
    expect(out).not.toContain(`127.0.0.1:${busy}/`);
    const code = await new Promise<number | null>((done) => {
      child.on("exit", done);
      child.kill("SIGINT");
    });
    expect(code).toBe(0);
    blocker.close();
  });
});

describe("plan preview of a results file (--doc), over plain HTTP", () => {
  const { file, plan } = shared;
  const original = readFileSync(file, "utf8");
  let url = "";
  let stream: ReturnType<typeof eventStream> | undefined;

  beforeAll(async () => {
    ({ url } = await resultsPreview());
    stream = eventStream(url);
  }, 30_000);
  afterAll(() => stream?.close());

  it("serves the tờ trình: the words render --doc to-trinh --text prints, without problems", async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(await res.text()).toContain(`<title>${RESULTS} — to-trinh</title>`);
    const first = await stream!.next((u) => u.body !== undefined && !u.body.includes("Hoàng Thị Lan Anh"));
    expect(first.problems).toEqual([]);
    // The body's text: the core escaped it (&amp; &lt; &gt; &quot;); the page model keeps "năm học 2025 -
    // 2026" on one line with no-break spaces.
    const text = first
      .body!.replace(/<[^>]+>/gu, " ")
      .replace(
        /&(amp|lt|gt|quot|nbsp);/gu,
        (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', nbsp: " " })[e]!,
      )
      .replace(/\u00a0/gu, " ");
    expect(text).toContain("TỜ TRÌNH");
    expect(text).toContain("Về việc đề nghị công nhận danh hiệu thi đua và khen thưởng năm học 2025 - 2026");
    expect(text).toContain("Vũ Văn Bảo");
    // render --doc to-trinh --text prints this fixture (test/documents.test.ts).
    const fixture = readFileSync(
      join(ROOT, "test/fixtures/expected", RESULTS.replace(".yaml", "-to-trinh.txt")),
      "utf8",
    );
    expect(words(text)).toEqual(words(fixture));
  });

  it("an edit of the results file redraws the page", async () => {
    writeFileSync(file, edit(original, "    name: Vũ Văn Bảo\n", "    name: Vũ Văn Bảo Sơn\n"));
    const u = await stream!.next((x) => x.body?.includes("Vũ Văn Bảo Sơn") ?? false);
    expect(u.problems).toEqual([]);
  });

  it("an edit of the plan it links to redraws the page too (the signer is the plan's)", async () => {
    writeFileSync(plan, edit(readFileSync(plan, "utf8"), "name: Hoàng Thị Lan\n", "name: Hoàng Thị Lan Anh\n"));
    await stream!.next((x) => x.body?.includes("Hoàng Thị Lan Anh") ?? false);
  });

  it("an error keeps the last good page and lists the problem with its line", async () => {
    const broken = edit(
      readFileSync(file, "utf8"),
      "unit: to-van-phong, recruited: 2019-08-20, rating: htt, registered: [ldtt] }\n  - id: gv05",
      "unit: to-van-phong, recruited: 2019-08-20, rating: ht, registered: [ldtt] }\n  - id: gv05",
    );
    writeFileSync(file, broken);
    // (A save may be read half written: the update wanted is the one with this rule's problem.)
    const u = await stream!.next((x) => x.problems.some((p) => p.code === "results/ldtt-rating"));
    const line = lineOf(broken, "    candidates: [ht01, pht01, pht02, gv04,");
    expect(u.problems.map((p) => [p.code, p.where.replace(/^.*\//u, "")])).toContainEqual([
      "results/ldtt-rating",
      `${RESULTS}:${line}:38`,
    ]);
    expect((u as Update & { heading: string }).heading).toBe(
      "Tệp kết quả đang có lỗi (trang hiển thị bản gần nhất không có lỗi):",
    );
    expect(u.body).toContain("Vũ Văn Bảo Sơn");
  });

  it("a save that empties the file first is not drawn as an empty file", async () => {
    // As a program saving in place does: the file truncated, then written a moment later.
    const edited = edit(original, "    name: Hoàng Thị Lan\n", "    name: Hoàng Thị Lan Chi\n");
    writeFileSync(file, "");
    await new Promise((done) => setTimeout(done, 250));
    writeFileSync(file, edited);
    const passed: Update[] = [];
    await stream!.next((u) => {
      passed.push(u);
      return u.body?.includes("Hoàng Thị Lan Chi") ?? false;
    }, 4000);
    // Read empty, the file would have been drawn as no results file at all (results/doc-needs-results).
    expect(passed.flatMap((u) => u.problems.map((p) => p.code))).toEqual([]);
  });

  it("the mended file brings the page back without problems", async () => {
    writeFileSync(file, original);
    const u = await stream!.next((x) => x.problems.length === 0 && !(x.body ?? "").includes("Vũ Văn Bảo Sơn"));
    expect(u.body).toContain("Vũ Văn Bảo");
  });
});
