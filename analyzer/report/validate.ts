import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { TSchema } from '@sinclair/typebox';
import { ReportSchema, type Report } from './schema/index.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The ajv set-up of every schema of ours; date-time checked without ajv-formats. `code` asks for standalone source. */
export function schemaAjv(code?: { source: true }): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, ...(code && { code }) });
  ajv.addFormat('date-time', ISO_DATE_TIME);
  return ajv;
}

export function schemaValidator<T>(schema: TSchema): ValidateFunction<T> {
  return schemaAjv().compile<T>(schema);
}

export function schemaDigest(schema: TSchema): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

let reportValidator: ValidateFunction<Report> | undefined;

/**
 * The build's precompiled validator (scripts/write-validator.ts) when it was made from this very
 * schema; else (run from source, or a stale build) the schema compiled here.
 */
function loadReportValidator(): ValidateFunction<Report> {
  try {
    const built = createRequire(import.meta.url)('./report-validator.cjs') as { default: ValidateFunction<Report>; schemaDigest: string };
    if (built.schemaDigest === schemaDigest(ReportSchema)) return built.default;
  } catch {
    // not built: compiled below
  }
  return schemaValidator<Report>(ReportSchema);
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
