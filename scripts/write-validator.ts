/**
 * Writes dist/analyzer/report/report-validator.cjs: the report schema's ajv validator as code
 * (ajv's standalone mode), so a run loads it instead of compiling the schema (about 0.13 s on a
 * 20,000-module report). It carries the digest of the schema file it was made from; the analyzer
 * compiles the schema file itself when that does not match (analyzer/report/validate.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// a CommonJS module whose export is also its own `default`: as typed, and as it runs
import standalone from 'ajv/dist/standalone/index.js';
import { schemaAjv, schemaDigest } from '../analyzer/report/validate.js';
import { schemaFiles } from './write-schema.js';

/** From the schema file's text as write-schema.ts writes it, so the digest names that file. */
export function reportValidatorSource(): string {
  const text = schemaFiles()['schema/report.schema.json'] as string;
  const ajv = schemaAjv({ source: true });
  const code = standalone.default(ajv, ajv.compile(JSON.parse(text) as object));
  return `${code}\nmodule.exports.schemaDigest = ${JSON.stringify(schemaDigest(text))};\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'analyzer', 'report', 'report-validator.cjs');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, reportValidatorSource());
}
