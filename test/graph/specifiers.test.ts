import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtinName } from '../../analyzer/graph/resolve/specifiers.js';

describe('runtime modules', () => {
  it("names Node's own modules as node:<name>, with or without the prefix", () => {
    expect(builtinModules).toContain('fs');
    expect([builtinName('fs'), builtinName('node:fs'), builtinName('fs/promises'), builtinName('node:test')]).toEqual(['node:fs', 'node:fs', 'node:fs', 'node:test']);
  });

  it("takes Bun's own modules (bun:test, bun:sqlite) as the runtime's, not as imports nobody can resolve", () => {
    expect([builtinName('bun:test'), builtinName('bun:sqlite'), builtinName('bun:ffi')]).toEqual(['bun:test', 'bun:sqlite', 'bun:ffi']);
    // a package that only looks alike stays a package
    expect([builtinName('bun'), builtinName('bunyan'), builtinName('./bun:test')]).toEqual([null, null, null]);
  });
});
