// The editor experience clerks will have: the Red Hat YAML extension's language server, from npm,
// driven over stdio with the example's modeline. The CLI stays the arbiter; this checks the schema
// works where clerks type.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { cli, edit, exampleText, lineOf, ROOT, runCli } from "./helpers.js";

type Message = { id?: number; method?: string; params?: any; result?: any };

class Client {
  private proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (result: unknown) => void>();
  readonly diagnostics = new Map<string, any[]>();
  private waiters: (() => void)[] = [];

  constructor() {
    const server = join(ROOT, "node_modules/yaml-language-server/bin/yaml-language-server");
    this.proc = spawn(process.execPath, [server, "--stdio"], { stdio: "pipe" });
    this.proc.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())![1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(
        this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8"),
      ) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(m: Message): void {
    if (m.id !== undefined && m.method) {
      // Requests from the server: its settings, capability registration, progress.
      const settings = {
        validate: true,
        hover: true,
        completion: true,
        schemaStore: { enable: false },
        format: { enable: false },
      };
      this.send({
        id: m.id,
        result:
          m.method === "workspace/configuration"
            ? m.params.items.map((i: { section?: string }) => (i.section === "yaml" ? settings : {}))
            : null,
      });
    } else if (m.id !== undefined) {
      this.pending.get(m.id)?.(m.result);
    } else if (m.method === "textDocument/publishDiagnostics") {
      this.diagnostics.set(m.params.uri, m.params.diagnostics);
      for (const w of this.waiters.splice(0)) w();
    }
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (r: unknown) => void);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** Diagnostics for `uri` once the server has published them (it validates after a short delay). */
  async diagnosticsFor(uri: string, timeoutMs = 20_000): Promise<any[]> {
    const deadline = Date.now() + timeoutMs;
    while (!this.diagnostics.has(uri)) {
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
    return this.diagnostics.get(uri)!;
  }

  close(): void {
    this.proc.kill();
  }
}

let client: Client;
let version = 1;
const open = (name: string, text: string): string => {
  const uri = pathToFileURL(join(ROOT, "examples", name)).href;
  client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: version++, text } });
  return uri;
};

beforeAll(async () => {
  client = new Client();
  await client.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(ROOT).href,
    capabilities: {
      textDocument: {
        completion: { completionItem: { snippetSupport: true } },
        hover: { contentFormat: ["markdown", "plaintext"] },
      },
      workspace: { configuration: true },
    },
  });
  client.notify("initialized", {});
  client.notify("workspace/didChangeConfiguration", {
    settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } },
  });
}, 60_000);
afterAll(() => client?.close());

describe("yaml-language-server with the plan schema", () => {
  it("reports no problem on the example", { timeout: 60_000 }, async () => {
    const uri = open("nam-thanh-2024-2025.yaml", exampleText());
    expect(await client.diagnosticsFor(uri)).toEqual([]);
  });

  it("reports a planted error at the right line", { timeout: 60_000 }, async () => {
    const text = edit(exampleText(), "  staffTotal: 31", "  staffTotal: ba mươi mốt");
    const uri = open("planted-error.yaml", text);
    const diagnostics = await client.diagnosticsFor(uri);
    expect(diagnostics.map((d) => d.range.start.line)).toContain(lineOf(text, "ba mươi mốt") - 1);
  });

  it("hover shows the Vietnamese title and description", { timeout: 60_000 }, async () => {
    const text = exampleText();
    const uri = open("hover.yaml", text);
    await client.diagnosticsFor(uri);
    const line = lineOf(text, "  staffTotal:") - 1;
    const hover = await client.request("textDocument/hover", {
      textDocument: { uri },
      position: { line, character: 4 },
    });
    expect(JSON.stringify(hover)).toContain("Tổng số cán bộ, giáo viên, nhân viên");
  });

  it("completes the known title ids", { timeout: 60_000 }, async () => {
    const text = edit(exampleText(), "    - title: ldtt              # Lao động tiên tiến", "    - title: ");
    const uri = open("completion.yaml", text);
    await client.diagnosticsFor(uri);
    const line = lineOf(text, "    - title: \n") - 1;
    const result = await client.request("textDocument/completion", {
      textDocument: { uri },
      position: { line, character: 13 },
    });
    const labels = (Array.isArray(result) ? result : result.items).map((i: { label: string }) => i.label);
    expect(labels).toEqual(expect.arrayContaining(["ldtt", "cstdcs", "giay-khen"]));
  });
});

// Issue 24: a plan moved anywhere keeps or regains its editor schema.
describe("the schema link survives moving the plan", () => {
  const openAt = (path: string, text: string): string => {
    const uri = pathToFileURL(path).href;
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: version++, text } });
    return uri;
  };
  const hoverOnStaffTotal = async (uri: string, text: string): Promise<string> => {
    await client.diagnosticsFor(uri);
    const hover = await client.request("textDocument/hover", {
      textDocument: { uri },
      position: { line: lineOf(text, "  staffTotal:") - 1, character: 4 },
    });
    return JSON.stringify(hover);
  };

  it("plan init's link still resolves after the file moves to another folder", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-link-"));
    const first = join(dir, "ke-hoach.yaml");
    expect((await runCli(["init", "-o", first])).status).toBe(1); // written; its blanks are errors
    mkdirSync(join(dir, "nam-hoc", "2025-2026"), { recursive: true });
    const moved = join(dir, "nam-hoc", "2025-2026", "ke-hoach.yaml");
    renameSync(first, moved);
    const v = await runCli(["validate", "--format", "json", moved]);
    expect((JSON.parse(v.stdout) as { code: string }[]).map((d) => d.code)).not.toContain("editor/schema-link");
    const text = readFileSync(moved, "utf8");
    expect(await hoverOnStaffTotal(openAt(moved, text), text)).toContain("Tổng số cán bộ, giáo viên, nhân viên");
  });

  it("a relative link that no longer resolves: validate warns at it, plan fix mends it, the editor finds the schema", {
    timeout: 60_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-link-"));
    const file = join(dir, "ke-hoach.yaml");
    // As an older plan, or one copied from another school's machine, has it.
    writeFileSync(file, exampleText());
    const v = await runCli(["validate", "--format", "json", file]);
    const warned = (JSON.parse(v.stdout) as { code: string; line: number; column: number; severity: string }[]).find(
      (d) => d.code === "editor/schema-link",
    )!;
    expect(warned).toMatchObject({ line: 1, column: 33, severity: "warning" });
    expect(v.status).toBe(0);
    const fixed = await runCli(["fix", file]);
    expect(fixed.stdout).toContain(
      `${file}:1: # yaml-language-server: $schema=../schemas/plan.schema.json → # yaml-language-server: ` +
        `$schema=file://`,
    );
    const text = readFileSync(file, "utf8");
    expect(text.split("\n").slice(1)).toEqual(exampleText().split("\n").slice(1));
    expect(
      (JSON.parse((await runCli(["validate", "--format", "json", file])).stdout) as { code: string }[]).map(
        (d) => d.code,
      ),
    ).not.toContain("editor/schema-link");
    expect(await hoverOnStaffTotal(openAt(file, text), text)).toContain("Tổng số cán bộ, giáo viên, nhân viên");
  });
});
