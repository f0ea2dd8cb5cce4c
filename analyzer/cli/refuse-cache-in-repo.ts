import { cacheDirContainer } from '../incremental/store/location.js';
import { UsageError } from './usage-error.js';

/**
 * blastmap writes nothing into the repository it analyzes, its cache included; outside git, the
 * analyzed directory is what it reads, so the same holds for it, and the message says "directory".
 */
export async function refuseCacheInRepo(cacheDir: string | null, repo: string): Promise<void> {
  const inside = cacheDir === null ? null : await cacheDirContainer(cacheDir, repo);
  if (inside !== null)
    throw new UsageError(`the cache folder ${cacheDir} is inside the analyzed ${inside.git ? 'repository' : 'directory'} ${inside.root}; pick another with --cache-dir, or use --no-cache`);
}
