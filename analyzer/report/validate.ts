import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { TSchema } from '@sinclair/typebox';
import { ReportSchema, type Report } from './schema/index.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** One ajv instance for every schema of ours; date-time checked without ajv-formats. */
export function schemaValidator<T>(schema: TSchema): ValidateFunction<T> {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('date-time', ISO_DATE_TIME);
  return ajv.compile<T>(schema);
}

let reportValidator: ValidateFunction<Report> | undefined;

/** The schema errors of a report, as short lines; empty when it is valid. */
export function reportErrors(report: unknown): string[] {
  reportValidator ??= schemaValidator<Report>(ReportSchema);
  if (reportValidator(report)) return [];
  return (reportValidator.errors ?? []).slice(0, 20).map(describeError);
}

export function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(top level)' : error.instancePath;
  if (error.keyword === 'additionalProperties')
    return `${where}: unknown key '${String((error.params as { additionalProperty: string }).additionalProperty)}'`;
  return `${where}: ${error.message ?? error.keyword}`;
}
