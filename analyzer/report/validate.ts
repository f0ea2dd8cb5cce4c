import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Report } from './schema/index.js';
import { schemaFileText } from './schema-file.js';

const require = createRequire(import.meta.url);
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The ajv set-up of every schema of ours; date-time checked without ajv-formats. `code` asks for standalone source. ajv loads only when asked for. */
export function schemaAjv(code?: { source: true }): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const ajv = new AjvClass({ allErrors: true, strict: false, ...(code && { code }) });
  ajv.addFormat('date-time', ISO_DATE_TIME);
  return ajv;
}

export function schemaValidator<T>(schema: object): ValidateFunction<T> {
  return schemaAjv().compile<T>(schema);
}

export function schemaDigest(schemaText: string): string {
  return createHash('sha256').update(schemaText).digest('hex');
}

let reportValidator: ValidateFunction<Report> | undefined;

/**
 * The build's precompiled validator (scripts/write-validator.ts) when it was made from this very
 * schema file; else (run from source, or a stale build) the schema file compiled here.
 */
function loadReportValidator(): ValidateFunction<Report> {
  const text = schemaFileText('report');
  try {
    const built = require('./report-validator.cjs') as { default: ValidateFunction<Report>; schemaDigest: string };
    if (built.schemaDigest === schemaDigest(text)) return built.default;
  } catch {
    // not built: compiled below
  }
  return schemaValidator<Report>(JSON.parse(text) as object);
}

/** The schema errors of a report, as short lines; empty when it is valid. */
export function reportErrors(report: unknown): string[] {
  reportValidator ??= loadReportValidator();
  if (reportValidator(report)) return [];
  return (reportValidator.errors ?? []).slice(0, 20).map(describeError);
}

export function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(top level)' : error.instancePath;
  if (error.keyword === 'additionalProperties')
    return `${where}: unknown key '${String((error.params as { additionalProperty: string }).additionalProperty)}'`;
  return `${where}: ${error.message ?? error.keyword}`;
}
