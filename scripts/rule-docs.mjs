// npm run docs: the README's tables of diagnostic codes, Vietnamese and English, written from the codes'
// metadata (each rule's `meta` in src/core/rules/, the stages before the rules in file-checks.ts) between
// marker comments. `--check` writes nothing and exits 1 when the README differs; test/rule-meta.test.ts
// asks the same of the committed README. The rendering below is pure so that the test can call it on the
// metadata it imports; only running as a script bundles the TypeScript with esbuild, as the build does.
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Marker name → the part of the README between `<!-- name:start -->` and `<!-- name:end -->`. */
export const PARTS = ["checks", "rules", "checks-en", "rules-en"];

const WORDS = {
  vi: {
    code: "Mã",
    severity: "Mức",
    meaning: "Ý nghĩa",
    checks: "Kiểm tra",
    basis: "Căn cứ",
    fix: "`plan fix`",
    mends: "sửa được",
    levels: { error: "lỗi", warning: "cảnh báo", info: "lưu ý" },
    confidence: {
      confirmed: "",
      partial: " (xác nhận một phần)",
      unverified: " (chưa xác nhận)",
      inferred: " (suy luận)",
    },
    localPolicy: "quy định của địa phương, chỉ khi kế hoạch ghi",
    consistency: "tính nhất quán của kế hoạch",
  },
  en: {
    code: "Code",
    severity: "Level",
    meaning: "Meaning",
    checks: "Checks",
    basis: "Basis",
    fix: "`plan fix`",
    mends: "mends",
    levels: { error: "error", warning: "warning", info: "info" },
    confidence: { confirmed: "", partial: " (partly confirmed)", unverified: " (unverified)", inferred: " (inferred)" },
    localPolicy: "local policy, only when the plan sets it",
    consistency: "the plan's own consistency",
  },
};

/** A table cell: GitHub ends a cell at any "|", even inside code. */
const cell = (text) => String(text).replace(/\|/g, "\\|");
const row = (cells) => `| ${cells.map(cell).join(" | ")} |`;
const table = (head, rows) => [row(head), `|${head.map(() => "---").join("|")}|`, ...rows.map(row)].join("\n");

function basisText(basis, w) {
  if (basis.kind === "law") return `${basis.cites}${w.confidence[basis.confidence]}`;
  if (basis.kind === "local-policy") return w.localPolicy;
  return w.consistency;
}

/** The stages before the rules: one table each, with a `plan fix` column where something is mended. */
function checksPart(stages, lang) {
  const w = WORDS[lang];
  return stages
    .map((stage) => {
      const codes = Object.entries(stage.codes);
      const mends = codes.some(([, m]) => m.fixable);
      const head = [w.code, w.severity, w.meaning, ...(mends ? [w.fix] : [])];
      const rows = codes.map(([code, m]) => [
        `\`${code}\``,
        w.levels[m.severity],
        m.summary[lang],
        ...(mends ? [m.fixable ? w.mends : ""] : []),
      ]);
      return `**${stage.title[lang]}**\n\n${table(head, rows)}`;
    })
    .join("\n\n");
}

/** The rules in the order they run, each code linked to its rule's file. */
function rulesPart(rules, lang) {
  const w = WORDS[lang];
  const mends = rules.some((r) => r.meta.fixable);
  const head = [w.code, w.severity, w.checks, w.basis, ...(mends ? [w.fix] : [])];
  const rows = rules.flatMap((r) =>
    Object.entries(r.meta.codes).map(([code, m]) => [
      `[\`${code}\`](src/core/rules/${r.meta.id}.ts)`,
      w.levels[m.severity],
      m.summary[lang],
      basisText(r.meta.basis, w),
      ...(mends ? [r.meta.fixable ? w.mends : ""] : []),
    ]),
  );
  return table(head, rows);
}

/** Every part of the README this script owns, from the metadata. */
export function renderCodeDocs({ stages, rules }) {
  return {
    checks: checksPart(stages, "vi"),
    rules: rulesPart(rules, "vi"),
    "checks-en": checksPart(stages, "en"),
    "rules-en": rulesPart(rules, "en"),
  };
}

/** The README with each part replaced; a missing or doubled marker is an error, never a silent skip. */
export function withCodeDocs(readme, parts) {
  let out = readme;
  for (const name of PARTS) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from || out.indexOf(start, from + 1) >= 0)
      throw new Error(`README.md needs exactly one ${start} … ${end}`);
    out = `${out.slice(0, from + start.length)}\n${parts[name]}\n${out.slice(to)}`;
  }
  return out;
}

/** The metadata, bundled from the TypeScript sources the way the build bundles the CLI. */
async function loadMetadata(root) {
  const { build } = await import("esbuild");
  const { generateValidatorSource } = await import("./validator-source.mjs");
  const schema = JSON.parse(readFileSync(join(root, "schemas/plan.schema.json"), "utf8"));
  const result = await build({
    stdin: {
      contents:
        'export { CHECK_STAGES } from "./src/core/rules/file-checks.ts"; export { RULES } from ' +
        '"./src/core/rules/index.ts";',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: "node20",
    banner: {
      js:
        'import { createRequire as __createRequire } from "node:module"; const require = ' +
        "__createRequire(import.meta.url);",
    },
    // The schema's validator is a build output: compiled here from the schema, so docs need no build first.
    plugins: [
      {
        name: "validator",
        setup: (b) =>
          b.onLoad({ filter: /plan-validator\.cjs$/ }, () => ({
            contents: generateValidatorSource(schema),
            loader: "js",
          })),
      },
    ],
    logLevel: "warning",
  });
  const dir = await mkdtemp(join(tmpdir(), "plan-rule-docs-"));
  try {
    const file = join(dir, "metadata.mjs");
    await writeFile(file, result.outputFiles[0].contents);
    const { CHECK_STAGES, RULES } = await import(pathToFileURL(file).href);
    return { stages: CHECK_STAGES, rules: RULES };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const path = join(root, "README.md");
  const readme = readFileSync(path, "utf8");
  const next = withCodeDocs(readme, renderCodeDocs(await loadMetadata(root)));
  if (process.argv.includes("--check")) {
    if (next !== readme) {
      console.error("README.md differs from the codes' metadata: run npm run docs");
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(path, next);
    console.log("README.md: the tables of codes rewritten from the metadata");
  } else console.log("README.md: the tables of codes already match the metadata");
}
