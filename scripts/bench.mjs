// npm run bench — wall time (median) and peak memory of plan's commands against Node's own start
// (`node -e 0`, the floor), against Spectral (the peer that does validate's job: YAML with positions plus
// a JSON Schema) and ajv-cli on the same files, and against pandoc on the same plan's text,
// on Node 20 (this process's node) and on Node 24 (the `node` package from the npm registry, when it can
// be had). Not a test: numbers depend on the machine. Writes bench/results.md and the table between the
// bench markers in README.md.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** The runs of 1 000 and 1 500 files take seconds each: fewer of them. */
const MANY_RUNS = Number(process.env.BENCH_MANY_RUNS ?? 7);
const WARMUP = 2;
const example = join(root, "examples/nam-thanh-2024-2025.yaml");
const work = mkdtempSync(join(tmpdir(), "plan-bench-"));
const plan = join(root, "bin/plan.js");
const ajvCli = join(root, "node_modules/ajv-cli/dist/index.js");
const spectral = join(root, "node_modules/@stoplight/spectral-cli/dist/index.js");
// Spectral bundles a JavaScript ruleset with rollup, which reads no JSON file: the schema goes in as a
// literal. (A YAML ruleset's $ref to the schema file breaks the schema's own "#/definitions/…" refs.)
const spectralRuleset = join(root, "bench/.spectral-ruleset.mjs");
writeFileSync(
  spectralRuleset,
  `import { schema } from "@stoplight/spectral-functions";\nconst planSchema = ` +
    `${readFileSync(join(root, "schemas/plan.schema.json"), "utf8")};\n` +
    (`export default { rules: { "plan-schema": { given: "$", severity: "error", then: { function: schema, ` +
      `functionOptions: { schema: planSchema, dialect: "draft7", allErrors: true } } } } };\n`),
);

// 1 500 plans: the example with another school name and counts, clean as most files in a CI run are
// (the seed's own 10-day gap between phases 1 and 2 is closed). Dates are quoted so that ajv-cli,
// which reads YAML 1.1 (an unquoted 2024-09-19 becomes a Date), judges the same files valid.
const manyDir = join(work, "many");
mkdirSync(manyDir);
const base = readFileSync(example, "utf8")
  .replace("    to: 2024-11-20", "    to: 2024-11-30")
  .replace(/(:\s+)(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)/gm, '$1"$2"');
const files = [];
for (let i = 0; i < 1500; i++) {
  const file = join(manyDir, `truong-${String(i).padStart(4, "0")}.yaml`);
  writeFileSync(
    file,
    base
      .replace("Trường Mầm non Nam Thanh", `Trường Mầm non Số ${i + 1}`)
      .replace("      count: 11", `      count: ${5 + (i % 20)}`),
  );
  files.push(file);
}
const hundred = files.slice(0, 100);
const hundredDir = join(work, "hundred");
mkdirSync(hundredDir);
for (const f of hundred) writeFileSync(join(hundredDir, f.split("/").pop()), readFileSync(f));
const thousand = files.slice(0, 1000);

// Peak memory: a preloaded hook reports the process's own maxRSS when it exits.
const rssHook = join(work, "rss.cjs");
writeFileSync(
  rssHook,
  'process.on("exit", () => require("fs").writeFileSync(process.env.PLAN_BENCH_RSS, ' +
    "String(process.resourceUsage().maxRSS)));",
);

function timeOnce(command, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0)
    throw new Error(`${command} ${args.slice(0, 3).join(" ")} exited ${r.status}: ${r.stderr?.slice(0, 500)}`);
  return ms;
}

function peakRss(command, args) {
  if (!(command.endsWith("node") || command.includes("node"))) return NaN;
  const rssFile = join(work, "rss.txt");
  spawnSync(command, ["--require", rssHook, ...args], {
    stdio: "ignore",
    env: { ...process.env, PLAN_BENCH_RSS: rssFile },
  });
  return Number(readFileSync(rssFile, "utf8")) / 1024;
}

