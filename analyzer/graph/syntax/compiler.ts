import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';
import { requireCompiled } from '../../core/compiled-code.js';

/**
 * ts-morph's bundled compiler, loaded with require (importing the CommonJS bundle as ESM makes
 * Node scan its 9 MB for named exports first), and straight from ts-morph's own dependency:
 * the compiler is all the parser uses, and skipping ts-morph's wrapper saves 60 ms of loading.
 * Should a ts-morph release move the bundle, the wrapper's export is the same compiler.
 */
export const ts = loadCompiler();

function loadCompiler(): typeof TS {
  const require = createRequire(import.meta.url);
  try {
    return requireCompiled(require.resolve('ts-morph'), '@ts-morph/common/dist/typescript.js') as typeof TS;
  } catch {
    return (require('ts-morph') as { ts: typeof TS }).ts;
  }
}
