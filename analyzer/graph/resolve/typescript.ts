import type * as TS from 'typescript';
import { requireCompiled } from '../../core/compiled-code.js';

/**
 * TypeScript 5.9, loaded with require: importing its 9 MB CommonJS file as ESM makes Node scan
 * it for named exports first, about 0.2 s on every run.
 */
export const ts = requireCompiled(import.meta.url, 'typescript') as typeof TS;
