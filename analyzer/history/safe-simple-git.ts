import { simpleGit, type SimpleGit } from 'simple-git';
import { gitArgs, gitEnv } from '../core/git.js';

/**
 * simple-git configured with exactly the hardening of core/git.ts: the same `-c` pins and the
 * same sanitized environment. simple-git refuses to pass some of those keys unless told they are
 * intended; here they are, because they switch the dangerous features off.
 */
function safeConfig(): string[] {
  const args = gitArgs([]);
  const pairs: string[] = [];
  args.forEach((arg, i) => {
    const value = args[i + 1];
    if (arg === '-c' && value !== undefined) pairs.push(value);
  });
  return pairs;
}

/** Inherited variables simple-git refuses (they could start programs); git never needs them here. */
const DROPPED_ENV = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX']);

function simpleGitEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(gitEnv()).filter(([key]) => !DROPPED_ENV.has(key.toUpperCase())));
}

export function safeSimpleGit(baseDir: string, timeoutMs = 30_000): SimpleGit {
  return simpleGit({
    baseDir,
    config: safeConfig(),
    timeout: { block: timeoutMs },
    unsafe: {
      allowUnsafeFsMonitor: true,
      allowUnsafeHooksPath: true,
      allowUnsafeDiffExternal: true,
      allowUnsafeProtocolOverride: true,
      allowUnsafePager: true,
      allowUnsafeAskPass: true,
    },
  }).env(simpleGitEnv());
}
