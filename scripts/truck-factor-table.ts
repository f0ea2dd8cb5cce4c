/**
 * Avelino et al.'s truck factors (ICPC 2016, "A novel approach for estimating truck factors") for
 * the JavaScript systems of their published table, next to blastmap's `summary.truckFactor` at the
 * same snapshot:
 *   node --import tsx scripts/truck-factor-table.ts <mirrors> [--only d3,moment,...] [--json out.json]
 *        [--cutoff 2015-02-25T23:59:59Z] [--study <aserg-ufmg/Truck-Factor mirror>] [--reports <dir>] [--cli dist/analyzer/cli.js]
 *
 * <mirrors> holds one git repository (bare or not) per system, found as `<owner>+<name>/repo`,
 * `<owner>+<name>`, `<owner>/<name>`, `<name>.git` or `<name>`, under the current GitHub name or the
 * paper's. Get them with the session `fetch` tool (`github:d3/d3` → /work/.mirror/d3+d3/repo) or
 *   git clone --bare https://github.com/d3/d3 <mirrors>/d3+d3/repo   (likewise for every row below).
 * Build blastmap first (`npm run build`): the CLI the users run is what is measured.
 *
 * For each system: the last first-parent commit of `tip` (default HEAD) committed on or before the
 * cutoff (the study's snapshot date, 2015-02-25, end of day UTC); a throw-away `clone --shared` of
 * it; `blastmap analyze --no-cache --quiet --now <its committer date>`; the report's truck factor,
 * its source modules and those of them with history. With --study, the paper's
 * `repo_info/filtered-files.txt` (the version of 2016-04-05, before it was emptied) says how many
 * files the study removed by hand for the system and how many of them exist at our snapshot
 * (all of them, when we picked the study's snapshot). --reports keeps each report.json there as
 * <owner>+<name>.json. Markdown on stdout, progress on stderr.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

import { truckFactor } from '../analyzer/history/truck-factor.js';

const run = promisify(execFile);

interface System {
  /** as the paper's table names it */
  paper: string;
  /** where it lives on GitHub now */
  repo: string;
  paperTf: number;
  /** a ref whose first-parent line reaches the 2015 mainline, when the default branch's does not */
  tip?: string;
}

/** The 22 JavaScript systems of the table (https://aserg-ufmg.github.io/Truck-Factor/, 2016-04-15). */
const SYSTEMS: System[] = [
  { paper: 'gruntjs/grunt', repo: 'gruntjs/grunt', paperTf: 1 },
  { paper: 'janl/mustache.js', repo: 'janl/mustache.js', paperTf: 1 },
  { paper: 'jrburke/requirejs', repo: 'requirejs/requirejs', paperTf: 1 },
  { paper: 'Leaflet/Leaflet', repo: 'Leaflet/Leaflet', paperTf: 1 },
  { paper: 'less/less.js', repo: 'less/less.js', paperTf: 1 },
  { paper: 'mbostock/d3', repo: 'd3/d3', paperTf: 1 },
  { paper: 'substack/node-browserify', repo: 'browserify/browserify', paperTf: 1 },
  { paper: 'ajaxorg/ace', repo: 'ajaxorg/ace', paperTf: 2 },
  // ionic's default branch restarted in March 2015 (Ionic 2); v1 lives on in its tags
  { paper: 'driftyco/ionic', repo: 'ionic-team/ionic-framework', paperTf: 2, tip: 'v1.0.0' },
  { paper: 'jadejs/jade', repo: 'pugjs/pug', paperTf: 2 },
  { paper: 'jashkenas/backbone', repo: 'jashkenas/backbone', paperTf: 2 },
  { paper: 'jquery/jquery-ui', repo: 'jquery/jquery-ui', paperTf: 2 },
  { paper: 'mrdoob/three.js', repo: 'mrdoob/three.js', paperTf: 2 },
  { paper: 'strongloop/express', repo: 'expressjs/express', paperTf: 2 },
  { paper: 'mozilla/pdf.js', repo: 'mozilla/pdf.js', paperTf: 3 },
  { paper: 'codemirror/CodeMirror', repo: 'codemirror/codemirror5', paperTf: 4 },
  { paper: 'jquery/jquery', repo: 'jquery/jquery', paperTf: 4 },
  { paper: 'iojs/io.js', repo: 'nodejs/node', paperTf: 5 },
  { paper: 'meteor/meteor', repo: 'meteor/meteor', paperTf: 5 },
  { paper: 'emberjs/ember.js', repo: 'emberjs/ember.js', paperTf: 6 },
  { paper: 'TryGhost/Ghost', repo: 'TryGhost/Ghost', paperTf: 6 },
  { paper: 'moment/moment', repo: 'moment/moment', paperTf: 19 },
];

/** The last version of the study's filtered-files.txt with contents (commit "Refactoring: remove unused imports and code"). */
const STUDY_FILTERS = 'fce70bd:gittruckfactor/repo_info/filtered-files.txt';

