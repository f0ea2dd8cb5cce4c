import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { schemaValidator } from '../../analyzer/report/validate.js';
import { ROOT } from './run-cli.js';

let validate: ValidateFunction | undefined;

/** Validates against the generated schema/report.schema.json, the file other tools will use (compiled once per test file). */
export function validateAgainstSchemaFile(report: unknown): string[] {
  validate ??= schemaValidator(JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8')));
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
