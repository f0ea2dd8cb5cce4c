import type { ConfigFile, ScoreWeights } from './options-schema.js';

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
  betweennessExactUpTo: number;
  betweennessSamples: number;
  top: number;
  anonymize: boolean;
  aiMarkers: AiMarkerRule[];
  botPatterns: string[];
  coupling: { minTogether: number; minConfidence: number; maxFilesPerCommit: number };
  score: { weights: ScoreWeights; levels: { medium: number; high: number; critical: number } };
  /**
   * where earlier runs are remembered (see analyzer/incremental); null: no cache. The CLI defaults it to
   * $XDG_CACHE_HOME/blastmap; a machine-local path, so it is left out of report.options.
   */
  cacheDir: string | null;
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

export const DEFAULT_OPTIONS: AnalyzeOptions = {
  out: 'blastmap-report',
  since: null,
  now: null,
  activityDays: 180,
  maxFileBytes: 1024 * 1024,
  exclude: [],
  testPatterns: DEFAULT_TEST_PATTERNS,
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
  },
  cacheDir: null,
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
      betweennessExactUpTo: config.betweennessExactUpTo,
      betweennessSamples: config.betweennessSamples,
      top: config.top,
      anonymize: config.anonymize,
      aiMarkers: config.aiMarkers,
      botPatterns: config.botPatterns,
    }),
    coupling: { ...base.coupling, ...stripUndefined(config.coupling ?? {}) },
    score: {
      weights: { ...base.score.weights, ...stripUndefined(config.score?.weights ?? {}) },
      levels: { ...base.score.levels, ...stripUndefined(config.score?.levels ?? {}) },
    },
  };
  return { ...fromConfig, ...stripUndefined(flags) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
