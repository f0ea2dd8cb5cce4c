import { md } from '../../report/markdown-escape.js';
import { count } from '../../report/wording/count.js';
import { byImportance, type ReviewFinding } from '../gate.js';
import type { ReviewJson } from '../index.js';

/** GitHub's limit on a comment's body is 65,536 characters; the comment stays under this, closing tags included. */
export const COMMENT_BUDGET = 60_000;
const SHOWN_FINDINGS = 15;
const LEVEL_WORD = { error: 'error', warning: 'warning', note: 'note' } as const;

/** Lines added while they fit the budget; what does not fit is counted in one closing line. */
class Budget {
  readonly lines: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  fits(line: string): boolean {
    return this.used + line.length + 1 <= this.limit;
  }
  add(line: string): boolean {
    if (!this.fits(line)) return false;
    this.lines.push(line);
    this.used += line.length + 1;
    return true;
  }
  /** items as lines until the budget (less what must follow) runs out, then "and N more" */
  list(items: readonly string[], reserve: number, more: (left: number) => string): void {
    for (let i = 0; i < items.length; i += 1) {
      if (this.used + (items[i] as string).length + 1 + reserve + 200 > this.limit) {
        this.add(more(items.length - i));
        return;
      }
      this.add(items[i] as string);
    }
  }
}

const code = (text: string): string => `<code>${md(text)}</code>`;

/**
 * A finding's sentence, whose backticks mark paths and names for every format: here they become
 * <code> spans. Each piece is escaped on its own, so a path that holds a backtick only shifts the
 * spans, never lets text out of them.
 */
function sentence(message: string): string {
  const pieces = message.split('`');
  if (pieces.length % 2 === 0) return md(message);
  return pieces.map((piece, i) => (i % 2 === 1 ? code(piece) : md(piece))).join('');
}

function findingLine(f: ReviewFinding): string {
  const known = f.baseline ? ' (in the baseline: does not fail the gate)' : '';
  return `- **${LEVEL_WORD[f.level]}** ${code(f.rule)} at ${code(f.path)}: ${sentence(f.message)}${known}`;
}

/** The review as a pull-request comment: verdict and findings first, the long lists folded in `<details>`. */
export function reviewMarkdown(review: ReviewJson, findings: readonly ReviewFinding[], budget = COMMENT_BUDGET): string {
  const out = new Budget(budget);
  const verdict = review.gate.passed ? 'passed' : `failed (${review.gate.failed.map(code).join(', ')})`;
  out.add(`## blastmap review: gate ${verdict}`);
  out.add('');
  out.add(
    `Change ${code(review.base.ref)}...${code(review.head.ref)} (merge-base ${code(review.base.mergeBase.slice(0, 12))}, head ${code(review.head.commit.slice(0, 12))}): ` +
      `${count(review.changed.length, 'TS/JS file')} changed, ${count(review.affected.length, 'source module')} depending on them, ` +
      `${count(review.commits.total, 'commit')} of which ${review.commits.aiAssisted} AI-assisted. ` +
      (review.explanation === null ? 'No explanation section was found.' : `Explanation found in ${md(review.explanation)}.`),
  );
  out.add('');
  const ordered = byImportance(findings);
  if (ordered.length === 0) out.add('No findings.');
  else {
    out.add(`### Findings (${ordered.length})`);
    out.add('');
    const first = ordered.slice(0, SHOWN_FINDINGS).map(findingLine);
    out.list(first, 2000, (left) => `- and ${left} more (see the JSON or SARIF output)`);
    if (ordered.length > SHOWN_FINDINGS) {
      out.add('');
      out.add(`<details><summary>${ordered.length - SHOWN_FINDINGS} more findings</summary>`);
      out.add('');
      out.list(ordered.slice(SHOWN_FINDINGS).map(findingLine), 1500, (left) => `- and ${left} more (see the JSON or SARIF output)`);
      out.add('');
      out.add('</details>');
    }
  }
  out.add('');
  const ask = [
    ...review.ask.modules.map((a) => `- ${code(a.path)}: ${asked(a.authors, a.declared)}`),
    ...review.ask.areas.map((a) => `- area ${code(a.path)} (affected): ${asked(a.authors, a.declared)}`),
  ];
  fold(out, `Who to ask (${ask.length})`, ask, 1000);
  fold(out, `Changed files (${review.changed.length})`, review.changed.map((c) => `- ${c.status} ${code(c.path)}${c.from === null ? '' : ` from ${code(c.from)}`}`), 600);
  fold(out, `Depending on the change (${review.affected.length})`, review.affected.map((p) => `- ${code(p)}`), 200);
  return `${out.lines.join('\n')}\n`;
}

function asked(authors: readonly string[], declared: readonly string[]): string {
  const parts: string[] = [];
  parts.push(authors.length > 0 ? `active authors ${authors.map(md).join(', ')}` : 'no active author');
  if (declared.length > 0) parts.push(`declared owners ${declared.map(md).join(', ')}`);
  return parts.join('; ');
}

function fold(out: Budget, summary: string, items: readonly string[], reserve: number): void {
  if (items.length === 0 || !out.fits(`<details><summary>${summary}</summary>`)) return;
  out.add(`<details><summary>${md(summary)}</summary>`);
  out.add('');
  out.list(items, reserve, (left) => `- and ${left} more`);
  out.add('');
  out.add('</details>');
  out.add('');
}
