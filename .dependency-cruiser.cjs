// The import rule of src/ (docs/architecture.md): each layer imports only itself and
// the layers below it,
//
//   lib <- schemas <- extract, seed-files <- data <- ingest <- routes, plugins, http, cli, eval
//
// and only the data layer touches the generated Prisma client. `npm test` runs this
// (npm run lint:deps): a new upward import fails the build.
const LIB = "^src/(?:lib/|config\\.ts$)";
const below = (...layers) => `^src/(?:${layers.join("|")})`;
const layer = (name, from, allowed) => ({
  name,
  comment: `${name}: may import only ${allowed.join(", ")}`,
  severity: "error",
  from: { path: from },
  to: { path: "^src/", pathNot: [LIB, below(...allowed)] },
});

module.exports = {
  forbidden: [
    layer("lib-imports-upward", LIB, ["lib/"]),
    layer("schemas-imports-upward", below("schemas/"), ["schemas/"]),
    layer("extract-imports-upward", below("extract/", "seed-files/"), [
      "schemas/",
      "extract/",
      "seed-files/",
    ]),
    layer("data-imports-upward", below("data/"), [
      "schemas/",
      "extract/",
      "seed-files/",
      "data/",
      "generated/",
    ]),
    layer("ingest-imports-upward", below("ingest/"), [
      "schemas/",
      "extract/",
      "seed-files/",
      "data/",
      "generated/",
      "ingest/",
    ]),
    {
      name: "prisma-outside-data",
      comment: "only src/data/ uses the generated Prisma client: every query and write lives there",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(?:data|generated)/" },
      to: { path: "^src/generated/" },
    },
    {
      name: "no-circular",
      comment: "modules that import each other at run time load in an order nobody chose",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/generated/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    // The generated client is a dependency to check, not code to cruise.
    doNotFollow: { path: ["node_modules", "^src/generated/"] },
    // Type-only imports count: they couple layers as much as values do.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
