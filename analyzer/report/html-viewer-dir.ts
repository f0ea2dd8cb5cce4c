import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * dist/viewer of the blastmap package this file belongs to, whether it runs from source
 * (analyzer/report) or from the build (dist/analyzer/report).
 */
export function defaultViewerDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'blastmap') {
      return join(dir, 'dist', 'viewer');
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the blastmap package root to locate dist/viewer');
    dir = parent;
  }
}
