import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildRepo, PEOPLE } from '../../scripts/fixtures/history-fixture.js';

let repo: string;
let report: Report;

// Alice writes the three source modules; Bob writes ten documents. The code rests on Alice.
beforeAll(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  repo = buildRepo(mkdtempSync(join(tmpdir(), 'blastmap-tf-')), [
    { kind: 'commit', date: '2025-01-01T10:00:00Z', author: PEOPLE.alice, message: 'Code\n',
      write: { 'src/a.ts': ["import { b } from './b';", 'export const a = b;'], 'src/b.ts': ["import { c } from './c';", 'export const b = c;'], 'src/c.ts': ['export const c = 1;'] } },
    { kind: 'commit', date: '2025-01-02T10:00:00Z', author: PEOPLE.bob, message: 'Docs\n',
      write: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`docs/page-${i}.md`, [`# Page ${i}`]])) },
  ]);
  report = await analyze(repo, DEFAULT_OPTIONS);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('truck factor of the code', () => {
  it('counts source modules only, not documents', () => {
    const alice = report.authors.find((a) => a.name === PEOPLE.alice.name);
    const bob = report.authors.find((a) => a.name === PEOPLE.bob.name);
    expect(report.summary.truckFactor).toBe(1);
    expect(report.summary.truckFactorAuthors).toEqual([alice?.id]);
    expect(alice?.filesAuthored).toBe(3);
    expect(bob?.filesAuthored).toBe(0);
  });
});