interface Row {
  paper: string;
  repo: string;
  paperTf: number;
  mirror: string | null;
  sha: string | null;
  date: string | null;
  blastmapTf: number | null;
  /** the same DOA authors, over source and test modules: the study's file set, less what is not TS/JS */
  studySetTf: number | null;
  /** modules per kind: source, test, example, tooling */
  kinds: string | null;
  truckFactorAuthors: string[];
  modules: number | null;
  modulesWithHistory: number | null;
  /** blobs the mirror lacks, replaced by placeholders */
  missingBlobs: number | null;
  /** blastmap's history-incomplete warning, if any */
  historyIncomplete: string | null;
  studyFiltered: number | null;
  studyFilteredPresent: number | null;
  error: string | null;
}

async function git(dir: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', dir, ...args], { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

function findMirror(root: string, system: System): string | null {
  for (const full of [system.repo, system.paper]) {
    const [owner, name] = full.split('/') as [string, string];
    const candidates = [join(root, `${owner}+${name}`, 'repo'), join(root, `${owner}+${name}`), join(root, owner, name), join(root, `${name}.git`), join(root, name)];
    const found = candidates.find((c) => existsSync(join(c, 'HEAD')) || existsSync(join(c, '.git')));
    if (found) return found;
  }
  return null;
}

/** repository → paths the study removed by hand */
async function studyFilters(studyMirror: string): Promise<Map<string, string[]>> {
  const filters = new Map<string, string[]>();
  for (const line of (await git(studyMirror, ['show', STUDY_FILTERS])).split(/\r?\n/)) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [repo, path] = line.split(';') as [string, string];
    filters.set(repo, [...(filters.get(repo) ?? []), path]);
  }
  return filters;
}

/**
 * Stored snapshots lack blobs of 4 MiB and more: git log --numstat (and so blastmap's history)
 * stops at the first one. In the throw-away clone, each missing blob reachable from the snapshot
 * is replaced (refs/replace) by a small binary placeholder, as docs/history.md does for its ground
 * truth: such a file then counts 0 lines, and the rest of the history is read.
 */
async function standInForMissingBlobs(checkout: string, sha: string): Promise<number> {
  const missing = (await git(checkout, ['rev-list', '--objects', '--missing=print', sha]))
    .split('\n')
    .filter((line) => line.startsWith('?'))
    .map((line) => line.slice(1));
  for (const oid of missing) {
    const hashing = run('git', ['-C', checkout, 'hash-object', '-w', '--stdin']);
    hashing.child.stdin?.end(`\0placeholder for missing blob ${oid}\0`);
    const placeholder = (await hashing).stdout.trim();
    await git(checkout, ['update-ref', `refs/replace/${oid}`, placeholder]);
  }
  return missing.length;
}

