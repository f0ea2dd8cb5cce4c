/**
 * CODEOWNERS patterns, matched as GitHub documents them ("About code owners", CODEOWNERS syntax):
 * gitignore-like, case-sensitive, without `!` negation, `[ ]` ranges or a `\#` escape (those lines
 * are errors, see parse.ts). Segment rules follow hmarr/codeowners (match.go), the parser
 * OpenSSF Scorecard uses, which reproduces GitHub's documented examples:
 * - a leading `/` or a `/` inside anchors the pattern at the repository root; a single name
 *   (with or without a trailing `/`) matches at any depth;
 * - a trailing `/` matches everything below that directory;
 * - `*` and `?` never cross a `/`; `**` spans zero or more whole segments (one or more at the end);
 * - a last segment that is not `*` alone also matches everything below it (a directory name owns
 *   its files), but `docs/*` owns only the files directly in docs/ (GitHub's own example).
 * No regular expression is built from the file's text: matching walks segments with a table of
 * (pattern segment, path segment) pairs, each pair compared once, so a hostile pattern costs at
 * most its length times the path's, never a backtracking blow-up.
 */

/** One segment: `**`, or a glob of literal characters, `*` and `?`. */
type Segment = { kind: 'any-depth' } | { kind: 'glob'; parts: GlobPart[]; star: boolean };
type GlobPart = { kind: 'text'; text: string } | { kind: 'star' } | { kind: 'one' };

export interface CompiledPattern {
  segments: Segment[];
  /** a final segment other than a lone `*`: the pattern also owns everything below what it names */
  descendants: boolean;
  /** the pattern is `/` alone, which matches nothing */
  nothing: boolean;
}

/** Compiles a pattern already checked by parse.ts (no `[`, `]`, leading `!` or `\#`). */
export function compilePattern(pattern: string): CompiledPattern {
  if (pattern === '/') return { segments: [], descendants: false, nothing: true };
  const raw = splitSegments(pattern);
  // a leading `/` anchors at the root; so does a `/` inside, while a single name floats
  if (raw[0] === '') raw.shift();
  else if ((raw.length === 1 || (raw.length === 2 && raw[1] === '')) && raw[0] !== '**') raw.unshift('**');
  if (raw.length > 1 && raw[raw.length - 1] === '') raw[raw.length - 1] = '**';
  const segments = raw.map(compileSegment);
  const last = segments[segments.length - 1];
  const descendants = last !== undefined && last.kind === 'glob' && !isLoneStar(last);
  return { segments, descendants, nothing: false };
}

/** Splits on `/` that are not escaped; a backslash keeps the next character literal. */
function splitSegments(pattern: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\' && i + 1 < pattern.length) {
      current += ch + (pattern[i + 1] as string);
      i++;
    } else if (ch === '/') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function compileSegment(text: string): Segment {
  if (text === '**') return { kind: 'any-depth' };
  const parts: GlobPart[] = [];
  let literal = '';
  const flush = (): void => {
    if (literal !== '') parts.push({ kind: 'text', text: literal });
    literal = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\' && i + 1 < text.length) literal += text[++i] as string;
    else if (ch === '*') {
      flush();
      // `a**b` inside a segment is the same as `a*b`
      if (parts[parts.length - 1]?.kind !== 'star') parts.push({ kind: 'star' });
    } else if (ch === '?') {
      flush();
      parts.push({ kind: 'one' });
    } else literal += ch;
  }
  flush();
  return { kind: 'glob', parts, star: parts.some((p) => p.kind === 'star') };
}

function isLoneStar(segment: Segment): boolean {
  return segment.kind === 'glob' && segment.parts.length === 1 && segment.parts[0]?.kind === 'star';
}

/**
 * One path segment against one glob segment. A lone `*` needs at least one character (hmarr's
 * `[^/]+`); otherwise `*` matches any run. The classic two-pointer wildcard walk: at most
 * glob length × name length steps, no recursion.
 */
function matchSegment(segment: Extract<Segment, { kind: 'glob' }>, name: string): boolean {
  if (isLoneStar(segment)) return name.length > 0;
  const parts = segment.parts;
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length || p < parts.length) {
    const part = parts[p];
    if (part !== undefined) {
      if (part.kind === 'star') {
        starP = p++;
        starN = n;
        continue;
      }
      if (part.kind === 'one' && n < name.length) {
        // a `?` is one UTF-16 unit here; a surrogate pair is two units of one character
        n += isHighSurrogate(name.charCodeAt(n)) && n + 1 < name.length ? 2 : 1;
        p++;
        continue;
      }
      if (part.kind === 'text' && name.startsWith(part.text, n)) {
        n += part.text.length;
        p++;
        continue;
      }
    }
    if (starP < 0 || starN >= name.length) return false;
    // the last star takes one more character and the parts after it are tried again
    p = starP + 1;
    starN += 1;
    n = starN;
  }
  return true;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Whether a repository path (POSIX, as git lists it) matches. Dynamic programming over
 * (pattern segment i, path segment j): reach[i][j] says the first i pattern segments consume the
 * first j path segments.
 */
export function matchesPath(compiled: CompiledPattern, path: string): boolean {
  if (compiled.nothing) return false;
  const names = path.split('/');
  const segs = compiled.segments;
  const width = names.length + 1;
  let reach = new Uint8Array(width);
  reach[0] = 1;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = new Uint8Array(width);
    const last = i === segs.length - 1;
    let any = false;
    if (seg.kind === 'any-depth') {
      // leading or inner `**`: zero or more segments; trailing: one or more
      const min = last && i > 0 ? 1 : 0;
      let from = -1;
      for (let j = 0; j < width; j++) {
        if (reach[j] && from < 0) from = j;
        if (from >= 0 && j - from >= min) {
          next[j] = 1;
          any = true;
        }
      }
      // `**` alone needs at least one segment too (hmarr: `.+`)
      if (segs.length === 1) next[0] = 0;
    } else {
      for (let j = 0; j < names.length; j++) {
        if (reach[j] && matchSegment(seg, names[j] as string)) {
          next[j + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    reach = next;
  }
  if (reach[names.length]) return true;
  if (!compiled.descendants) return false;
  // what the pattern names is a directory above the file: it owns the file
  for (let j = 1; j < names.length; j++) if (reach[j]) return true;
  return false;
}

/**
 * The text every matching path must start with as its first segment, when the pattern is anchored
 * and its first segment has no wildcard; else null. (A floating pattern starts with `**`.)
 */
export function literalFirstSegment(compiled: CompiledPattern): string | null {
  if (compiled.nothing) return null;
  const first = compiled.segments[0];
  if (first === undefined || first.kind !== 'glob' || first.star || compiled.segments.length < 2 && !compiled.descendants) return null;
  if (!first.parts.every((p) => p.kind === 'text')) return null;
  return first.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}
