import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FastImportWriter } from './fast-import-writer.js';
import { HistoryWriter } from './history.js';
import { planRepo } from './plan.js';
import { Random } from './random.js';

/** Builds a deterministic synthetic git repository of TS modules; returns its directory. */
export async function makeSyntheticRepo(opts: { modules: number; commits: number; out: string; seed?: number; log?: (line: string) => void }): Promise<string> {
  const out = path.resolve(opts.out);
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} exists and is not empty`);
  if (opts.commits < 1) throw new Error('--commits must be at least 1');
  mkdirSync(out, { recursive: true });
  const log = opts.log ?? (() => {});
  const rng = new Random(opts.seed ?? 1);
  const plan = planRepo(opts.modules, opts.commits, rng);
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: out });
  const writer = new FastImportWriter(out);
  await new HistoryWriter(plan, opts.commits, rng).write(writer, (done) => log(`commits: ${done}/${opts.commits}`));
  await writer.finish();
  execFileSync('git', ['reset', '-q', '--hard'], { cwd: out });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { modules: { type: 'string' }, commits: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  if (!values.modules || !values.commits || !values.out) {
    console.error('usage: make-repo.ts --modules N --commits M --out DIR [--seed S]');
    process.exit(2);
  }
  const started = performance.now();
  const dir = await makeSyntheticRepo({
    modules: Number(values.modules),
    commits: Number(values.commits),
    out: values.out,
    seed: Number(values.seed),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  console.log(`${dir}: ${values.modules} modules, ${values.commits} commits in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
