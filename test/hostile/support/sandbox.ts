import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canaries, type Canaries } from '../../../scripts/fixtures/hostile/canary.js';

/**
 * One temp root per case: the repo, the report folder, a HOME and a cache folder for the CLI and
 * the canaries all live in it, so "nothing written outside --out" (and the run cache, which is
 * machine-local by design) is a check on this one folder.
 */
export interface Sandbox {
  root: string;
  repo: string;
  out: string;
  home: string;
  /** XDG_CACHE_HOME for the CLI: the run cache may write below it */
  cache: string;
  canaries: Canaries;
  dispose(): void;
}

export function sandbox(name: string): Sandbox {
  const root = mkdtempSync(join(tmpdir(), `blastmap-hostile-${name}-`));
  const home = join(root, 'home');
  mkdirSync(home);
  return {
    root,
    repo: join(root, 'repo'),
    out: join(root, 'out'),
    home,
    cache: join(root, 'cache'),
    canaries: canaries(join(root, 'canaries')),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
