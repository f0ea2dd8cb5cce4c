// Module-resolution hooks for component-compilers.test.ts: every URL that resolves into one of the
// frameworks' compilers is appended to the file COMPONENT_LOAD_LOG names.
import { appendFileSync } from 'node:fs';

const COMPILERS = /\/node_modules\/(@vue\/compiler-sfc|svelte|@astrojs\/compiler)\//;

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const match = COMPILERS.exec(result.url);
  if (match && process.env.COMPONENT_LOAD_LOG) appendFileSync(process.env.COMPONENT_LOAD_LOG, `${match[1]}\n`);
  return result;
}
