import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkspaceFixture } from '../../scripts/fixtures/hostile/workspace.js';
import { analyzeHostile } from './support/contract.js';
import { sandbox } from './support/sandbox.js';

const boxes = [sandbox('pnpm-bare'), sandbox('pnpm-installed')];
afterAll(() => boxes.forEach((box) => box.dispose()));

const EDGES = ['packages/app/src/main.ts -> packages/core/src/index.ts'];

describe('a pnpm workspace', () => {
  it.each([
    ['without node_modules', 0, false],
    ['with node_modules (links into the workspace and out to /etc)', 1, true],
  ] as const)('%s: packages import each other by name, the same graph, nothing from node_modules in it', async (_, index, installed) => {
    const box = boxes[index]!;
    buildWorkspaceFixture(box.repo, installed);
    const report = await analyzeHostile(box, { timeoutMs: 30_000 });
    expect(report.modules.map((m) => m.path).sort()).toEqual(['packages/app/src/main.ts', 'packages/core/src/index.ts']);
    expect(report.edges.map((e) => `${e.source} -> ${e.target}`)).toEqual(EDGES);
    const app = report.modules.find((m) => m.path === 'packages/app/src/main.ts');
    expect(app?.externals).toEqual(['evil']);
    expect(JSON.stringify(report)).not.toContain('/etc');
  }, 60_000);
});
