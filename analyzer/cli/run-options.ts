import type { AnalyzeOptions } from '../core/options.js';
import type { ConfigFile } from '../core/options-schema.js';
import { mergeOptions } from '../core/options.js';
import { loadConfig } from './load-config.js';
import { refuseCacheInRepo } from './refuse-cache-in-repo.js';
import { refuseGitDir } from './refuse-git-dir.js';

/** What every command that analyzes a repository was given: where, which config, and the flags. */
export interface RunRequest {
  repo: string;
  configFile: string | null;
  quiet: boolean;
  flags: Partial<AnalyzeOptions>;
}

/**
 * The options of a run, checked the same way for analyze, codeowners and review: the path is not
 * a git folder itself, the config file is read (its notice printed unless quiet), the flags win
 * over it, and the cache folder is not inside the analyzed repository. Bad input throws UsageError.
 * The config comes back too, for the keys that are not analysis options (review's gate).
 */
export async function runOptions(request: RunRequest): Promise<{ options: AnalyzeOptions; config: ConfigFile }> {
  await refuseGitDir(request.repo);
  const { config, notice } = loadConfig(request.repo, request.configFile);
  if (notice !== null && !request.quiet) process.stderr.write(`blastmap: ${notice}\n`);
  const options = mergeOptions(config, request.flags);
  await refuseCacheInRepo(options.cacheDir, request.repo);
  return { options, config };
}
