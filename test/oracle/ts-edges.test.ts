import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { oracleEdges } from '../../scripts/oracle/ts-edges.js';
import { BASE_EXPECTED_EDGES, ORACLE_ONLY_EXPECTED_EDGES, writeFixtureRepo } from './fixture-repo.js';

const fixture = writeFixtureRepo({ oracleOnly: true });
afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));

const keys = (pairs: [string, string][]) => pairs.map(([s, t]) => `${s}\0${t}`).sort();

describe('oracleEdges', () => {
  const result = oracleEdges(fixture.dir, fixture.modules);

  it('finds exactly the hand-listed edges', () => {
    expect([...result.edges].sort()).toEqual(keys([...BASE_EXPECTED_EDGES, ...ORACLE_ONLY_EXPECTED_EDGES]));
  });

  it('reports what it could not resolve', () => {
    expect(result.misses.get('src/main.ts\0./missing.js')).toBe('unresolved');
    expect(result.misses.get('tools/esm.ts\0./shared')).toBe('unresolved');
    expect(result.misses.get('src/uses-unbuilt.ts\0@fixture/unbuilt')).toBe('unresolved');
    expect(result.unresolved).toBe(3);
  });

  it('uses the config that includes the file, through references, else the fallback', () => {
    expect(result.configOf.get('src/main.ts')).toBe('tsconfig.app.json');
    expect(result.configOf.get('vite.config.ts')).toBe('tsconfig.node.json');
    expect(result.configOf.get('legacy/a.js')).toBe('legacy/jsconfig.json');
    expect(result.configOf.get('tools/esm.ts')).toBe('tools/tsconfig.json');
    expect(result.configOf.get('packages/greeter/src/index.ts')).toBeNull();
  });

  it('keeps the specifier of each edge', () => {
    expect(result.specifiers.get('src/main.ts\0packages/greeter/src/index.ts')).toBe('@fixture/greeter');
    expect(result.specifiers.get('src/main.ts\0src/lib/math.ts')).toBe('@lib/math');
  });

  it('needs the workspace link to resolve a workspace package by name', () => {
    const unlinked = oracleEdges(fixture.dir, fixture.modules, { linkWorkspaces: false });
    expect(unlinked.edges.has('src/main.ts\0packages/greeter/src/index.ts')).toBe(false);
    expect(unlinked.misses.get('src/main.ts\0@fixture/greeter')).toBe('unresolved');
  });

  it('drops edges to files outside the module list', () => {
    const partial = oracleEdges(fixture.dir, fixture.modules.filter((m) => m !== 'src/lib/math.ts'));
    expect([...partial.edges].some((e) => e.endsWith('\0src/lib/math.ts'))).toBe(false);
    expect(partial.misses.get('src/util/helper.ts\0../lib/math.js')).toBe('outside');
  });
});
