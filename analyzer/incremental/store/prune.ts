import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface PruneLimits {
  /** a repository's entries unused for this long go */
  maxAgeMs: number;
  /** and the least recently used go while the whole cache is larger */
  maxBytes: number;
}

const DEFAULT_PRUNE_LIMITS: PruneLimits = { maxAgeMs: 30 * 86_400_000, maxBytes: 2 * 1024 ** 3 };

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

/** Removes other repositories' folders (only folders named as this cache names them) by age, then by size. */
export function pruneCache(reposDir: string, keep: string, limits: PruneLimits = DEFAULT_PRUNE_LIMITS, now = Date.now()): void {
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
