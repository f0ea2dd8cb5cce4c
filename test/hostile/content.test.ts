import { readSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { readSource } from '../../analyzer/graph/read-source.js';
import { BIG_FILES, buildContentFixture, MODERN_SYNTAX } from '../../scripts/fixtures/hostile/content.js';
import { warningCodes } from './support/contract.js';
import { analyzedOnce } from './support/analyzed-once.js';

// readSync as is, watched: the size cap must decide before a byte of the file is read
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, readSync: vi.fn(fs.readSync) };
});

const fixture = analyzedOnce('content', (b) => buildContentFixture(b.repo), {}, 120_000);
const { box } = fixture;

const edgesFrom = (source: string): string[] => fixture.report.edges.filter((e) => e.source === source).map((e) => e.target).sort();

describe('hostile and unusual file contents', () => {
  it('reads every modern syntax form as a module without a parse warning', () => {
    const sources = Object.keys(MODERN_SYNTAX).filter((path) => /\.[cm]?[jt]sx?$/.test(path));
    for (const path of sources) {
      expect(fixture.report.modules.some((m) => m.path === path), path).toBe(true);
      expect(warningCodes(fixture.report, path), path).toEqual([]);
    }
  });

  it('follows require, import(), import attributes and .mts/.cts extension mapping', () => {
    expect(edgesFrom('src/common.cts')).toEqual(['src/util.ts']);
    expect(edgesFrom('src/esm.mts')).toEqual(['src/legacy.cjs']);
    expect(edgesFrom('src/legacy.cjs')).toEqual(['src/common.cts']);
    expect(edgesFrom('src/lazy.ts')).toEqual(['src/satisfies.ts']);
    expect(edgesFrom('src/attributes.ts')).toEqual(['src/util.ts']);
    expect(fixture.report.edges.find((e) => e.source === 'src/lazy.ts')?.dynamic).toBe(true);
  });

  it('keeps the whole graph around the broken files', () => {
    expect(edgesFrom('src/app.ts')).toEqual(['src/attributes.ts', 'src/broken.ts', 'src/common.cts', 'src/decorators.ts', 'src/esm.mts', 'src/lazy.ts', 'src/sfc.ts', 'src/using.ts', 'src/view.tsx']);
  });

  it('keeps a file with a syntax error as a module, with the imports on both sides of the error', () => {
    expect(warningCodes(fixture.report, 'src/broken.ts')).toEqual(['parse-error']);
    expect(edgesFrom('src/broken.ts')).toEqual(['src/satisfies.ts', 'src/util.ts']);
  });

  it('takes Vue and Svelte files as modules: their script blocks import, and an import of one is an edge', () => {
    expect(edgesFrom('src/sfc.ts')).toEqual(['src/Widget.svelte', 'src/Widget.vue']);
    expect(edgesFrom('src/Widget.vue')).toEqual(['src/util.ts']);
    expect(edgesFrom('src/Widget.svelte')).toEqual(['src/util.ts']);
    expect(warningCodes(fixture.report, 'src/Widget.vue')).toEqual([]);
  });

  it('skips the 5 MB bundle and the 50 MB generated file by size, with warnings naming them', () => {
    expect(warningCodes(fixture.report, BIG_FILES.bundle)).toEqual(['size-cap']);
    expect(warningCodes(fixture.report, BIG_FILES.generated)).toEqual(['size-cap']);
  });

  // the memory this saves is the bench's figure (npm run bench: size cap), not a threshold here
  it('decides the size cap from the file size, without reading the 50 MB into memory', () => {
    vi.mocked(readSync).mockClear();
    const warnings = new WarningSink();
    const text = readSource(join(box.repo, BIG_FILES.generated), BIG_FILES.generated, 1024 * 1024, warnings);
    expect(text).toBeNull();
    expect(warnings.items.map((w) => w.code)).toEqual(['size-cap']);
    expect(readSync).not.toHaveBeenCalled();
    // while a small source file is read through the same readSync, so the spy does see reads
    expect(readSource(join(box.repo, 'src/util.ts'), 'src/util.ts', 1024 * 1024, new WarningSink())).not.toBeNull();
    expect(readSync).toHaveBeenCalled();
  });

  it('survives 20,000 nested parentheses: still a module, the parser crash explained', () => {
    expect(fixture.report.modules.some((m) => m.path === 'src/deep.ts')).toBe(true);
    expect(warningCodes(fixture.report, 'src/deep.ts')).toEqual(['parse-crash']);
  });

  it('names a declaration file in warnings, not as a module', () => {
    expect(warningCodes(fixture.report, 'src/types.d.ts')).toEqual(['declaration-file']);
  });

  it('sets aside NUL bytes and a PNG as binary', () => {
    expect(warningCodes(fixture.report, 'src/nul.ts')).toEqual(['binary']);
    expect(warningCodes(fixture.report, 'src/image.ts')).toEqual(['binary']);
  });
});
