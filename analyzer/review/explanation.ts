/**
 * Whether a text explains a change: it has a section under the configured heading (default
 * `## Why`) with something in it. In a pull request body the section runs to the next heading of
 * the same or a higher level; HTML comments (what a pull request template leaves as a prompt) do
 * not count as content. Commit messages usually lose `#` lines (git's default cleanup), so in a
 * commit message a paragraph that starts with the heading's words, with or without the `#`s and
 * with or without a colon (`Why:`), counts as well.
 */
export const DEFAULT_EXPLANATION_HEADING = '## Why';

const headingLevel = (line: string): number => /^(#{1,6})\s/.exec(line)?.[1]?.length ?? 0;
const stripComments = (text: string): string => text.replace(/<!--[\s\S]*?(-->|$)/g, '');

export function bodyExplains(body: string, heading: string): boolean {
  const want = heading.trim().toLowerCase();
  const level = headingLevel(heading.trim()) || 7;
  const lines = stripComments(body).split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i += 1) {
    if ((lines[i] as string).trim().toLowerCase().replace(/\s+#+$/, '') !== want) continue;
    for (let j = i + 1; j < lines.length; j += 1) {
      const line = (lines[j] as string).trim();
      const nested = headingLevel(line);
      if (nested > 0 && nested <= level) break;
      if (line.length > 0) return true;
    }
  }
  return false;
}

export function commitExplains(message: string, heading: string): boolean {
  if (bodyExplains(message, heading)) return true;
  const words = heading.trim().replace(/^#+\s*/, '').toLowerCase();
  if (words.length === 0) return false;
  const paragraphs = message.split(/(?:\r?\n){2,}/);
  for (const paragraph of paragraphs) {
    const lines = paragraph.trim().split(/\r?\n/);
    const first = (lines[0] ?? '').trim().toLowerCase();
    if (first === words || first === `${words}:`) {
      if (lines.slice(1).some((l) => l.trim().length > 0)) return true;
    } else if (first.startsWith(`${words}:`) && first.slice(words.length + 1).trim().length > 0) return true;
  }
  return false;
}
