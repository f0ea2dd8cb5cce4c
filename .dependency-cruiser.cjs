/**
 * blastmap checks its own architecture with dependency-cruiser, as dependency-cruiser and knip do:
 * the pipeline's imports run one way (core ← graph, history ← metrics ← score ← report ← analyze ← cli),
 * analyzer/incremental (everything that exists only so a re-run is fast) sits beside the pipeline:
 * it may use the stages, no stage may use it, and only analyze.ts and the CLI open it.
 * The viewer only borrows the report's type and the pure code under analyzer/report/{layout,wording,upgrade,heat}.
 */
const stage = (name) => `^analyzer/${name}/`;
/** Pure code the viewer bundles too. */
const SHARED = '^analyzer/report/(layout|wording|upgrade|heat)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: { path: '^(analyzer|viewer)/' }, to: { circular: true } },
    {
      name: 'core-depends-on-nothing',
      comment: 'analyzer/core holds shared plumbing; it imports no stage.',
      severity: 'error',
      from: { path: stage('core') },
      to: { path: '^analyzer/(incremental|graph|history|metrics|score|report|serve|cli)/|^analyzer/(analyze|analyze-stages|cli)\\.ts$' },
    },
    {
      name: 'stages-know-nothing-of-warm-runs',
      comment: 'A stage is a plain step: it takes functions (readParse, makeResolver, readHistory, ...) with plain defaults, and analyzer/incremental supplies the remembering versions. No stage imports it.',
      severity: 'error',
      from: { path: '^analyzer/(graph|history|metrics|score|report|serve)/' },
      to: { path: stage('incremental') },
    },
    {
      name: 'only-the-orchestrator-opens-incremental',
      comment: 'analyze.ts wires the remembering steps in; the CLI asks only where the cache folder may be.',
      severity: 'error',
      from: { path: '^analyzer/', pathNot: '^analyzer/(incremental|cli|trend|review)/|^analyzer/(analyze|analyze-stages|cli)\\.ts$' },
      to: { path: stage('incremental') },
    },
    {
      name: 'incremental-does-not-reach-forward',
      comment: 'analyzer/incremental remembers the results of graph, history and metrics; it never reaches the score, the report or the CLI.',
      severity: 'error',
      from: { path: stage('incremental') },
      to: { path: '^analyzer/(score|report|serve|cli)/|^analyzer/(analyze|analyze-stages|cli)\\.ts$' },
    },
    {
      name: 'extraction-stages-are-independent',
      comment: 'graph and history extract side by side; neither sees the other or any later stage.',
      severity: 'error',
      from: { path: '^analyzer/(graph|history)/' },
      to: { path: '^analyzer/(graph|history|metrics|score|report|serve|cli)/|^analyzer/(analyze|analyze-stages|cli)\\.ts$', pathNot: '^analyzer/$1/' },
    },
    {
      name: 'trend-beside-the-pipeline',
      comment: 'analyzer/trend replays the stages at earlier commits (with the warm-run absorb of analyzer/incremental); only analyze.ts opens it, no stage uses it.',
      severity: 'error',
      from: { path: '^analyzer/', pathNot: '^analyzer/trend/|^analyzer/(analyze|analyze-stages)\\.ts$' },
      to: { path: stage('trend') },
    },
    {
      name: 'commit-trees-beside-the-graph',
      comment: 'analyzer/tree reads a commit\'s tree and writes its files into a folder of blastmap\'s own (no checkout): plumbing that review and trend share. It uses core and the graph stage\'s names only; no stage before the review and the trend uses it.',
      severity: 'error',
      from: { path: stage('tree') },
      to: { path: '^analyzer/(history|metrics|score|report|serve|cli|incremental|review|trend)/|^analyzer/(analyze|cli)\\.ts$' },
    },
    {
      name: 'only-review-and-trend-read-commit-trees',
      severity: 'error',
      from: { path: '^analyzer/', pathNot: '^analyzer/(tree|review|trend)/' },
      to: { path: stage('tree') },
    },
    {
      name: 'metrics-only-read-the-graph',
      severity: 'error',
      from: { path: stage('metrics') },
      to: { path: '^analyzer/(history|score|report|serve|cli)/|^analyzer/(analyze|analyze-stages|cli)\\.ts$' },
    },
    {
      name: 'score-does-not-reach-forward',
      severity: 'error',
      from: { path: stage('score') },
      to: { path: '^analyzer/(report|serve|cli)/|^analyzer/(analyze|analyze-stages|cli)\\.ts$' },
    },
    {
      name: 'report-does-not-reach-forward',
      severity: 'error',
      from: { path: '^analyzer/(report|serve)/' },
      to: { path: '^analyzer/(cli)/|^analyzer/(analyze|analyze-stages|cli)\\.ts$' },
    },
    {
      name: 'review-sits-after-analyze',
      comment: 'analyzer/review judges a change: it runs the pipeline (analyze.ts) for head and the graph stage (with the incremental steps) for base, and compares. It sits beside analyze.ts, after the report; only the CLI calls it, and it never prints.',
      severity: 'error',
      from: { path: '^analyzer/', pathNot: '^analyzer/(review|cli)/|^analyzer/cli\\.ts$' },
      to: { path: stage('review') },
    },
    {
      name: 'schema-builders-stay-out-of-the-run',
      comment: 'The report and config schemas are written with @sinclair/typebox, a dev dependency: npm run build:schema turns them into schema/*.json and a compiled validator. At run time the analyzer takes only their types; a value it needs (a version, the rule ids) lives in a plain module, so an install without dev dependencies runs, and no run loads the builder.',
      severity: 'error',
      from: { path: '^analyzer/', pathNot: '^analyzer/report/schema/|^analyzer/core/(options|review-options)-schema\\.ts$' },
      to: { path: '^analyzer/report/schema/|^analyzer/core/(options|review-options)-schema\\.ts$', pathNot: '^analyzer/report/schema/version\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-dev-dependencies-at-run-time',
      severity: 'error',
      from: { path: '^analyzer/', pathNot: '^analyzer/report/schema/|^analyzer/core/(options|review-options)-schema\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'only-the-cli-drives-the-cli',
      severity: 'error',
      from: { path: '^analyzer/', pathNot: '^analyzer/cli(/|\\.ts$)' },
      to: { path: '^analyzer/cli(/|\\.ts$)' },
    },
    {
      name: 'viewer-borrows-only-the-report-type',
      comment: 'The page imports the report type type-only, and the pure code it shares with the analyzer: the layout geometry and the wording (what a report could not see, how a score is printed); nothing else of the analyzer is bundled into it.',
      severity: 'error',
      from: { path: '^viewer/src/' },
      to: { path: '^analyzer/', pathNot: SHARED, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'viewer-types-come-from-the-schema',
      severity: 'error',
      from: { path: '^viewer/' },
      to: { path: '^analyzer/', pathNot: '^analyzer/report/(schema|layout|wording|upgrade|heat)/' },
    },
    {
      name: 'shared-code-is-pure',
      comment: 'analyzer/report/layout/ and analyzer/report/wording/ run in the browser too: no Node built-ins, nothing outside the two but the report type, type-only, and core/grouped.ts (the one number formatter, Intl only).',
      severity: 'error',
      from: { path: SHARED },
      to: { pathNot: `${SHARED}|^analyzer/report/schema/|^analyzer/core/grouped\\.ts$` },
    },
    {
      name: 'shared-code-takes-only-the-report-type',
      severity: 'error',
      from: { path: SHARED },
      to: { path: '^analyzer/report/schema/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'virtual: modules are made by our own Vite plugins at build time; report-validator.cjs by scripts/write-validator.ts, into dist only.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:|^\\./report-validator\\.cjs$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|fixtures/build|test-output)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.json'] },
  },
};
