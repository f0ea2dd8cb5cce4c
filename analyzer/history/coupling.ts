import { compareText } from '../core/compare-text.js';
import type { CoChange } from './model.js';
import { PairCounts } from './pair-counts.js';

export interface CouplingThresholds {
  minTogether: number;
  minConfidence: number;
  maxFilesPerCommit: number;
}

/**
 * Counts how often pairs of files change in the same commit, as code-maat does: commits that
 * touch more than `maxFilesPerCommit` files are left out (mass renames, formatting, vendoring).
 * Pair counts live in one table keyed by two small integers. When it outgrows `maxPairs`, pairs
 * seen only once so far are dropped (then twice, ...): a dropped pair that recurs is counted
 * from zero again, so a reported `together` can only be too low, by at most `pruneFloor`.
 */
export class CouplingCounter {
  private readonly ids = new Map<string, number>();
  private readonly paths: string[] = [];
  private readonly revisions: number[] = [];
  private readonly pairs = new PairCounts();
  private commits = 0;
  pruneFloor = 0;

  constructor(
    private readonly thresholds: CouplingThresholds,
    private readonly maxPairs = 2_000_000,
  ) {}

  private idOf(path: string): number {
    let id = this.ids.get(path);
    if (id === undefined) {
      id = this.paths.length;
      this.ids.set(path, id);
      this.paths.push(path);
      this.revisions.push(0);
    }
    return id;
  }

  /** One commit's files (current paths, each once). */
  addCommit(files: readonly string[]): void {
    if (files.length === 0 || files.length > this.thresholds.maxFilesPerCommit) return;
    this.commits++;
    const ids = files.map((file) => this.idOf(file)).sort((x, y) => x - y);
    for (const id of ids) this.revisions[id] = (this.revisions[id] ?? 0) + 1;
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) this.pairs.add(ids[i] as number, ids[j] as number);
    if (this.pairs.size > this.maxPairs) this.prune();
  }

  private prune(): void {
    while (this.pairs.size > this.maxPairs / 2) {
      this.pruneFloor++;
      this.pairs.dropAtMost(this.pruneFloor);
    }
  }

  /** commits that took part (1..maxFilesPerCommit files): the support denominator */
  get commitsCounted(): number {
    return this.commits;
  }

  /**
   * support = together / commits counted; confidence = together / revisions of the less often
   * changed file, i.e. the stronger direction of the rule "when one changes, the other does".
   */
  result(): CoChange[] {
    const out: CoChange[] = [];
    for (const [a, b, together] of this.pairs.entries()) {
      if (together < this.thresholds.minTogether) continue;
      const confidence = together / Math.min(this.revisions[a] ?? 0, this.revisions[b] ?? 0);
      if (confidence < this.thresholds.minConfidence) continue;
      out.push({ a: this.paths[a] as string, b: this.paths[b] as string, together, support: together / this.commits, confidence });
    }
    const ordered = out.map((pair) => (pair.a <= pair.b ? pair : { ...pair, a: pair.b, b: pair.a }));
    return ordered.sort((x, y) => y.together - x.together || y.confidence - x.confidence || compareText(x.a, y.a) || compareText(x.b, y.b));
  }
}
