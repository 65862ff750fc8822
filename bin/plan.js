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
const { run } = await import("../dist/cli/main.js");
process.exitCode = await run(process.argv.slice(2));
