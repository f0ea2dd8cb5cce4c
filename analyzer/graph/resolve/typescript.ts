import { createRequire } from 'node:module';
import type * as TS from 'typescript';

/**
 * TypeScript 5.9, loaded with require: importing its 9 MB CommonJS file as ESM makes Node scan
 * it for named exports first, about 0.2 s on every run.
 */
export const ts = createRequire(import.meta.url)('typescript') as typeof TS;
