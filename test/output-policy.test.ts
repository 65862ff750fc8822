// Issue 19: no output replaces a file plan did not write. For each output kind: a file made elsewhere is
// refused (exit 2, the file byte-identical, nothing left behind), plan's own earlier output is replaced,
// a file of plan's changed since (saved again by LibreOffice, signed) is refused, --force goes over both.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DOCX_CRC_PROPERTY, documentCrc, ownershipOf } from "../src/core/output-mark.js";
import { cli, EXAMPLE, EXAMPLE_TH, libreOfficeConvert, runCli } from "./helpers.js";
import { unzip } from "./zip.js";
import { wordFixtures } from "./word-fixtures.js";

const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const SOFFICE = has("soffice");
const required = process.env.CI === "true";
const sha = (file: string): string => createHash("sha1").update(readFileSync(file)).digest("hex");

/** LibreOffice, with a private profile: a converter that is not plan, as a school's own files come from. */
function soffice(dir: string, target: string, file: string): string {
  const out = join(dir, "lo-out");
  libreOfficeConvert(join(dir, "lo-profile"), target, out, file);
  const made = readdirSync(out).find((f) =>
    f.startsWith(
      file
        .split("/")
        .pop()!
        .replace(/\.[^.]+$/, ""),
    ),
  )!;
  return join(out, made);
}

function planIn(dir: string, example = EXAMPLE_TH): string {
  const plan = join(dir, "ke-hoach.yaml");
  copyFileSync(example, plan);
  return plan;
}