async function measure(system: System, mirror: string, cutoff: string, cli: string, filtered: string[] | undefined, keep: string | undefined): Promise<Partial<Row>> {
  const sha = (await git(mirror, ['rev-list', '-1', '--first-parent', `--before=${cutoff}`, system.tip ?? 'HEAD', '--'])).trim();
  if (sha === '') return { error: `no first-parent commit of ${system.tip ?? 'HEAD'} before ${cutoff}` };
  const date = (await git(mirror, ['log', '-1', '--format=%cI', sha])).trim();
  const row: Partial<Row> = { sha, date };
  if (filtered) {
    const paths = new Set((await git(mirror, ['ls-tree', '-r', '-z', '--name-only', sha])).split('\0'));
    row.studyFiltered = filtered.length;
    row.studyFilteredPresent = filtered.filter((p) => paths.has(p)).length;
  }
  const tmp = await mkdtemp(join(tmpdir(), 'tf-table-'));
  try {
    const checkout = join(tmp, system.repo.split('/')[1]!);
    await run('git', ['clone', '-q', '--no-checkout', '--shared', mirror, checkout]);
    row.missingBlobs = await standInForMissingBlobs(checkout, sha);
    await git(checkout, ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', 'checkout', '-q', sha]);
    const out = join(tmp, 'report');
    await run(process.execPath, [cli, 'analyze', checkout, '--out', out, '--no-cache', '--quiet', '--now', date], { maxBuffer: 64 * 1024 * 1024 });
    if (keep) await copyFile(join(out, 'report.json'), join(keep, `${system.repo.replace('/', '+')}.json`));
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as {
      summary: { truckFactor: number | null; truckFactorAuthors: string[]; modules: number; kinds: Record<string, number> };
      modules: { kind: string; history: { lastChange: string | null; authors: { id: string; isAuthor: boolean }[] } | null }[];
      authors: { id: string; name: string }[];
      warnings: { code: string; message: string }[];
    };
    const names = new Map(report.authors.map((a) => [a.id, a.name]));
    row.blastmapTf = report.summary.truckFactor;
    // Avelino et al. counted test code (only examples, docs, build scripts and third-party copies
    // were filtered); the report's truck factor counts source modules only (contract, schema 2)
    const studySet = report.modules.filter((m) => (m.kind === 'source' || m.kind === 'test') && m.history?.lastChange != null);
    row.studySetTf = truckFactor(studySet.map((m) => m.history!.authors.filter((a) => a.isAuthor).map((a) => a.id))).value;
    row.kinds = ['source', 'test', 'example', 'tooling'].map((k) => report.summary.kinds[k] ?? 0).join(' / ');
    row.truckFactorAuthors = report.summary.truckFactorAuthors.map((id) => names.get(id) ?? id);
    row.modules = report.summary.modules;
    row.modulesWithHistory = report.modules.filter((m) => m.history?.lastChange != null).length;
    row.historyIncomplete = report.warnings.find((w) => w.code === 'history-incomplete')?.message ?? null;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return row;
}

function markdown(rows: Row[], cutoff: string, withStudy: boolean): string {
  const lines = [
    `Snapshot: last first-parent commit on or before ${cutoff} (committer date).`,
    '',
    `| system (paper → now) | snapshot | paper TF | blastmap TF, source + test (the study's set) | blastmap \`summary.truckFactor\` (source only) | modules: source / test / example / tooling (with history) |${withStudy ? ' study filtered-files (present) |' : ''}`,
    `|---|---|---:|---:|---:|---:|${withStudy ? '---:|' : ''}`,
  ];
  for (const r of rows) {
    const name = r.paper === r.repo ? r.paper : `${r.paper} → ${r.repo}`;
    const snapshot = r.sha ? `\`${r.sha.slice(0, 10)}\` ${r.date?.slice(0, 10)}` : '—';
    const tf = r.error ? `— (${r.error})` : `${r.blastmapTf ?? '—'}${r.historyIncomplete ? ' (history incomplete)' : ''}`;
    const files = r.modules === null ? '—' : `${r.kinds} (${r.modulesWithHistory})${r.missingBlobs ? ` ¹` : ''}`;
    const studySet = r.error ? '—' : `${r.studySetTf ?? '—'}`;
    const study = r.studyFiltered === null ? '—' : `${r.studyFiltered} (${r.studyFilteredPresent})`;
    lines.push(`| ${name} | ${snapshot} | ${r.paperTf} | ${studySet} | ${tf} | ${files} |${withStudy ? ` ${study} |` : ''}`);
  }
  if (rows.some((r) => r.missingBlobs)) lines.push('', '¹ the mirror lacks blobs of 4 MiB and more; placeholders stood in for them (they count 0 lines).');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { only: { type: 'string' }, json: { type: 'string' }, cutoff: { type: 'string', default: '2015-02-25T23:59:59Z' }, study: { type: 'string' }, cli: { type: 'string' }, reports: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error('usage: truck-factor-table.ts <mirrors-dir> [--only a,b] [--json out.json] [--cutoff ISO] [--study dir] [--reports dir] [--cli path]');
  const root = resolve(positionals[0]!);
  const cli = resolve(values.cli ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'analyzer', 'cli.js'));
  if (!existsSync(cli)) throw new Error(`${cli} not found: run npm run build first`);
  const only = values.only?.split(',').map((s) => s.trim().toLowerCase());
  const picked = SYSTEMS.filter((s) => !only || only.some((o) => [s.paper, s.repo, s.paper.split('/')[1], s.repo.split('/')[1]].some((n) => n!.toLowerCase() === o)));
  const filters = values.study ? await studyFilters(resolve(values.study)) : null;
  const keep = values.reports ? resolve(values.reports) : undefined;
  if (keep) await mkdir(keep, { recursive: true });

  const rows: Row[] = [];
  for (const system of picked) {
    const mirror = findMirror(root, system);
    const row: Row = { paper: system.paper, repo: system.repo, paperTf: system.paperTf, mirror, sha: null, date: null, blastmapTf: null, studySetTf: null, kinds: null, truckFactorAuthors: [], modules: null, modulesWithHistory: null, missingBlobs: null, historyIncomplete: null, studyFiltered: null, studyFilteredPresent: null, error: mirror ? null : 'no mirror' };
    if (mirror) {
      process.stderr.write(`${system.paper}: ${mirror}\n`);
      const started = Date.now();
      try {
        Object.assign(row, await measure(system, mirror, values.cutoff!, cli, filters ? (filters.get(system.paper) ?? []) : undefined, keep));
      } catch (error) {
        row.error = String((error as Error).message ?? error).split('\n')[0]!;
      }
      process.stderr.write(`  TF ${row.studySetTf} over source and test, ${row.blastmapTf} over source (paper ${row.paperTf}) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
    rows.push(row);
  }
  process.stdout.write(markdown(rows, values.cutoff!, filters !== null) + '\n');
  if (values.json) await writeFile(values.json, JSON.stringify({ cutoff: values.cutoff, rows }, null, 2) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message ?? error}\n`);
  process.exitCode = 1;
});
