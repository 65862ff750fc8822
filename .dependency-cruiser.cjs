// npm run lint:cycles: the module graph of src/ has no cycle. A cycle makes the order modules load in
// decide what a reader of either finds defined, and a layer that imports its caller is no layer. The
// few layers the code relies on are held here too, since a cycle is only the worst case of one broken.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Break the cycle: move what both modules need into a third one that imports neither.",
      from: {},
      to: { circular: true },
    },
    {
      name: "core-below-messages-and-cli",
      severity: "error",
      comment: "The core reports data (codes and arguments); messages and the CLI import the core, never the reverse.",
      from: { path: "^src/core/" },
      to: { path: "^src/(messages|cli)/" },
    },
    {
      name: "core-does-no-io",
      severity: "error",
      comment: "No files, processes or network in the core: the CLI reads, writes and passes the clock in.",
      from: { path: "^src/core/" },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|child_process|process|os|net|http|https|worker_threads|readline)$" },
    },
    {
      name: "import-beside-render-and-new",
      severity: "error",
      comment: "Reading a Word plan shares pieces with render/ and new/ through neutral modules (text/, plan-defaults.ts).",
      from: { path: "^src/core/import/" },
      to: { path: "^src/core/(render|new)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports are cycles for a reader too, so they count.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^src/generated/" },
  },
};
