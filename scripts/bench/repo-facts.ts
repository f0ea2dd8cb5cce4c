import { execFileSync } from 'node:child_process';

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

export interface RepoFacts {
  sourceFiles: number;
  commits: number;
  /** top-level files and directories holding tracked TS/JS sources: what depcruise is pointed at */
  sourceRoots: string[];
}

export function repoFacts(repoDir: string): RepoFacts {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoDir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const files = git('ls-files', '-z').split('\0').filter((f) => SOURCE.test(f) && !f.split('/').includes('node_modules'));
  const roots = new Set(files.map((f) => f.split('/')[0]!));
  return { sourceFiles: files.length, commits: Number(git('rev-list', '--count', 'HEAD').trim()), sourceRoots: [...roots].sort() };
}
