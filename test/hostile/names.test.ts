import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNamesFixture, HOSTILE_NAMES, RAW_BYTE_NAME_AS_REPORTED } from '../../scripts/fixtures/hostile/names.js';
import { analyzeHostile, warningCodes } from './support/contract.js';
import { analyzedOnce } from './support/analyzed-once.js';

const fixture = analyzedOnce('names', (b) => buildNamesFixture(b.repo), {}, 90_000);
const { box } = fixture;

describe('hostile file names', () => {
  it('keeps every name byte for byte as a module, and runs none of them', () => {
    const paths = fixture.report.modules.map((m) => m.path);
    expect(paths.sort()).toEqual([...HOSTILE_NAMES, 'main.ts'].sort());
  });

  it('resolves an import of each exact name', () => {
    const targets = fixture.report.edges.filter((e) => e.source === 'main.ts').map((e) => e.target);
    expect(targets.sort()).toEqual(HOSTILE_NAMES.filter((name) => name !== 'back\\slash.ts').sort());
  });

  it('leaves `./back\\slash` unresolved, as tsc does (a backslash in a specifier is a separator)', () => {
    const unresolved = fixture.report.warnings.filter((w) => w.code === 'unresolved-import' && w.path === 'main.ts');
    expect(unresolved.map((w) => w.message)).toEqual([expect.stringContaining('./back\\slash')]);
  });

  it('tells apart names that differ only in case or in Unicode normalisation', () => {
    const paths = new Set(fixture.report.modules.map((m) => m.path));
    for (const name of ['Case.ts', 'case.ts', 'cafe\u0301-nfd.ts', 'caf\u00e9-nfc.ts']) expect(paths.has(name)).toBe(true);
  });

  it('names a file whose name is not UTF-8 in warnings, with U+FFFD for the bad byte', () => {
    expect(warningCodes(fixture.report, RAW_BYTE_NAME_AS_REPORTED)).toEqual(['file-name-not-utf8']);
  });

  it('gives the same report again from a warm run cache', async () => {
    const first = readFileSync(join(box.out, 'report.json'), 'utf8');
    expect(readdirSync(box.cache)).toEqual(['blastmap']); // the run cache, where $XDG_CACHE_HOME/blastmap is the default
    rmSync(box.out, { recursive: true });
    await analyzeHostile(box);
    expect(readFileSync(join(box.out, 'report.json'), 'utf8')).toBe(first);
  }, 60_000);

  it('reads the history of each name as git lists it', () => {
    for (const module of fixture.report.modules) expect(module.history?.commits, module.path).toBe(1);
  });
});
