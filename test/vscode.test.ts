// Issue 24: VS Code shows plan's own findings. `plan init --vscode` writes a task whose problem matcher
// reads `plan validate --format compact`; its regular expression is run here over real validate output
// and must give each finding's file, line, column, severity, code and message, as the JSON output does.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, edit, exampleText } from "./helpers.js";

interface Task {
  label: string;
  command: string;
  args: string[];
  problemMatcher: {
    owner: string;
    pattern: {
      regexp: string;
      file: number;
      line: number;
      column: number;
      severity: number;
      code: number;
      message: number;
    };
  };
}

describe("plan init --vscode", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-vscode-"));
  const plan = join(dir, "ke-hoach.yaml");

  it("writes .vscode/tasks.json beside the plan, and never over the clerk's own", () => {
    const r = cli(["init", "--vscode", "-o", plan]);
    expect(r.status).toBe(1); // the starter's blanks are errors until filled
    expect(existsSync(join(dir, ".vscode", "tasks.json"))).toBe(true);
    expect(r.stdout).toContain("Problems");
    writeFileSync(join(dir, ".vscode", "tasks.json"), '{ "version": "2.0.0", "tasks": [] }\n');
    const again = cli(["init", "--vscode", "-o", join(dir, "khac.yaml")]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("io/exists");
    expect(readFileSync(join(dir, ".vscode", "tasks.json"), "utf8")).toBe('{ "version": "2.0.0", "tasks": [] }\n');
    expect(cli(["init", "--vscode", "--force", "-o", join(dir, "khac.yaml")]).status).toBe(1);
  });

  it("its task runs validate, and its matcher reads every finding exactly as the JSON output gives it", () => {
    const [task] = (JSON.parse(readFileSync(join(dir, ".vscode", "tasks.json"), "utf8")) as { tasks: Task[] }).tasks;
    // A plan with findings of both severities, several lines, Vietnamese messages with colons.
    writeFileSync(
      plan,
      edit(edit(exampleText(), "  staffTotal: 31", "  staffTotal: 3"), "  place: Nam Thanh", "  place: Nam Thanh: xã"),
    );
    const args = task!.args.map((a) => (a === "${file}" ? plan : a));
    const run = spawnSync(task!.command, args, { encoding: "utf8" });
    const expected = JSON.parse(cli(["validate", "--format", "json", plan]).stdout) as {
      file: string;
      line: number;
      column: number;
      severity: string;
      code: string;
      message: string;
    }[];
    expect(expected.length).toBeGreaterThan(0);
    const pattern = new RegExp(task!.problemMatcher.pattern.regexp);
    const p = task!.problemMatcher.pattern;
    const matched = run.stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const m = pattern.exec(line);
        expect(m, line).not.toBeNull();
        return {
          file: m![p.file],
          line: Number(m![p.line]),
          column: Number(m![p.column]),
          severity: m![p.severity],
          code: m![p.code],
          message: m![p.message],
        };
      });
    expect(matched).toEqual(
      expected.map((d) => ({
        file: d.file,
        line: d.line,
        column: d.column,
        severity: d.severity,
        code: d.code,
        message: d.message,
      })),
    );
    expect(new Set(matched.map((m) => m.severity))).toEqual(new Set(["error", "warning"]));
  });
});
