// npm run lint, third part: no line of code over 120 characters (issue 20). Biome wraps code to 120 but
// leaves strings, templates and comments as written; this holds those too. Fixtures, snapshots and the
// generated validators are data, not code, and are not read.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const MAX = 120;
const root = join(fileURLToPath(import.meta.url), "../..");
const SKIP = new Set(["node_modules", "fixtures", "__snapshots__", "generated", "golden"]);
const CODE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (CODE.test(entry.name)) yield path;
  }
}

const long = [];
for (const top of ["src", "test", "scripts", "bin", "bench"])
  for (const file of files(join(root, top)))
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        // Characters as the reader sees them (a Vietnamese letter is one), not UTF-16 units or bytes.
        const width = [...line].length;
        if (width > MAX) long.push(`${relative(root, file)}:${i + 1}:${MAX + 1}: ${width} ký tự (tối đa ${MAX})`);
      });
if (long.length) {
  console.error(long.join("\n"));
  console.error(`\n${long.length} dòng dài quá ${MAX} ký tự: tách chuỗi bằng +, hoặc xuống dòng ở chú thích.`);
  process.exit(1);
}
console.log(`✔ every line of code within ${MAX} characters`);
