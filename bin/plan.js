#!/usr/bin/env node
// Node 22.1+ keeps compiled code between runs (module.enableCompileCache): the bundle is not compiled
// again on every start. The cache lives in the OS temp folder; where it cannot be written, or on Node 20,
// plan simply runs without it.
import module from "node:module";

try {
  module.enableCompileCache?.();
} catch {
  // A read-only temp folder: no cache, same results.
}
let main;
try {
  main = await import("../dist/cli/main.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
  // A clone installed without its build tools: say what to do, not a stack trace.
  process.stderr.write(
    "plan: chưa dựng chương trình (thiếu dist/). Chạy: npm ci   (plan: dist/ is missing; run npm ci)\n",
  );
  process.exit(2);
}
const { run } = main;
process.exitCode = await run(process.argv.slice(2));
