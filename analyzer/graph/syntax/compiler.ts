import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';

/**
 * ts-morph's bundled compiler, loaded with require: importing the CommonJS bundle as ESM makes
 * Node scan its 9 MB for named exports first.
 */
export const ts = (createRequire(import.meta.url)('ts-morph') as { ts: typeof TS }).ts;
