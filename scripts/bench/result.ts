export interface BenchResult {
  name: string;
  date: string;
  repoDir: string;
  /** loadAvg1: 1-minute load average when the run started; other work on the machine skews timings */
  host: { cpus: number; node: string; loadAvg1: number };
  repo: { sourceFiles: number; commits: number };
  synthetic: { modules: number; commits: number; seed: number; generateMs: number | null } | null;
  gitLog: { ms: number; peakRssKb: number | null; outputBytes: number; exitCode: number | null };
  depcruise: { ok: boolean; ms: number; peakRssKb: number | null; modules: number | null; error: string | null; exclude: string | null };
  blastmap: {
    mode: 'analyze' | 'graph';
    ok: boolean;
    /** what the ratio uses: the built CLI's whole run (start-up and outputs included), else the runner's time inside the child */
    totalMs: number | null;
    /** the child's whole life, including node start-up (and TS compilation by tsx for the runner) */
    wallMs: number;
    phases: Record<string, number>;
    peakRssKb: number | null;
    modules: number | null;
    edges: number | null;
    error: string | null;
  };
  /** --viewer N: time from opening a generated N-module report.html to a working click */
  viewer: { ok: boolean; modules: number; htmlBytes: number | null; openToInteractiveMs: number | null; error: string | null } | null;
  /** measured in the bench's own process on generated input: the layout of N modules, and what readSource holds for a file over the size cap */
  inProcess: { layout: { modules: number; ms: number }; sizeCap: { fileBytes: number; arrayBuffersKb: number } };
  /** the same cold CLI run with --trend (24 monthly points): its trend phase, and that phase over the plain run's total (target ≤ 3) */
  trend?: { ok: boolean; trendMs: number | null; wallMs: number; vsColdAnalyze: number | null; error: string | null } | null;
  ratios: { graphVsDepcruise: number | null; totalVsFloor: number | null };
}
