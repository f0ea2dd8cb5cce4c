/**
 * A CODEOWNERS file read by GitHub's rules (docs.github.com, "About code owners"):
 * - each line is a pattern followed by owners (`@login`, `@org/team` or an email address);
 *   a line with a pattern and no owners leaves the matching files without an owner;
 * - `#` starts a comment line; a token starting with `#` after the pattern ends the line
 *   (hmarr/codeowners does the same);
 * - gitignore features that do not work in CODEOWNERS (a leading `!`, `[ ]` ranges, a `\#`
 *   escape) are syntax errors, and "if any line in your CODEOWNERS file contains invalid syntax,
 *   the file will not be detected and will not be used": GitHub then requests no review from
 *   anyone. blastmap follows GitHub, so such a file declares no owner (parse says why, by line).
 * Nothing here builds a regular expression from the file's text (pattern.ts matches segments).
 */
import { isUtf8 } from 'node:buffer';
import { compilePattern, literalFirstSegment, matchesPath, type CompiledPattern } from './pattern.js';

export interface CodeownersRule {
  /** 1-based line in the file */
  line: number;
  pattern: string;
  /** as written: `@login`, `@org/team` or an email address; empty: the files are left unowned */
  owners: string[];
  compiled: CompiledPattern;
}

export interface CodeownersProblem {
  line: number;
  message: string;
}

export interface ParsedCodeowners {
  rules: CodeownersRule[];
  /** invalid lines: any one of them makes GitHub ignore the whole file */
  errors: CodeownersProblem[];
  /** lines blastmap could not read (not UTF-8) and left out; GitHub documents nothing for them */
  skipped: CodeownersProblem[];
}

const LOGIN = /^@[A-Za-z0-9][A-Za-z0-9-]*$/;
const TEAM = /^@[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** user@domain.tld, checked without a regular expression that could backtrack on a long token. */
export function isEmailOwner(token: string): boolean {
  const at = token.indexOf('@');
  if (at <= 0 || at !== token.lastIndexOf('@')) return false;
  const domain = token.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return dot > 0 && dot < domain.length - 1 && !/[\s<>()[\]\\,;:"]/.test(token);
}

export function ownerKind(token: string): 'login' | 'team' | 'email' | null {
  if (LOGIN.test(token)) return 'login';
  if (TEAM.test(token)) return 'team';
  if (isEmailOwner(token)) return 'email';
  return null;
}

/** Shortens untrusted text quoted back in a message. */
export function quoted(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function parseCodeowners(bytes: Buffer): ParsedCodeowners {
  const parsed: ParsedCodeowners = { rules: [], errors: [], skipped: [] };
  let start = 0;
  let line = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    line += 1;
    const raw = bytes.subarray(start, end);
    start = end + 1;
    if (!isUtf8(raw)) {
      parsed.skipped.push({ line, message: 'is not UTF-8 text; blastmap left it out (GitHub documents nothing for such a line)' });
      continue;
    }
    let text = raw.toString('utf8');
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    parseLine(text, line, parsed);
    if (end === bytes.length) break;
  }
  return parsed;
}

function parseLine(text: string, line: number, parsed: ParsedCodeowners): void {
  const tokens = tokenize(text);
  const pattern = tokens[0];
  if (pattern === undefined || pattern.startsWith('#')) return;
  const problem = patternProblem(pattern);
  if (problem !== null) {
    parsed.errors.push({ line, message: problem });
    return;
  }
  const owners: string[] = [];
  for (const token of tokens.slice(1)) {
    if (token.startsWith('#')) break;
    if (ownerKind(token) === null) {
      parsed.errors.push({ line, message: `\`${quoted(token)}\` is not an owner (@user, @org/team or an email address)` });
      return;
    }
    owners.push(token);
  }
  parsed.rules.push({ line, pattern, owners, compiled: compilePattern(pattern) });
}

/** Splits on spaces and tabs; a backslash keeps the next character (an escaped space) in the token. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + (text[++i] as string);
    } else if (ch === ' ' || ch === '\t') {
      if (current !== '') tokens.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') tokens.push(current);
  return tokens;
}

/** GitHub's documented exceptions to gitignore syntax, and what hmarr/codeowners rejects. */
function patternProblem(pattern: string): string | null {
  if (pattern.startsWith('!')) return `pattern \`${quoted(pattern)}\` negates with \`!\`, which CODEOWNERS does not support`;
  if (pattern.startsWith('\\#')) return `pattern \`${quoted(pattern)}\` escapes a leading \`#\`, which CODEOWNERS does not support`;
  if (pattern.includes('[') || pattern.includes(']')) return `pattern \`${quoted(pattern)}\` uses a \`[ ]\` character range, which CODEOWNERS does not support`;
  if (pattern.includes('***')) return `pattern \`${quoted(pattern)}\` has three asterisks in a row`;
  return null;
}

/** The owners GitHub gives a path: the last matching rule wins; null when no rule matches. */
export function ownersOf(rules: readonly CodeownersRule[], path: string): CodeownersRule | null {
  let index = indexes.get(rules);
  if (!index) indexes.set(rules, (index = indexRules(rules)));
  // the rules that can match: those anchored at this first directory, and those that are not;
  // walked from the last one back, as the file is
  const first = path.slice(0, path.indexOf('/') >>> 0);
  const anchored = index.byFirst.get(first) ?? NONE;
  const other = index.other;
  let a = anchored.length - 1;
  let o = other.length - 1;
  while (a >= 0 || o >= 0) {
    const i = a >= 0 && (o < 0 || (anchored[a] as number) > (other[o] as number)) ? (anchored[a--] as number) : (other[o--] as number);
    const rule = rules[i] as CodeownersRule;
    if (matchesPath(rule.compiled, path)) return rule;
  }
  return null;
}

const NONE: readonly number[] = [];

/**
 * Rules whose first segment is plain text (`/src/...`, `docs/x`) can only match paths that start
 * with that directory: a file of 10,000 such rules costs each path a map lookup, not 10,000 tries.
 */
interface RuleIndex {
  byFirst: Map<string, number[]>;
  other: number[];
}
const indexes = new WeakMap<readonly CodeownersRule[], RuleIndex>();

function indexRules(rules: readonly CodeownersRule[]): RuleIndex {
  const index: RuleIndex = { byFirst: new Map(), other: [] };
  rules.forEach((rule, i) => {
    const literal = literalFirstSegment(rule.compiled);
    if (literal === null) index.other.push(i);
    else {
      const list = index.byFirst.get(literal);
      if (list) list.push(i);
      else index.byFirst.set(literal, [i]);
    }
  });
  return index;
}
