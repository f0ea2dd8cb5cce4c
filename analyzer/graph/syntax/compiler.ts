import { createRequire } from 'node:module';
import type { ts as TS } from 'ts-morph';

/**
 * The one TypeScript compiler of a run: ts-morph's bundled one, used for parsing and for module
 * resolution alike. Loaded with require (importing the CommonJS bundle as ESM makes Node scan
 * its 9 MB for named exports first), and straight from ts-morph's own dependency: the compiler is
 * all blastmap uses, and ts-morph's wrapper would load on top of it. Should a ts-morph release
 * move the bundle, the wrapper's export is the same compiler.
 */
export const ts = loadCompiler();

function loadCompiler(): typeof TS {
  const require = createRequire(import.meta.url);
  try {
    return require(createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common/dist/typescript.js')) as typeof TS;
  } catch {
    return (require('ts-morph') as { ts: typeof TS }).ts;
  }
}
