import type { LinguistRule } from './data.js';
import { hasTopLevelAlternation, rubyToJs } from './ruby-regexp.js';

/** `(^|/)` and its spellings: the rule is tried only where a path segment starts. */
const SEGMENT_START = /^(?:\(\^\|\\?\/\)|\(\?:\^\|\\?\/\))/;
/** A leading group that matches anything, the empty string included: it cannot change whether the rule matches. */
const ANY_PREFIX = /^\((?:\.\*\??|\[\^\\s\]\*)\)/;

/**
 * A list of Linguist's rules, compiled once. Linguist joins a list into one regexp with `|`; over
 * 100,000 paths that costs seconds in V8, since every rule is tried at every character. Here the
 * rules that start at a segment (`(^|/)x`, most of them) share one `(?:^|/)` in front, those
 * anchored at the start share one `^`, and leading `(.*?)` groups (quadratic on a miss) are
 * dropped. The joined regexp answers "does any rule match"; the rules one by one, in Linguist's
 * order, say which (only asked of the paths that match).
 */
export class RuleSet {
  private readonly any: RegExp | null;
  private readonly each: ReadonlyArray<{ rule: LinguistRule; re: RegExp }>;

  constructor(rules: readonly LinguistRule[]) {
    this.each = rules.map((rule) => ({ rule, re: new RegExp(rubyToJs(rule.pattern)) }));
    const atSegment: string[] = [];
    const atStart: string[] = [];
    const anywhere: string[] = [];
    for (const { pattern } of rules) {
      const body = pattern.replace(ANY_PREFIX, '');
      const segment = SEGMENT_START.exec(body);
      if (hasTopLevelAlternation(body)) anywhere.push(rubyToJs(body));
      else if (segment) atSegment.push(rubyToJs(body.slice(segment[0].length)));
      else if (body.startsWith('^')) atStart.push(rubyToJs(body.slice(1)));
      else anywhere.push(rubyToJs(body));
    }
    const start = rubyToJs('^');
    const parts = [
      atSegment.length > 0 ? `(?:${start}|/)(?:${atSegment.join('|')})` : null,
      atStart.length > 0 ? `${start}(?:${atStart.join('|')})` : null,
      ...anywhere.map((p) => `(?:${p})`),
    ].filter((p): p is string => p !== null);
    this.any = parts.length > 0 ? new RegExp(parts.join('|')) : null;
  }

  test(path: string): boolean {
    return this.any !== null && this.any.test(path);
  }

  /** The first rule, in Linguist's order, that matches the path; null when none does. */
  match(path: string): LinguistRule | null {
    if (!this.test(path)) return null;
    return this.each.find(({ re }) => re.test(path))?.rule ?? null;
  }
}
