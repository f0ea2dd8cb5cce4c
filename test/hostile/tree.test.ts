import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildTreeFixture } from '../../scripts/fixtures/hostile/tree.js';
import { analyzeHostile, warningCodes } from './support/contract.js';
import { sandbox } from './support/sandbox.js';

const box = sandbox('tree');
let report: Report;

beforeAll(async () => {
  buildTreeFixture(box.repo);
  report = await analyzeHostile(box, { timeoutMs: 30_000 });
}, 60_000);
afterAll(() => box.dispose());

describe('links and tsconfig traps', () => {
  it('never follows a link: tracked links to /etc, to nowhere and in a loop are warned symlinks', () => {
    for (const path of ['src/passwd.ts', 'src/dangling.ts', 'src/loop.ts']) expect(warningCodes(report, path), path).toEqual(['symlink']);
    expect(report.modules.map((m) => m.path).sort()).toEqual(['app/main.ts', 'lib/base.ts', 'lib/helper.ts']);
  });

  it('resolves no import through a link, and says so for each', () => {
    expect(report.edges.map((e) => `${e.source} -> ${e.target}`)).toEqual(['app/main.ts -> lib/helper.ts', 'lib/helper.ts -> lib/base.ts']);
    const unresolved = report.warnings.filter((w) => w.code === 'unresolved-import' && w.path === 'app/main.ts');
    expect(unresolved).toHaveLength(5);
  });

  it('reports the extends cycle and the missing base, and still applies what could be read', () => {
    const messages = report.warnings.filter((w) => w.code === 'tsconfig-error').map((w) => `${w.path}: ${w.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/^app\/tsconfig\.json: .*Circularity/), expect.stringMatching(/^lib\/tsconfig\.json: .*missing-base\.json/)]),
    );
  });

  it('never names a file outside the repository', () => {
    const text = JSON.stringify({ modules: report.modules, edges: report.edges });
    expect(text).not.toContain('/etc/');
    expect(text).not.toContain('passwd');
  });
});
