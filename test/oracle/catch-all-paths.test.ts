import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WarningSink } from '../../analyzer/core/warnings.js';
import type { ModuleGraph } from '../../analyzer/graph/model.js';
import { buildBlastmapGraph } from '../../scripts/oracle/blastmap-graph.js';
import { oracleEdges, type OracleResult } from '../../scripts/oracle/ts-edges.js';

/**
 * A tsconfig whose `paths` has a catch-all `"*": ["./*"]`: TypeScript tries the substitution, finds
 * no file for a package name, and goes on to node_modules (resolving a package that is installed,
 * failing on one that is not, as for any bare name). Only an alias with literal text (`@app/*`)
 * marks an import meant for the repository, whose miss is worth a warning.
 */
const FILES: Record<string, string> = {
  '.gitignore': 'node_modules\n',
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', baseUrl: '.', paths: { '*': ['./*'], '@app/*': ['src/*'] } } }),
  'src/main.ts': [
    `import React from 'react';`,
    `import { map } from 'lodash/fp';`,
    `import { scope } from '@scope/tool';`,
    `import { installed } from 'installed-pkg';`,
    `import { util } from 'src/util';`,
    `import { again } from '@app/util';`,
    `import { gone } from '@app/missing';`,
    `export const all = [React, map, scope, installed, util, again, gone];`,
  ].join('\n'),
  'src/util.ts': 'export const util = 1;\nexport const again = 2;\n',
  // installed, not tracked: TypeScript finds it through the fallback to node_modules
  'node_modules/installed-pkg/package.json': JSON.stringify({ name: 'installed-pkg', main: 'index.js' }),
  'node_modules/installed-pkg/index.js': 'exports.installed = 1;\n',
};

describe('a catch-all tsconfig `paths` pattern', () => {
  let dir: string;
  let graph: ModuleGraph;
  let warnings: WarningSink;
  let oracle: OracleResult;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'blastmap-catch-all-'));
    for (const [rel, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.name=F', '-c', 'user.email=f@example.com', 'commit', '-q', '-m', 'fixture');
    ({ graph, warnings } = await buildBlastmapGraph(dir));
    oracle = oracleEdges(dir, graph.modules.map((m) => m.path));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves what TypeScript resolves, through the catch-all and the alias alike', () => {
    const ours = graph.edges.map((e) => `${e.source}\0${e.target}`);
    expect(ours).toEqual(['src/main.ts\0src/util.ts']);
    expect([...oracle.edges]).toEqual(ours);
  });

  it('takes package names TypeScript leaves to node_modules as packages, installed or not', () => {
    // TypeScript: the installed one resolves outside the modules, the others resolve nowhere
    expect(oracle.misses.get('src/main.ts\0installed-pkg')).toBe('outside');
    for (const name of ['react', 'lodash/fp', '@scope/tool', '@app/missing']) expect(oracle.misses.get(`src/main.ts\0${name}`), name).toBe('unresolved');
    expect(graph.modules.find((m) => m.path === 'src/main.ts')!.externals.sort()).toEqual(['@scope/tool', 'installed-pkg', 'lodash', 'react']);
  });

  it('warns only of the import an alias with literal text claims', () => {
    expect(warnings.items.filter((w) => w.code === 'unresolved-import').map((w) => w.message)).toEqual([
      "cannot resolve '@app/missing': matches a tsconfig `paths` alias but no file",
    ]);
  });
});
