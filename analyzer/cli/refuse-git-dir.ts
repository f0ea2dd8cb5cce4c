import { runGit } from '../core/git.js';
import { UsageError } from './usage-error.js';

/**
 * A bare repository, or a path inside a `.git` directory, has no working tree to read files
 * from; analyzing it as a plain folder would give an empty report that looks like a success.
 */
export async function refuseGitDir(repo: string): Promise<void> {
  const result = await runGit(repo, ['rev-parse', '--is-bare-repository', '--is-inside-git-dir']);
  if (result.exitCode !== 0) return; // not a repository: analyzed as a plain directory
  const [bare, insideGitDir] = result.stdout.toString('utf8').trim().split('\n');
  if (bare === 'true') throw new UsageError(`${repo} is a bare git repository (no working tree); analyze a clone or a worktree of it`);
  if (insideGitDir === 'true') throw new UsageError(`${repo} is inside a .git directory; analyze the working tree instead`);
}
