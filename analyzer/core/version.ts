import { readFileSync } from 'node:fs';

/** The package's own version, read once from its package.json (two levels above this file). */
export const TOOL_VERSION: string = readVersion();

function readVersion(): string {
  for (const relative of ['../../package.json', '../../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'blastmap' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // try the next layout (source vs dist)
    }
  }
  return '0.0.0';
}
