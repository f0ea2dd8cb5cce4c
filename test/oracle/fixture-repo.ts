import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Solution-style root tsconfig, an extends chain carrying paths, a workspace package with no node_modules. */
const BASE_FILES: Record<string, string> = {
  'package.json': json({ name: 'fixture-root', private: true, type: 'module', workspaces: ['packages/*'] }),
  'tsconfig.json': json({ files: [], references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.node.json' }] }),
  'tsconfig.app.json': json({ extends: './config/tsconfig.paths.json', compilerOptions: { composite: true }, include: ['src'] }),
  // baseUrl is relative to the config that declares it, not to the one that extends it
  'config/tsconfig.paths.json': json({ extends: './tsconfig.base.json', compilerOptions: { baseUrl: '..', paths: { '@lib/*': ['src/lib/*'], '~/*': ['src/*'] } } }),
  'config/tsconfig.base.json': json({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', allowJs: true, strict: true } }),
  'tsconfig.node.json': json({ compilerOptions: { composite: true, module: 'NodeNext', moduleResolution: 'NodeNext' }, include: ['vite.config.ts'] }),
  'vite.config.ts': `import { add } from './src/lib/math.js';\nexport default { plugins: [add(1, 2)] };\n`,
  'src/main.ts': [
    `import { add } from '@lib/math';`,
    `import type { Shape } from './shapes/index.js';`,
    `import { helper } from '~/util/helper.js';`,
    `import { greet } from '@fixture/greeter';`,
    `import { vendored } from './typed/lib.js';`,
    `import { App } from './view/App.js';`,
    `import './missing.js';`,
    `import { dual } from '@fixture/dual';`,
    `import { typed } from '@fixture/typed';`,
    `import { twin } from '@fixture/twin';`,
    `const legacy = require('./legacy.cjs');`,
    `export async function main(s: Shape) {`,
    `  const lazy = await import('./lazy.js');`,
    `  return [add(1, 2), helper(), greet('x'), vendored, App, legacy, lazy.lazy, s];`,
    `}`,
  ].join('\n'),
  'src/self.ts': `import './self.js';\nexport const self = 1;\n`,
  'src/lazy.ts': `export const lazy = 1;\n`,
  'src/legacy.cjs': `const { add } = require('./lib/math.js');\nconst { dual } = require('@fixture/dual');\nmodule.exports = add(2, dual);\n`,
  'src/lib/math.ts': `export const add = (a: number, b: number) => a + b;\n`,
  'src/util/helper.ts': `import { add } from '../lib/math.js';\nexport const helper = () => add(1, 1);\n`,
  'src/shapes/index.ts': `export * from './circle.js';\nexport * from './square.js';\n`,
  'src/shapes/circle.ts': `export interface Shape { r: number }\nexport const circle: Shape = { r: 1 };\n`,
  'src/shapes/square.ts': `import type { Shape } from './circle.js';\nexport const square = (s: Shape) => s.r * s.r;\n`,
  'src/view/App.tsx': `import { circle } from '../shapes/index.js';\nimport { Button } from './Button';\nexport const App = () => <div><Button />{circle.r}</div>;\n`,
  'src/view/Button.jsx': `import { helper } from '../util/helper.js';\nexport const Button = () => <button>{helper()}</button>;\n`,
  // a .d.ts beside the .js it describes: TypeScript lands on the .d.ts, the module is the .js
  'src/typed/lib.js': `export const vendored = 1;\n`,
  'src/typed/lib.d.ts': `export declare const vendored: number;\n`,
  'packages/greeter/package.json': json({ name: '@fixture/greeter', type: 'module', exports: { '.': './src/index.ts' } }),
  'packages/greeter/src/index.ts': `export * from './greet.js';\n`,
  'packages/greeter/src/greet.ts': `export const greet = (name: string) => 'hi ' + name;\n`,
  // conditional exports: require() takes "require", import takes "import"
  'packages/dual/package.json': json({ name: '@fixture/dual', exports: { require: './r.cjs', import: './i.mjs' } }),
  'packages/dual/r.cjs': `exports.dual = 1;\n`,
  'packages/dual/i.mjs': `export const dual = 1;\n`,
  // "types" wins for TypeScript, but the module is the implementation behind it
  'packages/typed/package.json': json({ name: '@fixture/typed', exports: { '.': { types: './index.d.ts', import: './index.mjs' } } }),
  'packages/typed/index.d.ts': `export declare const typed: number;\n`,
  'packages/typed/index.mjs': `export const typed = 1;\n`,
  // two packages share a name; the consumer's file: dependency decides which one it gets
  'packages/twin/package.json': json({ name: '@fixture/twin', exports: './index.ts' }),
  'packages/twin/index.ts': `export const twin = 'workspace';\n`,
  'packages/consumer/package.json': json({ name: '@fixture/consumer', dependencies: { '@fixture/twin': 'file:./twin' } }),
  'packages/consumer/index.ts': `import { twin } from '@fixture/twin';\nexport const consumer = twin;\n`,
  'packages/consumer/twin/package.json': json({ name: '@fixture/twin', exports: './index.ts' }),
  'packages/consumer/twin/index.ts': `export const twin = 'nested';\n`,
  'legacy/jsconfig.json': json({ compilerOptions: { module: 'CommonJS', moduleResolution: 'Node10', checkJs: true } }),
  'legacy/a.js': `const b = require('./b');\nmodule.exports = b;\n`,
  'legacy/b.js': `module.exports = 2;\n`,
};

export const BASE_EXPECTED_EDGES: [string, string][] = [
  ['src/main.ts', 'src/lib/math.ts'],
  ['src/main.ts', 'src/shapes/index.ts'],
  ['src/main.ts', 'src/util/helper.ts'],
  ['src/main.ts', 'packages/greeter/src/index.ts'],
  ['src/main.ts', 'src/typed/lib.js'],
  ['src/main.ts', 'src/view/App.tsx'],
  ['src/main.ts', 'src/legacy.cjs'],
  ['src/main.ts', 'src/lazy.ts'],
  ['src/main.ts', 'packages/dual/i.mjs'],
  ['src/main.ts', 'packages/typed/index.mjs'],
  ['src/main.ts', 'packages/twin/index.ts'],
  ['src/legacy.cjs', 'packages/dual/r.cjs'],
  ['packages/consumer/index.ts', 'packages/consumer/twin/index.ts'],
  ['src/legacy.cjs', 'src/lib/math.ts'],
  ['src/util/helper.ts', 'src/lib/math.ts'],
  ['src/shapes/index.ts', 'src/shapes/circle.ts'],
  ['src/shapes/index.ts', 'src/shapes/square.ts'],
  ['src/shapes/square.ts', 'src/shapes/circle.ts'],
  ['src/view/App.tsx', 'src/shapes/index.ts'],
  ['src/view/App.tsx', 'src/view/Button.jsx'],
  ['src/view/Button.jsx', 'src/util/helper.ts'],
  ['packages/greeter/src/index.ts', 'packages/greeter/src/greet.ts'],
  ['vite.config.ts', 'src/lib/math.ts'],
  ['legacy/a.js', 'legacy/b.js'],
];

/**
 * Cases where the oracle states TypeScript's view and blastmap may reasonably differ, so they stay
 * out of the blastmap comparison: Node's ESM rules under NodeNext (extensionless fails in an ESM
 * file, works in a .cts via require), a workspace package whose entry is an unbuilt dist/, and a
 * symlinked file (TypeScript lands on the symlink's target).
 */
const ORACLE_ONLY_FILES: Record<string, string> = {
  'packages/unbuilt/package.json': json({ name: '@fixture/unbuilt', exports: './dist/index.js' }),
  'packages/unbuilt/src/index.ts': `export const unbuilt = 1;\n`,
  'src/uses-unbuilt.ts': `import { unbuilt } from '@fixture/unbuilt';\nimport { greet } from './greet-link.js';\nexport const u = [unbuilt, greet];\n`,
  'tools/package.json': json({ name: 'tools', private: true, type: 'module' }),
  'tools/tsconfig.json': json({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' }, include: ['.'] }),
  'tools/esm.ts': `import './shared';\nimport './shared.js';\nexport {};\n`,
  'tools/legacy.cts': `const shared = require('./shared');\nexport = shared;\n`,
  'tools/shared.ts': `export const shared = 1;\n`,
};

export const ORACLE_ONLY_EXPECTED_EDGES: [string, string][] = [
  ['src/uses-unbuilt.ts', 'packages/greeter/src/greet.ts'],
  ['tools/esm.ts', 'tools/shared.ts'],
  ['tools/legacy.cts', 'tools/shared.ts'],
];

export interface FixtureRepo {
  dir: string;
  /** every TS/JS file but declaration files: what a module graph should hold */
  modules: string[];
}

export function writeFixtureRepo(opts: { oracleOnly: boolean }): FixtureRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'blastmap-oracle-'));
  const files = { ...BASE_FILES, ...(opts.oracleOnly ? ORACLE_ONLY_FILES : {}) };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  if (opts.oracleOnly) symlinkSync('../packages/greeter/src/greet.ts', path.join(dir, 'src/greet-link.ts'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.com', 'commit', '-q', '-m', 'fixture');
  const modules = Object.keys(files)
    .filter((f) => /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/.test(f) && !/\.d\.[mc]?ts$/.test(f))
    .sort();
  return { dir, modules };
}
