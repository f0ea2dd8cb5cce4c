import { cacheDirInsideRepo } from '../incremental/store/location.js';
import { UsageError } from './usage-error.js';

/** blastmap writes nothing into the repository it analyzes, its cache included. */
export async function refuseCacheInRepo(cacheDir: string | null, repo: string): Promise<void> {
  if (cacheDir !== null && (await cacheDirInsideRepo(cacheDir, repo)))
    throw new UsageError(`the cache folder ${cacheDir} is inside the analyzed repository; pick another with --cache-dir, or use --no-cache`);
}
