/**
 * The suggested CODEOWNERS change: one rule per riskiest area whose declared owners include no
 * active author, naming its active authors by degree of authorship, appended at the end of the
 * file (the last matching pattern wins, so appended rules take precedence), as a unified diff
 * `git apply` takes. A person is named by GitHub login when one is known (noreply address or the
 * `declaredOwners` config key), else by email.
 */
import { ownerKind } from '../graph/codeowners/parse.js';
import type { AreaScore } from '../score/model.js';
import type { OwnersFigures } from '../score/declared-owners.js';

/** at most this many areas get a rule; each rule names at most OWNERS_PER_RULE people */
export const SUGGESTED_AREAS = 10;
export const OWNERS_PER_RULE = 3;
export const DEFAULT_CODEOWNERS_PATH = '.github/CODEOWNERS';
const HEADER = '# Suggested by blastmap: the active authors (degree of authorship) of the riskiest areas';

export interface SuggestionInput {
  /** the CODEOWNERS path and text; null when the repository has none (a new file is proposed) */
  file: { path: string; text: string | null } | null;
  areas: readonly AreaScore[];
  areaOwners: ReadonlyMap<string, OwnersFigures>;
  /** author id -> GitHub login */
  loginOf: ReadonlyMap<string, string>;
  /** author id -> email */
  emailOf: ReadonlyMap<string, string>;
}

export interface Suggestion {
  path: string;
  patch: string;
  areas: string[];
  lines: string[];
}

export function suggestCodeowners(input: SuggestionInput): Suggestion {
  const path = input.file?.path ?? DEFAULT_CODEOWNERS_PATH;
  const rules: { area: string; line: string }[] = [];
  const ranked = input.areas
    .filter((a) => a.path !== '.' && a.risk.score !== null && a.risk.level !== 'low')
    .sort((a, b) => (b.risk.score ?? 0) - (a.risk.score ?? 0) || (a.path < b.path ? -1 : 1));
  for (const area of ranked) {
    if (rules.length >= SUGGESTED_AREAS) break;
    const owners = input.areaOwners.get(area.path);
    if (!owners || (owners.activeDeclared ?? 0) > 0) continue;
    const pattern = areaPattern(area.path);
    if (pattern === null) continue;
    const names = owners.suggested.map((id) => ownerName(id, input)).filter((n): n is string => n !== null).slice(0, OWNERS_PER_RULE);
    if (names.length === 0) continue;
    rules.push({ area: area.path, line: `${pattern} ${names.join(' ')}` });
  }
  // parents before children: a later rule wins, so the narrower one must come after
  rules.sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : 0));
  if (rules.length === 0 || (input.file !== null && input.file.text === null)) return { path, patch: '', areas: [], lines: [] };
  const lines = [HEADER, ...rules.map((r) => r.line)];
  return { path, patch: unifiedDiff(path, input.file?.text ?? null, lines), areas: rules.map((r) => r.area), lines };
}

function ownerName(id: string, input: SuggestionInput): string | null {
  const login = input.loginOf.get(id);
  if (login !== undefined && ownerKind(`@${login}`) === 'login') return `@${login}`;
  const email = input.emailOf.get(id);
  return email !== undefined && ownerKind(email) === 'email' ? email : null;
}

/** `/area/`, escaped; null for a directory CODEOWNERS cannot name (`[ ]`, control characters). */
export function areaPattern(area: string): string | null {
  if (/[[\]\u0000-\u001f\u007f\u2028\u2029]/.test(area)) return null;
  return `/${area.replace(/[\\*? \t#]/g, (c) => `\\${c}`)}/`;
}

/** The diff that appends `added` to `text` (or creates the file with them when `text` is null). */
export function unifiedDiff(path: string, text: string | null, added: readonly string[]): string {
  if (text === null) {
    return [`diff --git a/${path} b/${path}`, 'new file mode 100644', '--- /dev/null', `+++ b/${path}`, `@@ -0,0 +1,${String(added.length)} @@`, ...added.map((l) => `+${l}`), ''].join('\n');
  }
  const endsWithNewline = text.length === 0 || text.endsWith('\n');
  const old = text.length === 0 ? [] : (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  const contextCount = Math.min(3, old.length);
  const start = old.length - contextCount;
  const context = old.slice(start);
  const body: string[] = [];
  let newCount = 0;
  context.forEach((line, i) => {
    const last = i === context.length - 1;
    if (last && !endsWithNewline) {
      body.push(`-${line}`, '\\ No newline at end of file', `+${line}`);
    } else body.push(` ${line}`);
    newCount++;
  });
  for (const line of added) {
    body.push(`+${line}`);
    newCount++;
  }
  const oldRange = contextCount === 0 ? '0,0' : `${String(start + 1)},${String(contextCount)}`;
  const newRange = `${String(contextCount === 0 ? 1 : start + 1)},${String(newCount)}`;
  return [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`, `@@ -${oldRange} +${newRange} @@`, ...body, ''].join('\n');
}
