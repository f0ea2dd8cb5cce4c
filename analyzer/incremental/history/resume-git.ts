import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { COMMIT_ID, runGit, splitNul } from '../../core/git.js';
import { digestOf } from '../keys.js';

async function text(repoDir: string, args: string[]): Promise<string | null> {
  const result = await runGit(repoDir, args);
  return result.exitCode === 0 ? result.stdout.toString('utf8').trim() : null;
}

/**
 * git log walks newest commit date first. With one commit per step from HEAD down to `base`, the
 * walk has a single choice at each step; with merges, `base` could be overtaken by an older
 * side-branch commit unless every new commit is strictly newer than `base`.
 */
async function continues(repoDir: string, base: string): Promise<boolean> {
  if (!COMMIT_ID.test(base)) return false;
  const [ancestor, listed, baseTime] = await Promise.all([
    runGit(repoDir, ['merge-base', '--is-ancestor', '--end-of-options', base, 'HEAD']),
    text(repoDir, ['rev-list', '--parents', '--timestamp', '--end-of-options', `${base}..HEAD`, '--']),
    text(repoDir, ['log', '-1', '--format=%ct', '--end-of-options', base, '--']),
  ]);
  if (ancestor.exitCode !== 0 || listed === null || baseTime === null) return false;
  return walkContinues(listed, base, Number(baseTime));
}

/**
 * The rule above on what git said: `listed` is `rev-list --parents --timestamp base..HEAD`,
 * `baseTime` base's committer date. (analyzer/trend asks it of points it knows to be ancestors.)
 */
export function walkContinues(listed: string, base: string, baseTime: number): boolean {
  const commits = listed.split('\n').filter(Boolean).map((line) => line.split(' '));
  const inRange = new Set(commits.map((parts) => parts[1]));
  const parentsKnown = commits.every((parts) => parts.slice(2).every((parent) => parent === base || inRange.has(parent)));
  const linear = commits.every((parts) => parts.length <= 3);
  const newer = commits.every((parts) => Number(parts[0]) > baseTime);
  return parentsKnown && (linear || newer);
}

/** Reads a regular file (never through a link), or '' when there is none. */
function fileText(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return '';
  }
  try {
    const stat = fstatSync(fd);
    return stat.isFile() && stat.size < 16 * 1024 * 1024 ? readFileSync(fd, 'utf8') : `${stat.size}:${stat.mtimeMs}`;
  } finally {
    closeSync(fd);
  }
}

/** A configured path as git reads it: `~/` is the home folder. */
function homePath(path: string): string {
  return path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}

/**
 * .mailmap, mailmap.file/blob and diff.* settings change names and rename detection in every old
 * commit; the attribute files (every tracked .gitattributes, info/attributes, the global one) can
 * make a file's line counts `-` in every old commit (`-diff`, `binary`).
 */
async function configId(repoDir: string): Promise<string> {
  const [dirsOut, settingsOut, attributesOut] = await Promise.all([
    text(repoDir, ['rev-parse', '--show-toplevel', '--path-format=absolute', '--git-common-dir']),
    text(repoDir, ['config', '--get-regexp', '^(mailmap|diff)\\.|^core\\.attributesfile$']),
    runGit(repoDir, ['ls-files', '-z', '--full-name', '--', ':(top,glob)**/.gitattributes']),
  ]);
  const [top = '', common = ''] = (dirsOut ?? '').split('\n');
  const settings = settingsOut ?? '';
  const parts = [settings, fileText(join(top, '.mailmap')), fileText(join(common, 'info', 'attributes'))];
  let globalAttributes = join(process.env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'git', 'attributes');
  for (const line of settings.split('\n')) {
    const [key = '', ...rest] = line.split(' ');
    const value = rest.join(' ');
    if (key === 'mailmap.file') parts.push(fileText(homePath(value)));
    if (key === 'mailmap.blob') parts.push((await text(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', value])) ?? '');
    if (key === 'core.attributesfile') globalAttributes = homePath(value);
  }
  parts.push(fileText(globalAttributes));
  if (attributesOut.exitCode === 0) for (const path of splitNul(attributesOut.stdout)) parts.push(path, fileText(join(top, path)));
  return digestOf(parts, 'hex');
}

/** What resuming from a snapshot asks of git. */
export interface ResumeGit {
  /**
   * true when reading `base..HEAD` newest first and then base's own history gives the commits in
   * exactly the order `git log HEAD` does (so every order-dependent figure comes out the same)
   */
  continues(base: string): Promise<boolean>;
  /** changes whenever something other than the commits changes what git log prints (.mailmap, diff config) */
  configId(): Promise<string>;
}

export function resumeGit(repoDir: string): ResumeGit {
  return {
    continues: (base) => continues(repoDir, base),
    configId: () => configId(repoDir),
  };
}
