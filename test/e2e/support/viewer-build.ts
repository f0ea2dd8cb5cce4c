import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const repoRoot = resolve(import.meta.dirname, '../../..');

/** Builds the viewer from source into a fresh folder, so a test never reads a stale dist/. */
export async function buildViewer(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'blastmap-viewer-'));
  await build({ configFile: join(repoRoot, 'viewer/vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export const SCREENSHOT_DIR = join(repoRoot, 'test-output', 'screenshots');
