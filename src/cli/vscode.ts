// `plan init --vscode`: a task for VS Code that runs `plan validate` on the open file and puts every
// finding in the Problems panel, at its line (the schema alone shows only what JSON Schema knows; a
// wrong percentage or overlapping phases are plan's own findings).
import { COMPACT_PATTERN } from "./formatters/compact.js";

export interface Invocation {
  command: string;
  /** Arguments before plan's own (the script, when plan runs under node). */
  args: string[];
}

/** How this very program is started again: the executable alone, or node with the script. */
export async function selfInvocation(): Promise<Invocation> {
  const sea = await import("node:sea").catch(() => undefined);
  if (sea?.isSea()) return { command: process.execPath, args: [] };
  return { command: process.execPath, args: [process.argv[1]!] };
}

export function tasksJson(self: Invocation, label: string): string {
  const tasks = {
    version: "2.0.0",
    tasks: [
      {
        label,
        type: "process",
        command: self.command,
        args: [...self.args, "validate", "--format", "compact", "${file}"],
        group: { kind: "test", isDefault: true },
        presentation: { reveal: "silent", clear: true },
        problemMatcher: {
          owner: "plan",
          source: "plan",
          fileLocation: ["autoDetect", "${workspaceFolder}"],
          pattern: { regexp: COMPACT_PATTERN, file: 1, line: 2, column: 3, severity: 4, code: 5, message: 6 },
        },
      },
    ],
  };
  return `${JSON.stringify(tasks, null, 2)}\n`;
}
