import { existsSync, readFileSync } from 'node:fs';

/**
 * The text of a generated JSON Schema (`schema/<name>.schema.json`, written from the TypeBox
 * source by scripts/write-schema.ts and checked by `npm run lint`), found from this module in the
 * source tree (analyzer/report/) or in the build (dist/analyzer/report/). Runs validate against
 * these files, so they load neither TypeBox nor, with the build's precompiled validator, ajv.
 */
export function schemaFileText(name: 'report' | 'config'): string {
  const candidates = ['../../schema/', '../../../schema/'].map((dir) => new URL(`${dir}${name}.schema.json`, import.meta.url));
  const found = candidates.find((url) => existsSync(url));
  if (!found) throw new Error(`internal error: schema/${name}.schema.json is missing from the installation`);
  return readFileSync(found, 'utf8');
}
