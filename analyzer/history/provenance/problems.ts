import type { WarningCode, WarningSink } from '../../core/warnings.js';

/** What one warning says of its cases, by code. */
const SAYS: Partial<Record<WarningCode, (n: number) => string>> = {
  'provenance-note-unreadable': (n) => `${n === 1 ? 'git-ai note could not be read and was' : 'git-ai notes could not be read and were'} left out`,
  'provenance-trace-unreadable': (n) => `${n === 1 ? 'line' : 'lines'} of .agent-trace/traces.jsonl could not be used`,
  'provenance-bad-path': (n) => `recorded ${n === 1 ? 'path was' : 'paths were'} refused, with the lines recorded for ${n === 1 ? 'it' : 'them'}`,
  'provenance-record-mismatch': (n) => `${n === 1 ? 'record does' : 'records do'} not fit the commit ${n === 1 ? 'it names' : 'they name'}`,
};

/** Examples named in a warning; the count says how many there were. */
const SHOWN = 5;

/**
 * A hostile repository can hold a million bad notes or trace lines: each kind of problem becomes
 * one warning with a count and the first few cases, so the report stays small and says what to fix.
 */
export class ProblemTally {
  private readonly kinds = new Map<WarningCode, { count: number; examples: string[] }>();

  add(code: WarningCode, example: string): void {
    const kind = this.kinds.get(code) ?? { count: 0, examples: [] };
    kind.count += 1;
    if (kind.examples.length < SHOWN) kind.examples.push(example);
    this.kinds.set(code, kind);
  }

  /** Another tally's cases after this one's: records read side by side still give the same warnings. */
  absorb(other: ProblemTally): void {
    for (const [code, { count, examples }] of other.kinds) {
      const kind = this.kinds.get(code) ?? { count: 0, examples: [] };
      kind.count += count;
      kind.examples.push(...examples.slice(0, SHOWN - kind.examples.length));
      this.kinds.set(code, kind);
    }
    other.kinds.clear();
  }

  flushInto(warnings: WarningSink): void {
    for (const [code, { count, examples }] of this.kinds) {
      const says = SAYS[code]?.(count) ?? 'problems';
      const more = count > examples.length ? `; and ${count - examples.length} more` : '';
      warnings.add(code, `${count} ${says}: ${examples.join('; ')}${more}`);
    }
    this.kinds.clear();
  }
}
