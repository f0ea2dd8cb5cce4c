import { COMMIT_ID, gitOk, gitReason, runGit } from '../core/git.js';
import { ReviewInputError } from './review-input-error.js';

/** The change a pull request shows: head against the merge-base of base and head. */
export interface ReviewRange {
  /** the refs as given, for messages */
  baseRef: string;
  headRef: string;
  base: string;
  head: string;
  mergeBase: string;
  /** the commit checked out (HEAD), or null in a repository without one */
  checkedOut: string | null;
}

/** A ref git would read as an option, or with a NUL or a newline, is refused before git sees it. */
function checkRefText(label: string, ref: string): void {
  if (ref.length === 0) throw new ReviewInputError(`${label} is empty`);
  if (/[\0\n\r]/.test(ref)) throw new ReviewInputError(`${label} holds a newline or NUL, which no git ref can`);
}

async function commitOf(dir: string, label: string, ref: string): Promise<string> {
  checkRefText(label, ref);
  // --end-of-options: a ref that starts with '-' is a ref, never an option
  const result = await runGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const sha = result.stdout.toString('utf8').trim();
  if (result.exitCode !== 0 || !COMMIT_ID.test(sha)) {
    const shallow = await isShallow(dir);
    const hint = shallow ? '; this is a shallow clone: fetch the full history (actions/checkout with fetch-depth: 0)' : '; fetch it first (git fetch origin <branch>) or name an existing branch, tag or commit';
    throw new ReviewInputError(`${label} ${JSON.stringify(ref)} names no commit in this repository${hint}`);
  }
  return sha;
}

async function isShallow(dir: string): Promise<boolean> {
  const result = await runGit(dir, ['rev-parse', '--is-shallow-repository']);
  return result.exitCode === 0 && result.stdout.toString('utf8').trim() === 'true';
}

/** A promise's outcome, to be taken (or thrown) later, in the caller's order. */
async function settle<T>(promise: Promise<T>): Promise<() => T> {
  try {
    const value = await promise;
    return () => value;
  } catch (error) {
    return () => {
      throw error;
    };
  }
}

/** Resolves base and head to commits and finds their merge-base; every failure is one clear line. */
export async function resolveRange(dir: string, baseRef: string, headRef: string): Promise<ReviewRange> {
  const inside = await runGit(dir, ['rev-parse', '--is-inside-work-tree']);
  if (inside.exitCode !== 0 || inside.stdout.toString('utf8').trim() !== 'true') throw new ReviewInputError(`${dir} is not inside a git work tree: a review compares two commits`);
  // independent questions, asked side by side; when both refs are bad, --base is the one named
  const [baseAsked, headAsked, headOut] = await Promise.all([settle(commitOf(dir, '--base', baseRef)), settle(commitOf(dir, '--head', headRef)), runGit(dir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])]);
  const base = baseAsked();
  const head = headAsked();
  const checkedOut = headOut.exitCode === 0 ? headOut.stdout.toString('utf8').trim() : null;
  const found = await runGit(dir, ['merge-base', '--end-of-options', base, head]);
  const mergeBase = found.stdout.toString('utf8').trim().split('\n')[0] ?? '';
  if (found.exitCode !== 0 || !COMMIT_ID.test(mergeBase)) {
    if (found.exitCode !== null && found.exitCode > 1) throw new ReviewInputError(`git merge-base failed: ${gitReason(found.stderr)}`);
    if (await isShallow(dir))
      throw new ReviewInputError(`no merge-base of ${JSON.stringify(baseRef)} and ${JSON.stringify(headRef)} in this shallow clone: fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)`);
    throw new ReviewInputError(`${JSON.stringify(baseRef)} and ${JSON.stringify(headRef)} have no common ancestor (unrelated histories): there is no change between them to review`);
  }
  return { baseRef, headRef, base, head, mergeBase, checkedOut };
}

/** The repository's top folder relative to `dir` ('' at the top), as git prints it. */
export async function prefixOf(dir: string): Promise<string> {
  return (await gitOk(dir, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
}

/** A file's text at a commit (`git cat-file blob <commit>:<path>`, no filter), or null when the commit has no such file. */
export async function fileAtCommit(dir: string, commit: string, path: string): Promise<string | null> {
  const result = await runGit(dir, ['cat-file', 'blob', `${commit}:./${path}`]);
  return result.exitCode === 0 ? result.stdout.toString('utf8') : null;
}
