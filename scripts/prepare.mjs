// npm's prepare: builds dist/ in a clone (npm ci) and before npm pack. An install without the build
// tools (npm ci --omit=dev in a clone) cannot build; it says so instead of failing the whole install.
// The release tarball ships dist/ built, and npm does not run prepare when installing a tarball.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let hasBuildTools = true;
try {
  require.resolve("esbuild");
  require.resolve("typescript");
} catch {
  hasBuildTools = false;
}
if (!hasBuildTools) {
  console.warn(
    "plan: không có công cụ dựng (esbuild, typescript: cài không kèm devDependencies), nên không dựng dist/.\n" +
      "      Dùng bản phát hành (tệp .tgz hay tệp chạy plan), hoặc chạy npm ci đầy đủ.\n" +
      ("plan: build tools missing (installed without devDependencies): dist/ is not built. Use a release, or a " +
        "full npm ci."),
  );
  process.exit(0);
}
const build = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
process.exit(build.status ?? 1);
