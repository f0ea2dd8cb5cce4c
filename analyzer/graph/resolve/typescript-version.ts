import { createRequire } from 'node:module';

/** The installed TypeScript's version, from its package.json: without loading its 9 MB compiler. */
export function typescriptVersion(): string {
  return (createRequire(import.meta.url)('typescript/package.json') as { version: string }).version;
}
