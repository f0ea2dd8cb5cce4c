import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { buildModuleGraph } from '../../analyzer/graph/index.js';
import type { ModuleGraph } from '../../analyzer/graph/model.js';

/**
 * Imports of files that are not code, as a Vite app writes them: through a tsconfig `paths` alias
 * and relative, bare or with a query the bundler drops (`?component`, `?raw`, `?url`). Each project
 * has a decoy: a file where the alias would point from the wrong base (the repository root, or the
 * tsconfig's folder when `baseUrl` is set), beside an import that still names no file.
 */
const json = (value: unknown): string => JSON.stringify(value);
const FILES: Record<string, string> = {
  // no baseUrl: `paths` is relative to the folder of the tsconfig that sets it
  'app/tsconfig.json': json({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', paths: { '@/*': ['./src/*'] } } }),
  'app/src/main.ts': [
    "import car from '@/assets/car.png';",
    "import A from '@/assets/a.svg?component';",
    "import b from './b.svg?raw';",
    "import missing from '@/assets/missing.png';",
    "import { util } from '@/util';",
    'export const all = [car, A, b, missing, util];',
  ].join('\n'),
  'app/src/util.ts': 'export const util = 1;\n',
  'app/src/assets/car.png': 'png\n',
  'app/src/assets/a.svg': '<svg/>\n',
  'app/src/b.svg': '<svg/>\n',
  'src/assets/missing.png': 'decoy: the alias from the repository root\n',
  // baseUrl set: `paths` is relative to it, not to the tsconfig's folder
  'web/tsconfig.json': json({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', baseUrl: './lib', paths: { '~/*': ['./*'] } } }),
  'web/main.ts': ["import logo from '~/img/logo.png?url';", "import gone from '~/img/gone.png';", 'export const all = [logo, gone];'].join('\n'),
  'web/lib/img/logo.png': 'png\n',
  'web/img/gone.png': 'decoy: the alias from the tsconfig folder\n',
  // `paths` from an extended config: relative to that config's folder
  'shared/tsconfig.base.json': json({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', paths: { '$icons/*': ['./icons/*'] } } }),
  'shared/icons/gear.svg': '<svg/>\n',
  'tools/tsconfig.json': json({ extends: '../shared/tsconfig.base.json' }),
  'tools/run.ts': "import gear from '$icons/gear.svg?raw';\nexport const icon = gear;\n",
};
const MAIN = 'app/src/main.ts';

let dir: string;
let graph: ModuleGraph;
const warnings = new WarningSink();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'blastmap-assets-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=F', '-c', 'user.email=f@example.com', 'commit', '-q', '-m', 'fixture');
  graph = await buildModuleGraph({ repoDir: dir, options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unresolved = (): string[] => warnings.items.filter((w) => w.code === 'unresolved-import').map((w) => `${w.path}: ${w.message}`);

describe('imports of files that are not code', () => {
  it('are neither warnings nor edges when the file is there, through an alias or with a query', () => {
    expect(unresolved()).toEqual([
      "app/src/main.ts: cannot resolve '@/assets/missing.png': matches a tsconfig `paths` alias but no file",
      "web/main.ts: cannot resolve '~/img/gone.png': matches a tsconfig `paths` alias but no file",
    ]);
    expect(graph.edges.map((e) => `${e.source} -> ${e.target}`)).toEqual([`${MAIN} -> app/src/util.ts`]);
    for (const module of graph.modules) expect(module.externals, module.path).toEqual([]);
  });

  it('are judged by the paths TypeScript tried for them, less the query', () => {
    // TypeScript's own trace names where it looked; a file is there exactly for the imports not warned of
    const imports: Array<[string, string, boolean]> = [
      [MAIN, '@/assets/car.png', true],
      [MAIN, '@/assets/a.svg?component', true],
      [MAIN, './b.svg?raw', true],
      [MAIN, '@/assets/missing.png', false],
      ['web/main.ts', '~/img/logo.png?url', true],
      ['web/main.ts', '~/img/gone.png', false],
      ['tools/run.ts', '$icons/gear.svg?raw', true],
    ];
    for (const [from, specifier, present] of imports) {
      const tried = triedByTypeScript(from, specifier).map((path) => path.replace(/[?#].*$/, ''));
      expect(tried.length, specifier).toBeGreaterThan(0);
      expect(tried.some((path) => existsSync(path)), specifier).toBe(present);
    }
  });
});

/** The candidate locations in TypeScript's trace of one lookup (the `typescript` package, not blastmap's compiler). */
function triedByTypeScript(from: string, specifier: string): string[] {
  const absFrom = join(dir, from);
  const configPath = ts.findConfigFile(dirname(absFrom), ts.sys.fileExists) as string;
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const lines: string[] = [];
  const host: ts.ModuleResolutionHost = { ...ts.sys, trace: (line) => lines.push(line) };
  const result = ts.resolveModuleName(specifier, absFrom, { ...parsed?.options, traceResolution: true }, host);
  expect(result.resolvedModule, specifier).toBeUndefined();
  return lines.flatMap((line) => [...line.matchAll(/candidate module location '([^']+)'/g)].map((m) => m[1] as string));
}
