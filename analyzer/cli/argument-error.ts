/**
 * What node:util parseArgs rejected, said in one line a user can act on. Node's own messages span
 * several lines, tell the user to put an unknown option after `--` (which then reads it as a
 * path), and leave a quote open; so the error is read by its `code`, and the argument at fault is
 * found again in the tokens of a lenient parse of the same arguments, never in Node's message text.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { printable } from './printable.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A message for the user, or arguments to parse again (a negative number given as a value). */
export type ArgumentFault = { message: string } | { retry: string[] };

/**
 * The fault behind a parseArgs error of `code` (ERR_PARSE_ARGS_UNKNOWN_OPTION,
 * ERR_PARSE_ARGS_INVALID_OPTION_VALUE, ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL), or null when the code
 * is another or no token shows the fault (then the caller keeps Node's message). Strict parseArgs
 * stops at the first faulty argument, so the first token with that fault is the one it meant.
 */
export function argumentFault(command: string, args: string[], options: OptionsConfig, allowNegative: boolean, code: unknown): ArgumentFault | null {
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, allowNegative, tokens: true });
  const help = `see 'blastmap ${command} --help'`;
  for (const token of tokens) {
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && token.kind === 'positional') return { message: `${command} takes no argument '${printable(token.value)}'; ${help}` };
    if (token.kind !== 'option') continue;
    const config = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      // with allowNegative, --no-<name> comes back named <name>; only a boolean has that form
      const negated = allowNegative && token.rawName === `--no-${token.name}`;
      if (config !== undefined && !(negated && config.type !== 'boolean')) continue;
      const guess = token.rawName.startsWith('--') ? closestOption(token.rawName.slice(2), knownNames(options, allowNegative)) : null;
      return { message: `unknown option '${printable(token.rawName)}' for ${command}${guess === null ? '' : ` (did you mean --${guess}?)`}; ${help}` };
    }
    if (code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || config === undefined) continue;
    if (config.type === 'boolean' && token.value !== undefined) return { message: `${token.rawName} takes no value, got '${printable(`${token.rawName}=${token.value}`)}'` };
    if (config.type !== 'string') continue;
    if (token.value === undefined) return { message: `${token.rawName} needs a value; ${help}` };
    // Node refuses `--out -x` as ambiguous: -x may be an option and the value forgotten. That
    // holds for what looks like an option; a value of '-' alone is taken, as Node takes it.
    if (token.inlineValue || token.value.length < 2 || !token.value.startsWith('-')) continue;
    // No option of blastmap's is a digit, so `--activity-days -5` can only mean the value -5: it is
    // attached (`--activity-days=-5`) and parsed again, and the option's own check says what is
    // wrong with it, in the words it uses for any other bad value.
    if (/^-\d/.test(token.value)) {
      const attached = args[token.index]!.startsWith('--') ? `${args[token.index]!}=${token.value}` : `${args[token.index]!}${token.value}`;
      return { retry: [...args.slice(0, token.index), attached, ...args.slice(token.index + 2)] };
    }
    return { message: `${token.rawName} needs a value, and '${printable(token.value)}' looks like an option; to give a value that begins with '-', write --${token.name}=${printable(token.value)}` };
  }
  return null;
}

/** The long names a user may type: each option, and --no-<name> for a boolean when negation is on. */
function knownNames(options: OptionsConfig, allowNegative: boolean): string[] {
  const names = Object.keys(options);
  if (!allowNegative) return names;
  return [...names, ...names.filter((name) => options[name]!.type === 'boolean' && name !== 'help').map((name) => `no-${name}`)];
}

/**
 * The known name `given` most likely meant, or null when none is a good guess:
 * a slip of at most two edits (and fewer than half the letters typed, so `--x` suggests nothing),
 * the one name it cuts short (`--activ` for --activity-days), else the longest name it runs on
 * from (`--output` for --out). A tie between two names is no guess.
 */
export function closestOption(given: string, known: readonly string[]): string | null {
  const typed = given.toLowerCase();
  let best: string[] = [];
  let fewest = Number.POSITIVE_INFINITY;
  // a name far longer than any option is no slip, and the distance costs its length times theirs
  for (const name of typed.length <= 64 ? known : []) {
    const edits = editDistance(typed, name);
    if (edits < fewest) [best, fewest] = [[name], edits];
    else if (edits === fewest) best.push(name);
  }
  if (fewest <= Math.min(2, Math.floor(typed.length / 2)) && best.length === 1) return best[0]!;
  const cutShort = typed.length >= 3 ? known.filter((name) => name.startsWith(typed)) : [];
  if (cutShort.length === 1) return cutShort[0]!;
  const runOn = known.filter((name) => name.length >= 3 && typed.startsWith(name)).sort((a, b) => b.length - a.length);
  return runOn[0] ?? null;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`: optimal string alignment. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
