import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The single executable's test downloads two Node binaries (~90 MB) and injects them (~35 s cold):
    // `npm run test:exe` and .ci/run run it; npm test stays within its time on 2 cores.
    exclude: process.env.PLAN_TEST_EXE === "1" ? [] : ["test/exe.test.ts"],
    testTimeout: 30_000,
    // One module graph per worker, not per test file: each file re-importing the core cost ~22 s of CPU
    // in npm test (vitest's "import" time 22,3 s → 5,5 s; CPU 123 → 93 s). No test mocks a module or
    // changes the process (checked: no vi.mock, vi.stub*, chdir or process.env writes).
    isolate: false,
    // Vitest leaves one core to the main process: on this 2-core machine that meant one worker and the 50
    // files one after another (npm test 105 s). Two workers overlap LibreOffice's and Chromium's waits.
    maxWorkers: 2,
    hookTimeout: 60_000,
  },
});
