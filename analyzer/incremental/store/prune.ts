import { readdirSync, rmSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

interface PruneLimits {
  /** a repository's entries unused for this long go */
  maxAgeMs: number;
  /** and the least recently used go while the whole cache is larger */
  maxBytes: number;
  /** a temporary file (a write that a killed run left half done) older than this goes */
  maxTemporaryAgeMs: number;
}

const DEFAULT_PRUNE_LIMITS: PruneLimits = { maxAgeMs: 30 * 86_400_000, maxBytes: 2 * 1024 ** 3, maxTemporaryAgeMs: 3_600_000 };

/** core/atomic-file.ts names a write in progress `<name>.<pid>.<random>.tmp`. */
const TEMPORARY = /\.\d+\.[0-9a-f]+\.tmp$/;

/** Removes the temporary files a run killed while writing left in `dir` and the folders in it; a live run's are newer. */
function removeStaleTemporaries(dir: string, olderThan: number): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removeStaleTemporaries(path, olderThan);
    else if (entry.isFile() && TEMPORARY.test(entry.name)) {
      try {
        if (statSync(path).mtimeMs < olderThan) rmSync(path, { force: true });
      } catch {
        // gone meanwhile
      }
    }
  }
}

const REPO_DIR = /^[0-9a-f]{24}$/;

interface Usage {
  bytes: number;
  /** newest mtime of anything inside: when the entry was last written or read */
  used: number;
}

function usageOf(dir: string): Usage {
  const usage: Usage = { bytes: 0, used: 0 };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return usage;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      const inner = stat.isDirectory() ? usageOf(path) : { bytes: stat.size, used: stat.mtimeMs };
      usage.bytes += inner.bytes;
      usage.used = Math.max(usage.used, inner.used, stat.mtimeMs);
    } catch {
      // removed meanwhile by another run
    }
  }
  return usage;
}

/** Removes other repositories' folders (only folders named as this cache names them) by age, then by size, and this one's stale temporary files. */
export function pruneCache(reposDir: string, keep: string, limits: PruneLimits = DEFAULT_PRUNE_LIMITS, now = Date.now()): void {
  removeStaleTemporaries(join(reposDir, keep), now - limits.maxTemporaryAgeMs);
  let names: string[];
  try {
    names = readdirSync(reposDir).filter((name) => REPO_DIR.test(name));
  } catch {
    return;
  }
  const entries = names.map((name) => ({ name, ...usageOf(join(reposDir, name)) })).sort((a, b) => a.used - b.used);
  let total = entries.reduce((sum, e) => sum + e.bytes, 0);
  for (const entry of entries) {
    if (entry.name === keep) continue;
    if (now - entry.used <= limits.maxAgeMs && total <= limits.maxBytes) continue;
    rmSync(join(reposDir, entry.name), { recursive: true, force: true });
    total -= entry.bytes;
  }
}

/**
 * Review trees (`<cache>/review-trees/<key>/` with `<key>.manifest.json` beside it, one per analyzed
 * folder) other than `keep` that no review has written for `maxAgeMs` go. Kept apart from the
 * `repos/` entries on purpose: a tree holds a repository's files, and weighing it file by file on
 * every run would cost more than the run's own cache reads. The manifest is rewritten by every
 * review, so its time says when the tree was last used.
 */
export function pruneReviewTrees(treesDir: string, keep: string, maxAgeMs = DEFAULT_PRUNE_LIMITS.maxAgeMs, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(treesDir).filter((name) => REPO_DIR.test(name) && name !== keep);
  } catch {
    return;
  }
  for (const name of names) {
    const manifest = join(treesDir, `${name}.manifest.json`);
    let used = 0;
    try {
      used = statSync(manifest).mtimeMs;
    } catch {
      // no manifest: a review cut short, or one that never finished; the folder's own time decides
      try {
        used = statSync(join(treesDir, name)).mtimeMs;
      } catch {
        continue;
      }
    }
    if (now - used <= maxAgeMs) continue;
    rmSync(manifest, { force: true });
    rmSync(join(treesDir, name), { recursive: true, force: true });
  }
}
