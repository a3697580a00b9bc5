// The direction of imports, checked by `npm test` (npm run deps) for every folder of src/:
//
//   core                         pure domain: frameworks, plans, scoring, validation, importer
//   workbook                     the base layer: cells, grids, the render model, A1 helpers, ports
//   layout · seal                the sheet layout (plan ↔ grids); the seal of a plan
//   summary                      summary sheets as render models
//   template                     insert, the one read and check of a workbook, summaries refresh
//   excel · xlsx · runtime       adapters: Office.js, .xlsx files; shared-runtime glue
//   taskpane · functions · commands · cli    front-ends
//
// A folder may import only the folders listed for it (and itself); nothing may form a cycle.
// To see the check fail: add `import "../taskpane/Pane";` to any file of src/layout and run
// `npm run deps` (test/architecture.test.ts does exactly that on a copy).
const LAYERS = {
  core: [],
  workbook: [],
  layout: ["core", "workbook"],
  seal: ["core", "workbook"],
  summary: ["core", "workbook", "layout"],
  template: ["core", "workbook", "layout", "seal", "summary"],
  excel: ["core", "workbook"],
  xlsx: ["core", "workbook"],
  runtime: ["core", "workbook"],
  functions: ["core", "runtime"],
  commands: ["runtime"],
  taskpane: ["core", "workbook", "layout", "seal", "summary", "template", "excel", "runtime"],
  cli: ["core", "workbook", "layout", "seal", "summary", "template", "xlsx"],
};

const folders = Object.keys(LAYERS);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules must not import each other in a circle: split what both need into a lower module.",
      from: {},
      to: { circular: true },
    },
    {
      name: "known-folder",
      severity: "error",
      comment: "Every folder of src/ has a place in the layers (.dependency-cruiser.cjs, LAYERS).",
      from: { path: `^src/(?!(${folders.join("|")})/)[^/]+/` },
      to: {},
    },
    ...folders.map((folder) => ({
      name: `layers-${folder}`,
      severity: "error",
      comment: `src/${folder} may import only ${LAYERS[folder].length ? LAYERS[folder].map((f) => `src/${f}`).join(", ") : "itself"} (imports point inward, .dependency-cruiser.cjs).`,
      from: { path: `^src/${folder}/` },
      to: { path: "^src/", pathNot: [`^src/(${[folder, ...LAYERS[folder]].join("|")})/`, "^src/[^/]+\\.d\\.ts$"] },
    })),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.(json|html|css)$" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    moduleSystems: ["es6", "cjs"],
  },
};