/**
 * Every row, run in turn (row 1, row 2, … then again): this machine's load drifts over minutes, and a
 * row measured all at once against another measured later compared two different machines. Run in
 * turn, plan and ajv-cli (and plan and pandoc) share whatever the machine is doing.
 */
function measureInTurn(list) {
  const times = list.map(() => []);
  for (const [, command, args] of list) for (let i = 0; i < WARMUP; i++) timeOnce(command, args);
  const rounds = Math.max(...list.map((row) => row[3]));
  for (let round = 0; round < rounds; round++)
    list.forEach(([, command, args, runs], i) => round < runs && times[i].push(timeOnce(command, args)));
  return list.map(([name, command, args], i) => {
    const sorted = [...times[i]].sort((a, b) => a - b);
    return { name, times: times[i], median: sorted[Math.floor(sorted.length / 2)], rssMB: peakRss(command, args) };
  });
}

// Node 24 from the npm registry (its binary ships inside the package); skipped when it cannot be had.
function node24() {
  const r = spawnSync("npx", ["-y", "node@24", "-p", "process.execPath"], { encoding: "utf8", timeout: 300_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const seedDocx = join(work, "ke-hoach.docx");
spawnSync(process.execPath, [plan, "render", example, "--docx", "-o", seedDocx], { stdio: "ignore" });
const seedText = join(work, "ke-hoach.txt");
spawnSync(process.execPath, [plan, "render", example, "--text", "-o", seedText], { stdio: "ignore" });
const pandoc = spawnSync("pandoc", ["--version"]).status === 0 ? "pandoc" : undefined;

const rows = (node) => [
  ["`node -e 0` (sàn / floor)", node, ["-e", "0"], RUNS],
  ["`plan validate` (kế hoạch mẫu)", node, [plan, "validate", example], RUNS],
  ["`plan stats` (kế hoạch mẫu)", node, [plan, "stats", example], RUNS],
  [
    "`plan render --docx` (kế hoạch mẫu)",
    node,
    [plan, "render", example, "--docx", "-o", join(work, "out.docx")],
    RUNS,
  ],
  ...(pandoc
    ? [["pandoc, văn bản chữ của cùng kế hoạch → DOCX", pandoc, [seedText, "-o", join(work, "pandoc.docx")], RUNS]]
    : []),
  [
    "`plan import` (DOCX của kế hoạch mẫu, 8 trang)",
    node,
    [plan, "import", seedDocx, "-o", join(work, "imported.yaml"), "--force"],
    RUNS,
  ],
  ["`plan validate` 100 tệp, một lần gọi", node, [plan, "validate", ...hundred], MANY_RUNS],
  [
    "Spectral, cùng 100 tệp, cùng schema",
    node,
    [spectral, "lint", "-r", spectralRuleset, "-q", join(hundredDir, "*.yaml")],
    MANY_RUNS,
  ],
  [
    "ajv-cli, cùng 100 tệp, cùng schema",
    node,
    [
      ajvCli,
      "validate",
      "-s",
      join(root, "schemas/plan.schema.json"),
      "-d",
      join(hundredDir, "*.yaml"),
      "--spec=draft7",
      "-c",
      "ajv-formats",
      "--strict=false",
      "--all-errors",
    ],
    MANY_RUNS,
  ],
  ["`plan validate` 1 000 tệp, một lần gọi", node, [plan, "validate", ...thousand], MANY_RUNS],
  ["`plan validate` 1 500 tệp, `--jobs 1`", node, [plan, "validate", "--jobs", "1", ...files], MANY_RUNS],
  ["`plan validate` 1 500 tệp, `--jobs 2`", node, [plan, "validate", "--jobs", "2", ...files], MANY_RUNS],
  // The office's call: 1 500 schools' plans summarised into one workbook (--force: the same file each run).
  [
    "`plan stats` 1 500 tệp → XLSX, một lần gọi",
    node,
    [plan, "stats", ...files, "--format", "xlsx", "-o", join(work, "tong-hop.xlsx"), "--force"],
    MANY_RUNS,
  ],
];

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d).replace(".", ",") : "—");
const nodes = [[process.version, process.execPath]];
const n24 = process.env.BENCH_NODE24 === "0" ? undefined : node24();
if (n24) nodes.push([spawnSync(n24, ["-v"], { encoding: "utf8" }).stdout.trim(), n24]);

const sections = [];
for (const [version, node] of nodes) {
  process.stderr.write(`── Node ${version} ──\n`);
  const results = measureInTurn(rows(node));
  for (const r of results) process.stderr.write(`${r.name}: ${r.median.toFixed(0)} ms, ${fmt(r.rssMB)} MB\n`);
  const floor = results[0].median;
  const ajv = results.find((r) => r.name.startsWith("ajv-cli"));
  const spec = results.find((r) => r.name.startsWith("Spectral"));
  const pan = results.find((r) => r.name.startsWith("pandoc"));
  const validate1500 = results.find((r) => r.name.startsWith("`plan validate` 1 500 tệp, `--jobs 1`"));
  // Each round ran the two back to back: the median of the rounds' ratios is the fairest comparison.
  const ratio = (a, b) => {
    const each = a.times.map((t, k) => t / b.times[k]).sort((x, y) => x - y);
    return each[Math.floor(each.length / 2)];
  };
  const note = (r) => {
    if (r.name.startsWith("`plan validate` 100 ")) {
      const faster = (peer, name) => {
        const x = ratio(r, peer);
        return x <= 1 ? `nhanh hơn ${name} ${fmt(1 / x, 1)}×` : `chậm hơn ${name} ${fmt(x, 2)}×`;
      };
      return ` (${faster(spec, "Spectral")}; ${faster(ajv, "ajv-cli")})`;
    }
    if (r.name.includes("render --docx") && pan) return ` (${fmt(ratio(r, pan), 2)}× pandoc)`;
    if (r.name.startsWith("`plan stats` 1 500")) return ` (${fmt(ratio(r, validate1500), 2)}× \`validate\` 1 500 tệp)`;
    return "";
  };
  sections.push(
    [
      `**Node ${version}**`,
      "",
      "| Lệnh / command | Trung vị / median | × sàn / × floor | Bộ nhớ đỉnh / peak RSS |",
      "|---|---:|---:|---:|",
      ...results.map(
        (r) => `| ${r.name} | ${fmt(r.median)} ms | ${fmt(r.median / floor, 2)}×${note(r)} | ${fmt(r.rssMB)} MB |`,
      ),
    ].join("\n"),
  );
}
const machine =
  `${cpus().length} nhân ${cpus()[0]?.model ?? ""}, ${fmt(totalmem() / 2 ** 30)} GiB, ` +
  `${new Date().toISOString().slice(0, 10)}; ${RUNS} lần chạy (${MANY_RUNS} với 100, 1 000 và 1 500 tệp) sau ` +
  `${WARMUP} lần khởi động; các dòng chạy lần lượt xen kẽ nhau, tỉ lệ với Spectral, ajv-cli và pandoc là trung vị ` +
  `tỉ lệ của từng lượt / rows run in turn, ratios to Spectral, ajv-cli and pandoc are medians of per-round ` +
  `ratios${pandoc ? "" : "; không có pandoc trên máy nên không có dòng so sánh"}.`;
const md = `${sections.join("\n\n")}\n\nMáy đo / machine: ${machine}\n`;
mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(join(root, "bench/results.md"), md);
const readmePath = join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const marked = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
if (marked.test(readme))
  writeFileSync(readmePath, readme.replace(marked, `<!-- bench:start -->\n${md}<!-- bench:end -->`));
process.stdout.write(`${md}`);
