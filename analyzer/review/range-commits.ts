import { gitOk } from '../core/git.js';
import type { AiMatch } from '../history/classify-commit.js';
import { classifyCommit } from '../history/classify-commit.js';
import type { MarkerRules } from '../history/marker-rules.js';
import type { AuthorKind } from '../history/model.js';
import type { ReviewRange } from './git-range.js';

/** One non-merge commit of merge-base..head. */
export interface RangeCommit {
  sha: string;
  /** after .mailmap */
  name: string;
  email: string;
  kind: AuthorKind;
  ai: AiMatch[];
  message: string;
  /** the files it touched, relative to the analyzed folder */
  files: string[];
}

const F = '\x1f';
// a record starts with RS and a full object name: a message that holds RS cannot start one
const RECORD = /\x1e(?=[0-9a-f]{40,64}\x1f)/;

/** The range's non-merge commits with their files and AI markers (history/classify-commit.ts, the rules of the analysis). */
export async function rangeCommits(dir: string, range: Pick<ReviewRange, 'mergeBase' | 'head'>, rules: MarkerRules): Promise<RangeCommit[]> {
  const format = `%x1e%H${F}%aN${F}%aE${F}%an${F}%ae${F}%cN${F}%cE${F}%B${F}`;
  const out = await gitOk(dir, ['log', '--no-merges', '--no-renames', '--relative', '-z', '--name-only', `--format=${format}`, '--end-of-options', `${range.mergeBase}..${range.head}`, '--'], { timeoutMs: 600_000 });
  const commits: RangeCommit[] = [];
  for (const record of out.toString('utf8').split(RECORD)) {
    const fields: string[] = [];
    let at = 0;
    for (let i = 0; i < 7; i += 1) {
      const next = record.indexOf(F, at);
      if (next < 0) break;
      fields.push(record.slice(at, next));
      at = next + 1;
    }
    if (fields.length < 7) continue;
    const end = record.lastIndexOf(F);
    const message = record.slice(at, end);
    const files = record
      .slice(end + 1)
      .split('\0')
      .map((f) => f.replace(/^\n+/, ''))
      .filter((f) => f.length > 0);
    const [sha = '', aName = '', aEmail = '', rawName = '', rawEmail = '', cName = '', cEmail = ''] = fields;
    const verdict = classifyCommit({ author: { name: aName, email: aEmail }, rawAuthor: { name: rawName, email: rawEmail }, committer: { name: cName, email: cEmail } }, message, rules);
    commits.push({ sha, name: aName, email: aEmail, kind: verdict.authorKind, ai: verdict.ai, message, files });
  }
  return commits;
}
