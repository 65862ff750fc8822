// The esbuild plugins both bundles use (scripts/build.mjs for dist/, scripts/build-exe.mjs for the single
// executable): one list, so the two programs cannot be built differently.
import { join } from "node:path";

export function bundlePlugins(root) {
  return [
    {
      // jszip (inside exceljs, which only `stats --format xlsx` loads) requires a setImmediate polyfill
      // for browsers, whose string-callback path is a new Function: Node has setImmediate, and the
      // shipped code evaluates nothing (test/hostile.test.ts, test/exe.test.ts).
      name: "no-setimmediate-polyfill",
      setup(b) {
        b.onResolve({ filter: /^setimmediate$/ }, () => ({ path: "setimmediate", namespace: "empty" }));
        b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
      },
    },
    {
      // yaml's ES-module build lets esbuild drop what plan never calls (stringify, the CST visitor…);
      // its CommonJS build is bundled whole. Its package exports hide the file, so resolve it directly.
      name: "yaml-esm",
      setup(b) {
        b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, "node_modules/yaml/browser/index.js") }));
      },
    },
  ];
}
