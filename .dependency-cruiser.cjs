// The layers of Карта (CONTRIBUTING.md, «Layers»): each imports only from those below it, and nothing imports in a
// circle. `npm test` runs this (`npm run lint:deps`).
const layers = [
  ['base', '^src/(content-model|deadlines|ui|html)/'],
  ['derived', '^src/(calendar|glossary|execution|import|open-data|editions|documents)/'],
  ['site', '^src/(site|search|report-form)/'],
  ['pages', '^src/(pages|components)/'],
  ['build', '^src/build/'],
  ['cli', '^(src/cli/|bin/)'],
];

/** A layer may not import from the layers above it. */
const upward = layers.flatMap(([name, path], i) =>
  layers.slice(i + 1).map(([above, abovePath]) => ({
    name: `${name}-not-${above}`,
    comment: `src layer «${name}» imports from «${above}», a layer above it`,
    severity: 'error',
    from: { path, pathNot: '\\.test\\.ts$' },
    to: { path: abovePath },
  })),
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'modules that import each other, directly or round a circle',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'product-not-tools',
      comment: 'the product does not import the benchmark, the tests or their helpers',
      severity: 'error',
      from: { path: '^(src|bin)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(bench|dev|tests)/' },
    },
    {
      name: 'bench-not-tests',
      comment: "the benchmark shares helpers with the tests through dev/, not through the tests' own support",
      severity: 'error',
      from: { path: '^bench/', pathNot: '\\.test\\.ts$' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    // TypeScript 7 (the compiler this project uses) has no JavaScript API for dependency-cruiser:
    // swc reads the TypeScript.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|\\.astro|\\.karta)/' },
  },
};
