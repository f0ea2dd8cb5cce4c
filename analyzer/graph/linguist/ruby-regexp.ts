/**
 * Linguist's rules are Ruby regexps. The few constructs they use read differently in JavaScript,
 * and only on odd paths (a newline, a carriage return, U+2028, a no-break space), which is where a
 * hostile repository would aim. So each is rewritten to mean in JavaScript what it means in Ruby:
 *
 * | Ruby  | means                              | JavaScript written          |
 * |-------|------------------------------------|-----------------------------|
 * | `^`   | start of the string or of a line   | `(?<![^\n])`                |
 * | `$`   | end of the string or of a line     | `(?![^\n])`                 |
 * | `.`   | any character but `\n`             | `[^\n]`                     |
 * | `\s`  | `[ \t\r\n\f\v]` (ASCII only)       | the same class              |
 *
 * `\d` and `\w` are ASCII in both. Anything else Ruby reads its own way (`\A`, `\h`, `(?i)`,
 * possessive quantifiers, `{,n}`, nested or intersected classes, backreferences) is refused, so a
 * newer Linguist rule that uses one fails the import (scripts/linguist-rules.ts) instead of
 * matching something else.
 */
const RUBY_SPACE = ' \\t\\r\\n\\f\\v';
const REFUSED_ESCAPE = /^\\[AzZhHGRXpPkK1-9]/;
const REFUSED_OUTSIDE = /^\(\?[imx-]|^[*+?}]\+|^\{,/;

export function rubyToJs(ruby: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < ruby.length; i += 1) {
    const c = ruby[i] as string;
    const rest = ruby.slice(i);
    const first = inClass && (out.endsWith('[') || out.endsWith('[^'));
    if (REFUSED_ESCAPE.test(rest) || (inClass ? /^\[|^&&/.test(rest) || (first && c === ']') : REFUSED_OUTSIDE.test(rest))) {
      throw new Error(`a Ruby regexp construct JavaScript reads otherwise, at ${i}: ${ruby}`);
    }
    if (c === '\\') {
      const next = ruby[i + 1];
      if (next === undefined) throw new Error(`a trailing backslash: ${ruby}`);
      i += 1;
      if (next === 's') out += inClass ? RUBY_SPACE : `[${RUBY_SPACE}]`;
      else out += `\\${next}`;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '^') out += '(?<![^\\n])';
    else if (c === '$') out += '(?![^\\n])';
    else if (c === '.') out += '[^\\n]';
    else out += c;
  }
  if (inClass) throw new Error(`an unclosed character class: ${ruby}`);
  return out;
}

/** Whether the regexp has a `|` outside every group and class (then it cannot be joined into a larger one as is). */
export function hasTopLevelAlternation(ruby: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < ruby.length; i += 1) {
    const c = ruby[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
