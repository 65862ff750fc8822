// npm run release [-- --out DIR]: the release tarball. It is packed from a staging folder whose package.json carries no
// scripts and no devDependencies: npm runs a tarball's `prepare` on install (a "non-registry source"),
// and the release needs none — dist/ is built already. Output: release/plan-thi-dua-<version>.tgz.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
if (!existsSync(join(root, "dist/cli/main.js"))) {
  console.error("dist/ is not built: run npm run build first");
  process.exit(1);
}
const stage = mkdtempSync(join(tmpdir(), "plan-release-"));
for (const entry of manifest.files) cpSync(join(root, entry), join(stage, entry), { recursive: true });
// dist/ bundles every run-time library (esbuild, scripts/build.mjs), so the release declares none:
// installing it fetches nothing, and it runs the very versions the tests ran — npm's overrides (nanoid 5
// under docx, for Node 20) apply only to this repository, never to a package's consumers.
const {
  scripts: _scripts,
  devDependencies: _dev,
  allowScripts: _allow,
  dependencies: _bundled,
  overrides: _overrides,
  ...release
} = manifest;
writeFileSync(join(stage, "package.json"), `${JSON.stringify(release, null, 2)}\n`);
const at = process.argv.indexOf("--out");
const out = at > 0 ? process.argv[at + 1] : join(root, "release");
mkdirSync(out, { recursive: true });
const packed = spawnSync("npm", ["pack", "--pack-destination", out], {
  cwd: stage,
  stdio: ["ignore", "inherit", "inherit"],
});
rmSync(stage, { recursive: true, force: true });
process.exit(packed.status ?? 1);
