import type { ConfigFile, FamiliarityScoreWeights, ScoreWeights } from './options-schema.js';

export interface AiMarkerRule {
  tool: string;
  field: 'name' | 'email' | 'trailer-key' | 'subject' | 'body-line';
  pattern: string;
}

/** Everything a run depends on; recorded in report.options so a report can be reproduced. */
export interface AnalyzeOptions {
  out: string;
  since: string | null;
  now: string | null;
  activityDays: number;
  maxFileBytes: number;
  exclude: string[];
  testPatterns: string[];
  /** globs of example code (examples, demos, playgrounds, docs sites): in the graph, out of blast radius, centrality and the truck factor */
  examplePatterns: string[];
  /** globs of developer tooling (build and release scripts, benchmarks, code generators): same treatment as examples */
  toolingPatterns: string[];
  /** merge humans who commit under the same full name from several addresses (report contract, "People") */
  mergeSameName: boolean;
  betweennessExactUpTo: number;
  betweennessSamples: number;
  top: number;
  anonymize: boolean;
  aiMarkers: AiMarkerRule[];
  botPatterns: string[];
  coupling: { minTogether: number; minConfidence: number; maxFilesPerCommit: number };
  score: { weights: ScoreWeights; levels: { medium: number; high: number; critical: number }; familiarity: FamiliarityScoreWeights };
  /** people to count as gone at "now" (`--leaving`): author ids, names or emails; the report lists their author ids */
  leaving: string[];
  /** CODEOWNERS owners (`@login`, `@org/team`, email) -> the people they are: author ids, names or emails */
  declaredOwners: Record<string, string | string[]>;
  /**
   * where earlier runs are remembered (see analyzer/incremental); null: no cache. The CLI defaults it to
   * $XDG_CACHE_HOME/blastmap; a machine-local path, so it is left out of report.options.
   */
  cacheDir: string | null;
  /** fill report.trend (analyzer/trend): one true report's figures per month end, or every `trendEvery` days */
  trend: boolean;
  trendEvery: number | null;
}

/** The options as the report gives them: where a run writes (its outputs, its cache folder) changes no figure. */
export type ReportedOptions = Omit<AnalyzeOptions, 'cacheDir' | 'out'>;

export const DEFAULT_TEST_PATTERNS = [
  '**/*.{test,spec}.{ts,tsx,mts,cts,js,jsx,mjs,cjs}',
  '**/*.{test,spec}-d.{ts,tsx}',
  '**/*.e2e.{ts,tsx,js,jsx}',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/{test,tests,spec,specs,e2e,__fixtures__,test-utils}/**',
];

/**
 * Example code: Linguist's documentation rules (docs/, examples/, samples/, demo/) and common
 * layouts (playgrounds, storybook stories, docs sites' code). See docs/graph.md, "What kind of code a module is".
 */
export const DEFAULT_EXAMPLE_PATTERNS = [
  '**/{example,examples,Example,Examples,sample,samples,Sample,Samples,demo,demos,Demo,Demos}/**',
  '**/{playground,playgrounds,sandbox,sandboxes,storybook,stories,.storybook,showcase}/**',
  '{doc,docs,Doc,Docs,documentation,Documentation,website,docs-site,apps/docs}/**',
  '**/*.{stories,story,example,examples,demo}.{ts,tsx,mts,cts,js,jsx,mjs,cjs}',
];

/** Developer tooling: build and release scripts, benchmarks, code generators, repository config. */
export const DEFAULT_TOOLING_PATTERNS = [
  '{script,scripts,tools,tooling,build,.github,.husky,.changeset,.config}/**',
  '**/{benchmark,benchmarks,bench,benches,perf}/**',
  '**/*.{bench,benchmark}.{ts,tsx,mts,cts,js,jsx,mjs,cjs}',
  '**/{Gruntfile,gruntfile,Gulpfile,gulpfile,Jakefile,jakefile}.{js,cjs,mjs,ts,coffee}',
  '**/{webpack,rollup,vite,vitest,jest,babel,karma,eslint,prettier,tsup,esbuild,playwright,cypress,postcss,tailwind,commitlint,lint-staged,stylelint,svelte,astro,nuxt,next}.config.{ts,mts,cts,js,mjs,cjs}',
  '**/{.eslintrc,.prettierrc,.babelrc,.mocharc,.lintstagedrc}.{js,cjs,mjs,ts}',
];

export const DEFAULT_OPTIONS: AnalyzeOptions = {
  out: 'blastmap-report',
  since: null,
  now: null,
  activityDays: 180,
  maxFileBytes: 1024 * 1024,
  exclude: [],
  testPatterns: DEFAULT_TEST_PATTERNS,
  examplePatterns: DEFAULT_EXAMPLE_PATTERNS,
  toolingPatterns: DEFAULT_TOOLING_PATTERNS,
  mergeSameName: true,
  // exact betweenness up to this many modules, sampled above: the measured cost is in docs/graph.md
  betweennessExactUpTo: 10000,
  betweennessSamples: 512,
  top: 15,
  anonymize: false,
  aiMarkers: [],
  botPatterns: [],
  coupling: { minTogether: 5, minConfidence: 0.5, maxFilesPerCommit: 50 },
  score: {
    weights: { blastRadius: 0.3, centrality: 0.1, noActiveAuthor: 0.2, knowledgeLoss: 0.15, aiShare: 0.1, churn: 0.15 },
    levels: { medium: 0.35, high: 0.55, critical: 0.75 },
    familiarity: { fluent: 0.5, reviewing: 0.5 },
  },
  leaving: [],
  declaredOwners: {},
  cacheDir: null,
  trend: false,
  trendEvery: null,
};

/** Config file over defaults, then CLI flags over both. */
export function mergeOptions(config: ConfigFile, flags: Partial<AnalyzeOptions>): AnalyzeOptions {
  const base = DEFAULT_OPTIONS;
  const fromConfig: AnalyzeOptions = {
    ...base,
    ...stripUndefined({
      since: config.since,
      now: config.now,
      activityDays: config.activityDays,
      maxFileBytes: config.maxFileBytes,
      exclude: config.exclude,
      testPatterns: config.testPatterns,
      examplePatterns: config.examplePatterns,
      toolingPatterns: config.toolingPatterns,
      mergeSameName: config.mergeSameName,
      betweennessExactUpTo: config.betweennessExactUpTo,
      betweennessSamples: config.betweennessSamples,
      top: config.top,
      anonymize: config.anonymize,
      aiMarkers: config.aiMarkers,
      botPatterns: config.botPatterns,
      declaredOwners: config.declaredOwners,
    }),
    coupling: { ...base.coupling, ...stripUndefined(config.coupling ?? {}) },
    score: {
      weights: { ...base.score.weights, ...stripUndefined(config.score?.weights ?? {}) },
      levels: { ...base.score.levels, ...stripUndefined(config.score?.levels ?? {}) },
      familiarity: { ...base.score.familiarity, ...stripUndefined(config.score?.familiarity ?? {}) },
    },
  };
  return { ...fromConfig, ...stripUndefined(flags) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
