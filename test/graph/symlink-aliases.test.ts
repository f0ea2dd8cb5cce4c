import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { buildModuleGraph } from '../../analyzer/graph/index.js';
import type { ModuleGraph } from '../../analyzer/graph/model.js';

let dir: string;
let graph: ModuleGraph;
const warnings = new WarningSink();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'blastmap-links-'));
  mkdirSync(join(dir, 'shared'));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'shared/util.js'), 'export const u = 1;\n');
  symlinkSync('../shared/util.js', join(dir, 'app/util.js')); // an alias inside the repo
  symlinkSync('/etc/hostname', join(dir, 'app/outside.js')); // leaves the repo
  symlinkSync('./nowhere.js', join(dir, 'app/dangling.js'));
  writeFileSync(join(dir, 'app/main.js'), "import { u } from './util.js';\nimport './outside.js';\nimport './dangling.js';\nexport const m = u;\n");
  graph = await buildModuleGraph({ repoDir: dir, options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('symbolic links', () => {
  it('are never modules, and each is named in warnings', () => {
    expect(graph.modules.map((m) => m.path)).toEqual(['app/main.js', 'shared/util.js']);
    for (const link of ['app/util.js', 'app/outside.js', 'app/dangling.js'])
      expect(warnings.items.some((w) => w.path === link && w.code === 'symlink'), link).toBe(true);
  });

  it('resolve to their target when it is a tracked file inside the repo, and nowhere else', () => {
    expect(graph.edges.map((e) => `${e.source} -> ${e.target}`)).toEqual(['app/main.js -> shared/util.js']);
  });
});
