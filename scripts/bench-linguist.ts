/**
 * Times Linguist's path rules (graph/git-attributes.ts linguistFlags: vendor, generated-by-name and
 * documentation, .gitattributes aside) over a repository's tracked paths, copied under `copyN/`
 * prefixes until there are `--paths` of them (default 100,000): over all of them, over the TS/JS
 * ones (what discovery asks about), and with Linguist's own way of joining a list
 * (`Regexp.new(rules.join('|'))`, here with JavaScript's `m` flag) over all of them. The first
 * round is the one a run pays (regexps not yet compiled to machine code).
 *
 *   node --import tsx scripts/bench-linguist.ts <repo> [--paths 100000] [--rounds 5]
 */
import { gitOk, splitNul } from '../analyzer/core/git.js';
import { linguistFlags } from '../analyzer/graph/git-attributes.js';
import { DOCUMENTATION_RULES, GENERATED_NAME_RULES, VENDOR_RULES } from '../analyzer/graph/linguist/data.js';
import { sourceExtension } from '../analyzer/graph/source-extensions.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

const repo = process.argv[2];
if (repo === undefined || repo.startsWith('--')) {
  process.stderr.write('usage: node --import tsx scripts/bench-linguist.ts <repo> [--paths 100000] [--rounds 5]\n');
  process.exit(2);
}
const tracked = splitNul(await gitOk(repo, ['ls-files', '-z']));
const total = option('--paths', 100_000);
const paths: string[] = [];
for (let copy = 0; paths.length < total && tracked.length > 0; copy += 1) for (const path of tracked) paths.push(copy === 0 ? path : `copy${copy}/${path}`);
paths.length = Math.min(paths.length, total);
const sources = paths.filter((path) => sourceExtension(path) !== null);

const naive = [VENDOR_RULES, GENERATED_NAME_RULES, DOCUMENTATION_RULES].map((rules) => new RegExp(rules.map((r) => r.pattern).join('|'), 'm'));
const time = (run: () => void): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
for (let round = 0; round < option('--rounds', 5); round += 1) {
  let flags = linguistFlags([], new Map());
  const ours = time(() => {
    flags = linguistFlags(paths, new Map());
  });
  const onlySources = time(() => linguistFlags(sources, new Map()));
  const joined = time(() => {
    for (const path of paths) for (const re of naive) re.test(path);
  });
  const counts = `${flags.vendored.size} vendored, ${flags.generated.size} generated, ${flags.documentation.size} documentation`;
  process.stdout.write(`${paths.length} paths: ${ours.toFixed(0)} ms (${counts}); the ${sources.length} TS/JS: ${onlySources.toFixed(0)} ms; Linguist's join: ${joined.toFixed(0)} ms\n`);
}
