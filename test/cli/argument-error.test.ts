import { describe, expect, it } from 'vitest';
import { argumentFault, closestOption } from '../../analyzer/cli/argument-error.js';

const ANALYZE = ['out', 'config', 'since', 'now', 'activity-days', 'top', 'exclude', 'test', 'trend', 'trend-every', 'no-cache', 'cache-dir', 'quiet', 'help'];

describe('closestOption', () => {
  it('guesses a slip of one or two edits, a swap of two letters, a name cut short or run on', () => {
    expect(closestOption('outt', ANALYZE)).toBe('out');
    expect(closestOption('sinse', ANALYZE)).toBe('since');
    expect(closestOption('nwo', ANALYZE)).toBe('now');
    expect(closestOption('Quiet', ANALYZE)).toBe('quiet');
    expect(closestOption('activ', ANALYZE)).toBe('activity-days');
    expect(closestOption('output', ANALYZE)).toBe('out');
    expect(closestOption('trend-everyday', ANALYZE)).toBe('trend-every');
  });

  it('guesses nothing when no name is close, or two are as close', () => {
    expect(closestOption('frobnicate', ANALYZE)).toBeNull();
    expect(closestOption('x', ANALYZE)).toBeNull(); // one letter from many names: no guess
    expect(closestOption('tre', ANALYZE)).toBeNull(); // cuts short both trend and trend-every
    expect(closestOption('tes', ['test', 'tesx'])).toBeNull();
    expect(closestOption('o'.repeat(100_000), ANALYZE)).toBeNull(); // a long name costs no quadratic distance
  });
});

describe('argumentFault', () => {
  const options = { out: { type: 'string', short: 'o' }, top: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } } as const;
  it('reads the fault from the code and the tokens, not from Node\'s message', () => {
    expect(argumentFault('analyze', ['--outt', 'x'], options, false, 'ERR_PARSE_ARGS_UNKNOWN_OPTION')).toEqual({ message: "unknown option '--outt' for analyze (did you mean --out?); see 'blastmap analyze --help'" });
    expect(argumentFault('analyze', ['-q', '--top'], options, false, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')).toEqual({ message: "--top needs a value; see 'blastmap analyze --help'" });
    expect(argumentFault('view', ['x'], options, false, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')).toEqual({ message: "view takes no argument 'x'; see 'blastmap view --help'" });
    expect(argumentFault('analyze', ['--outt'], options, false, 'ERR_SOMETHING_ELSE')).toBeNull();
  });

  it('attaches a negative number to its option, long or short, for the option\'s own check', () => {
    expect(argumentFault('analyze', ['.', '--top', '-5', '-q'], options, false, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')).toEqual({ retry: ['.', '--top=-5', '-q'] });
    expect(argumentFault('analyze', ['-qo', '-5'], options, false, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')).toEqual({ retry: ['-qo-5'] });
  });
});
