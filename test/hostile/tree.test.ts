import { describe, expect, it } from 'vitest';
import { buildTreeFixture } from '../../scripts/fixtures/hostile/tree.js';
import { warningCodes } from './support/contract.js';
import { analyzedOnce } from './support/analyzed-once.js';

const fixture = analyzedOnce('tree', (b) => buildTreeFixture(b.repo), { timeoutMs: 30_000 });
const { box } = fixture;

describe('links and tsconfig traps', () => {
  it('never follows a link: tracked links to /etc, to nowhere and in a loop are warned symlinks', () => {
    for (const path of ['src/passwd.ts', 'src/dangling.ts', 'src/loop.ts']) expect(warningCodes(fixture.report, path), path).toEqual(['symlink']);
    expect(fixture.report.modules.map((m) => m.path).sort()).toEqual(['app/main.ts', 'lib/base.ts', 'lib/helper.ts']);
  });

  it('resolves no import through a link, and says so for each', () => {
    expect(fixture.report.edges.map((e) => `${e.source} -> ${e.target}`)).toEqual(['app/main.ts -> lib/helper.ts', 'lib/helper.ts -> lib/base.ts']);
    const unresolved = fixture.report.warnings.filter((w) => w.code === 'unresolved-import' && w.path === 'app/main.ts');
    expect(unresolved).toHaveLength(5);
  });

  it('reports the extends cycle and the missing base, and still applies what could be read', () => {
    const messages = fixture.report.warnings.filter((w) => w.code === 'tsconfig-error').map((w) => `${w.path}: ${w.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/^app\/tsconfig\.json: .*Circularity/), expect.stringMatching(/^lib\/tsconfig\.json: .*missing-base\.json/)]),
    );
  });

  it('never names a file outside the repository', () => {
    const text = JSON.stringify({ modules: fixture.report.modules, edges: fixture.report.edges });
    expect(text).not.toContain('/etc/');
    expect(text).not.toContain('passwd');
  });
});
