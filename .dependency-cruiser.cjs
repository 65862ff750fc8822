// npm run lint:cycles: the module graph of src/ has no cycle. A cycle makes the order modules load in
// decide what a reader of either finds defined, and a layer that imports its caller is no layer.
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
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports are cycles for a reader too, so they count.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^src/generated/" },
  },
};
