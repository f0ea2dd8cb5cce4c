import { Ajv, type ValidateFunction } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { ReportSchema } from '../../analyzer/report/schema/index.js';

/** RFC 3339 date-time, as `format: "date-time"` asks; spelled as a pattern so no format plugin is needed. */
const DATE_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';

/**
 * The report's JSON Schema (from the one TypeBox source) with `format: "date-time"` turned into
 * the equivalent pattern, so that the browser's validator needs neither ajv-formats nor eval.
 */
export function reportSchemaForValidation(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(ReportSchema), (_key, value: unknown) => {
    if (isRecord(value) && value['format'] === 'date-time') {
      const { format: _format, ...rest } = value;
      return { ...rest, pattern: DATE_TIME_PATTERN };
    }
    return value;
  }) as Record<string, unknown>;
}

type StandaloneCode = (ajv: Ajv, refs: Record<string, string>) => string;

function newAjv(source: boolean): Ajv {
  return new Ajv({ allErrors: false, strict: true, code: source ? { source: true, esm: true } : {} });
}

/** For Node (tests, tools): the same validation the viewer runs. */
export function createReportValidator(): ValidateFunction {
  return newAjv(false).compile(reportSchemaForValidation());
}

/**
 * ES module source exporting `validate` as precompiled code: the page's Content-Security-Policy
 * forbids eval, so ajv cannot compile in the browser.
 */
export function reportValidatorModuleSource(): string {
  const ajv = newAjv(true);
  ajv.addSchema(reportSchemaForValidation(), 'report');
  // ajv is CommonJS: depending on the loader the default import is the function or its module.
  const loaded = standaloneModule as unknown as StandaloneCode & { default?: StandaloneCode };
  const standaloneCode = loaded.default ?? loaded;
  return standaloneCode(ajv, { validate: 'report' });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
