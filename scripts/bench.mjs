// npm run bench — wall time (median) and peak memory of plan's commands against Node's own start
// (`node -e 0`, the floor) and against ajv-cli on the same 1 000 files. Not a test: numbers depend on
// the machine. Writes bench/results.md and the table between the bench markers in README.md.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const example = join(root, "examples/nam-thanh-2024-2025.yaml");
const work = mkdtempSync(join(tmpdir(), "plan-bench-"));
const node = process.execPath;
const plan = join(root, "bin/plan.js");
const ajvCli = join(root, "node_modules/ajv-cli/dist/index.js");

// 1 000 plans: the example with another school name and counts. Dates are quoted so that ajv-cli,
// which reads YAML 1.1 (an unquoted 2024-09-19 becomes a Date), judges the same files valid.
const manyDir = join(work, "many");
mkdirSync(manyDir);
const base = readFileSync(example, "utf8").replace(/(:\s+)(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)/gm, '$1"$2"');
const many = [];
for (let i = 0; i < 1000; i++) {
  const file = join(manyDir, `truong-${String(i).padStart(4, "0")}.yaml`);
  writeFileSync(file, base.replace("Trường Mầm non Nam Thanh", `Trường Mầm non Số ${i + 1}`).replace("      count: 11", `      count: ${5 + (i % 20)}`));
  many.push(file);
}

// Peak memory: a preloaded hook reports the process's own maxRSS when it exits.
const rssHook = join(work, "rss.cjs");
writeFileSync(rssHook, 'process.on("exit", () => require("fs").writeFileSync(process.env.PLAN_BENCH_RSS, String(process.resourceUsage().maxRSS)));');

function measure(args) {
  const times = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(node, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    if (i >= WARMUP) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const rssFile = join(work, "rss.txt");
  spawnSync(node, ["--require", rssHook, ...args], { stdio: "ignore", env: { ...process.env, PLAN_BENCH_RSS: rssFile } });
  return { median: times[Math.floor(times.length / 2)], rssMB: Number(readFileSync(rssFile, "utf8")) / 1024 };
}

// The seed-sized Word file for `plan import`: the example's own DOCX.
const seedDocx = join(work, "ke-hoach.docx");
spawnSync(node, [plan, "render", example, "--docx", "-o", seedDocx], { stdio: "ignore" });

const rows = [
  ["`node -e 0` (sàn / floor)", ["-e", "0"]],
  ["`plan validate` (kế hoạch mẫu)", [plan, "validate", example]],
  ["`plan stats` (kế hoạch mẫu)", [plan, "stats", example]],
  ["`plan render --docx` (kế hoạch mẫu)", [plan, "render", example, "--docx", "-o", join(work, "out.docx")]],
  ["`plan import` (DOCX của kế hoạch mẫu, 6 trang)", [plan, "import", seedDocx, "-o", join(work, "imported.yaml"), "--force"]],
  ["`plan validate` 1 000 tệp, một lần gọi", [plan, "validate", ...many]],
  ["ajv-cli, cùng 1 000 tệp, cùng schema", [ajvCli, "validate", "-s", join(root, "schemas/plan.schema.json"), "-d", join(manyDir, "*.yaml"), "--spec=draft7", "-c", "ajv-formats", "--strict=false", "--all-errors"]],
];

const results = rows.map(([name, args]) => {
  const r = measure(args);
  process.stderr.write(`${name}: ${r.median.toFixed(0)} ms, ${r.rssMB.toFixed(0)} MB\n`);
  return { name, ...r };
});
const floor = results[0].median;
const ajv = results.find((r) => r.name.startsWith("ajv-cli")).median;
const manyAt = results.findIndex((r) => r.name.includes("1 000 tệp"));
const fmt = (n, d = 0) => n.toFixed(d).replace(".", ",");
const table = [
  "| Lệnh / command | Trung vị / median | × sàn / × floor | Bộ nhớ đỉnh / peak RSS |",
  "|---|---:|---:|---:|",
  ...results.map((r, i) => `| ${r.name} | ${fmt(r.median)} ms | ${fmt(r.median / floor, 2)}×${i === manyAt ? ` (${r.median <= ajv ? `nhanh hơn ajv-cli ${fmt(ajv / r.median, 1)}×` : `chậm hơn ajv-cli ${fmt(r.median / ajv, 1)}×`})` : ""} | ${fmt(r.rssMB)} MB |`),
].join("\n");
const machine = `${cpus().length} nhân ${cpus()[0]?.model ?? ""}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${RUNS} lần chạy sau ${WARMUP} lần khởi động.`;
const md = `${table}\n\nMáy đo / machine: ${machine}\n`;
mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(join(root, "bench/results.md"), md);
const readmePath = join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const marked = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
if (marked.test(readme)) writeFileSync(readmePath, readme.replace(marked, `<!-- bench:start -->\n${md}<!-- bench:end -->`));
process.stdout.write(`${md}`);