/** Asserts `target` was refused with `code` and kept byte for byte, with no temporary file beside it. */
async function expectRefused(args: string[], target: string, code: string): Promise<void> {
  const before = sha(target);
  const r = await runCli(args);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toContain(code);
  expect(r.stderr).toContain("--force");
  expect(r.stderr).toContain("-o");
  expect(sha(target)).toBe(before);
  expect(readdirSync(join(target, "..")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}

describe("a file plan did not write is never replaced", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-foreign-"));
  let plan: string;
  beforeAll(() => {
    plan = planIn(dir);
  });

  it("a Word file built by another program (the docx package, as a clerk's Word file is built)", async () => {
    const word = join(dir, "ke-hoach.docx");
    writeFileSync(word, (await wordFixtures())[0]!.bytes);
    expect(ownershipOf("docx", readFileSync(word))).toBe("foreign");
    await expectRefused(["render", plan, "--docx"], word, "io/output-foreign");
    expect((await runCli(["render", plan, "--docx", "--force"])).status).toBe(0);
    expect(ownershipOf("docx", readFileSync(word))).toBe("ours");
    // Plan's own output is replaced without a word.
    expect((await runCli(["render", plan, "--docx"])).status).toBe(0);
  });

  it("an HTML page made by hand", async () => {
    const page = join(dir, "ke-hoach.html");
    writeFileSync(
      page,
      "<!DOCTYPE html><html><head><meta charset=utf-8><title>Kế hoạch</title></head><body>Trang của " +
        "trường</body></html>",
    );
    await expectRefused(["render", plan, "--html"], page, "io/output-foreign");
    expect((await runCli(["render", plan, "--html", "--force"])).status).toBe(0);
    expect((await runCli(["render", plan, "--html"])).status).toBe(0);
    expect(readFileSync(page, "utf8")).toContain('<meta name="generator" content="plan">');
  });

  it("a calendar exported by another program", async () => {
    const ics = join(dir, "ke-hoach.ics");
    writeFileSync(
      ics,
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nEND:VCALENDAR\r\n",
    );
    await expectRefused(["render", plan, "--ics"], ics, "io/output-foreign");
    expect((await runCli(["render", plan, "--ics", "--force"])).status).toBe(0);
    expect((await runCli(["render", plan, "--ics"])).status).toBe(0);
  });

  it("a plain text file: no room for a mark, so always -o or --force", async () => {
    const text = join(dir, "ke-hoach.txt");
    writeFileSync(text, "Ghi chú của văn thư\n");
    await expectRefused(["render", plan, "--text", "-o", text], text, "io/output-unmarked");
    expect((await runCli(["render", plan, "--text", "-o", text, "--force"])).status).toBe(0);
  });

  it("a file that cannot be read as a file (a pipe where the output goes)", async () => {
    const pipe = join(dir, "pipe.docx");
    spawnSync("mkfifo", [pipe]);
    const r = await runCli(["render", plan, "--docx", "-o", pipe]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("io/output-unreadable");
  });

  it(
    "a plan file made by init is the clerk's from then on: import, init and new refuse it without " + "--force",
    async () => {
      const mine = join(dir, "cua-toi.yaml");
      writeFileSync(mine, readFileSync(EXAMPLE_TH));
      await expectRefused(["init", "-o", mine], mine, "io/exists");
      await expectRefused(["new", "--from", plan, "--year", "2025-2026", "-o", mine], mine, "io/exists");
    },
  );

  it("-o onto the plan itself is refused even with --force", async () => {
    const before = sha(plan);
    const r = await runCli(["render", plan, "--html", "-o", plan, "--force"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("io/output-is-input");
    expect(sha(plan)).toBe(before);
  });
});

describe.runIf(SOFFICE || required)("files made or changed by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-lo-foreign-"));
  let plan: string;
  beforeAll(() => {
    plan = planIn(dir);
  });

  it("is installed (CI must run these for real)", () => {
    expect(SOFFICE).toBe(true);
  });

  it("a Word file LibreOffice wrote from a text", async () => {
    const source = join(dir, "van-ban.txt");
    writeFileSync(source, "KẾ HOẠCH\nThực hiện công tác thi đua, khen thưởng năm học 2024 - 2025\n");
    const word = join(dir, "ke-hoach.docx");
    copyFileSync(soffice(dir, "docx", source), word);
    await expectRefused(["render", plan, "--docx"], word, "io/output-foreign");
    // refused before LibreOffice runs
    await expectRefused(["render", plan, "--pdf", "-o", word], word, "io/output-foreign");
  });

  it("plan's DOCX opened and saved again by LibreOffice is 'changed', and replaced only with --force", async () => {
    const ours = join(dir, "goc.docx");
    expect((await runCli(["render", plan, "--docx", "-o", ours])).status).toBe(0);
    const saved = join(dir, "ke-hoach-da-sua.docx");
    copyFileSync(soffice(dir, "docx:MS Word 2007 XML", ours), saved);
    // LibreOffice keeps the custom properties and rewrites the document part: the CRC no longer matches.
    const parts = unzip(readFileSync(saved));
    expect(parts.get("docProps/custom.xml")).toContain(DOCX_CRC_PROPERTY);
    expect(documentCrc(parts.get("word/document.xml")!)).not.toBe(
      /<vt:lpwstr>([0-9a-f]{8})</.exec(parts.get("docProps/custom.xml")!)![1],
    );
    await expectRefused(["render", plan, "--docx", "-o", saved], saved, "io/output-changed");
    expect((await runCli(["render", plan, "--docx", "-o", saved, "--force"])).status).toBe(0);
    expect(ownershipOf("docx", readFileSync(saved))).toBe("ours");
  });

  it("a PDF made elsewhere, plan's own PDF, and plan's PDF after signing", { timeout: 180_000 }, async () => {
    const elsewhere = join(dir, "khac.pdf");
    copyFileSync(soffice(dir, "pdf", join(dir, "van-ban.txt")), elsewhere);
    await expectRefused(["render", plan, "--pdf", "-o", elsewhere], elsewhere, "io/output-foreign");

    const pdf = join(dir, "ke-hoach.pdf");
    expect((await runCli(["render", plan, "--pdf"])).status).toBe(0);
    expect(ownershipOf("pdf", readFileSync(pdf))).toBe("ours");
    expect((await runCli(["render", plan, "--pdf"])).status).toBe(0);
    // A signing tool appends an incremental update holding the signature dictionary (/ByteRange …).
    const bytes = readFileSync(pdf);
    const signature =
      `\n99 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 100 200 300] ` +
      `/Contents <00> >>\nendobj\nxref\n99 1\n0000000000 00000 n \ntrailer\n<< /Size 100 /Prev 0 ` +
      `>>\nstartxref\n${bytes.length}\n%%EOF\n`;
    writeFileSync(pdf, Buffer.concat([bytes, Buffer.from(signature, "latin1")]));
    await expectRefused(["render", plan, "--pdf"], pdf, "io/output-changed");
  });
});

describe("the README's guide, run as written on a Word file made outside the project", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
  const guide = readme.slice(readme.indexOf("## Kế hoạch đầu tiên trong năm phút"), readme.indexOf("## Tệp đầu ra"));
  /** Every `plan …` command of the guide, in order, as argument lists (run as the built CLI). */
  const commands = [
    ...guide.matchAll(/(?<![\w.-])plan ((?:import|init|preview|validate|fix|render|new|stats) [^`\n]+)/g),
  ].map((m) => m[1]!.match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"|"$/g, "")));

  it("leaves the school's Word file byte-identical, and every step does what it says", {
    timeout: 240_000,
  }, async () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
    const dir = mkdtempSync(join(tmpdir(), "plan-guide-"));
    const word = join(dir, "ke-hoach-2024-2025.docx");
    // LibreOffice's own DOCX of the seed plan's text where it is installed; the docx package's otherwise.
    if (SOFFICE)
      copyFileSync(soffice(dir, "docx", join(import.meta.dirname, "fixtures/seed/nam-thanh-2024-2025.txt")), word);
    else writeFileSync(word, (await wordFixtures())[0]!.bytes);
    const original = sha(word);
    const ran: string[] = [];
    for (const args of commands) {
      const [command] = args;
      if (command === "preview") continue; // a server that runs until Ctrl+C: test/preview.test.ts
      if (command === "init") continue; // the guide's other start, for a school without a Word file
      if (args.includes("--pdf") && !SOFFICE) continue;
      // Step 3: the clerk fills in what import could not know. Stand-in: a complete plan.
      if (command === "validate" && !ran.includes("validate")) copyFileSync(EXAMPLE, join(dir, "ke-hoach.yaml"));
      // The first step as the clerk types it, in the folder; the rest in this process (run(argv, io)),
      // their file names taken in that folder.
      const r =
        ran.length === 0
          ? cli(args, { cwd: dir })
          : await runCli(args.map((a) => (/^[^-].*\.(docx|yaml|pdf|ics|html)$/.test(a) ? join(dir, a) : a)));
      ran.push(command!);
      expect(r.status, `${args.join(" ")}\n${r.stderr}`).toBeLessThanOrEqual(1);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      if (command === "render") expect(r.status, args.join(" ")).toBe(0);
    }
    expect(ran).toEqual(expect.arrayContaining(["import", "validate", "fix", "render", "new"]));
    expect(sha(word)).toBe(original);
    for (const made of ["ke-hoach.yaml", "ke-hoach.docx", "ke-hoach.ics", "ke-hoach-2025-2026.yaml"])
      expect(existsSync(join(dir, made)), made).toBe(true);
    // Aimed straight at the Word file, render refuses; only --force goes over it.
    await expectRefused(["render", join(dir, "ke-hoach.yaml"), "--docx", "-o", word], word, "io/output-foreign");
  });
});
