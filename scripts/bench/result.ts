export interface BenchResult {
  name: string;
  date: string;
  repoDir: string;
  /** loadAvg1: 1-minute load average when the run started; other work on the machine skews timings */
  host: { cpus: number; node: string; loadAvg1: number };
  repo: { sourceFiles: number; commits: number };
  synthetic: { modules: number; commits: number; seed: number; generateMs: number | null } | null;
  gitLog: { ms: number; peakRssKb: number | null; outputBytes: number; exitCode: number | null };
  depcruise: { ok: boolean; ms: number; peakRssKb: number | null; modules: number | null; error: string | null };
  blastmap: {
    mode: 'analyze' | 'graph';
    ok: boolean;
    /** inside the child, after loading the code */
    totalMs: number | null;
    /** the child's whole life, including node start-up and TS compilation by tsx */
    wallMs: number;
    phases: Record<string, number>;
    peakRssKb: number | null;
    modules: number | null;
    edges: number | null;
    error: string | null;
  };
  ratios: { graphVsDepcruise: number | null; totalVsFloor: number | null };
}
