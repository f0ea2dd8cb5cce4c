import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../analyzer/report/schema/index.js';
import { schemaFileText } from '../../analyzer/report/schema-file.js';
import { describeError, schemaDigest, schemaValidator } from '../../analyzer/report/validate.js';
import { reportValidatorSource } from '../../scripts/write-validator.js';
import { tempDir } from '../incremental/support.js';
import { sampleReport } from '../score/report-fixture.js';

/** The generated module, loaded as the built analyzer loads it. */
const dir = tempDir('validator');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function precompiled(): { default: ValidateFunction; schemaDigest: string } {
  const file = join(dir, 'report-validator.cjs');
  writeFileSync(file, reportValidatorSource());
  return createRequire(import.meta.url)(file) as { default: ValidateFunction; schemaDigest: string };
}

describe('the precompiled report validator', () => {
  const built = precompiled();
  const compiled = schemaValidator(ReportSchema);
  const verdict = (validate: ValidateFunction, report: unknown) => (validate(report) ? [] : (validate.errors ?? []).map(describeError));

  it('names the schema file it was made from', () => {
    expect(built.schemaDigest).toBe(schemaDigest(schemaFileText('report')));
  });

  it('gives the verdicts and errors of the schema compiled at run time', () => {
    const valid = sampleReport();
    const broken: Array<[unknown, string[]]> = [
      [{ ...valid, schemaVersion: 3 }, ['/schemaVersion: must be equal to constant']],
      [{ ...valid, modules: [{ ...valid.modules[0], graph: { ...valid.modules[0]!.graph, fanIn: -1 } }] }, ['/modules/0/graph/fanIn: must be >= 0']],
      [{ ...valid, repo: { ...valid.repo, now: 'yesterday' } }, ['/repo/now: must match format "date-time"']],
      [{ ...valid, edges: [{ source: 'a.ts' }] }, ['target', 'typeOnly', 'dynamic', 'kind'].map((field) => `/edges/0: must have required property '${field}'`)],
      // NaN compares false both ways, so it breaks both bounds; and it is not null (a score without history)
      [{ ...valid, modules: [{ ...valid.modules[0], risk: { ...valid.modules[0]!.risk, score: Number.NaN } }] }, ['/modules/0/risk/score: must be <= 1', '/modules/0/risk/score: must be >= 0', '/modules/0/risk/score: must be null', '/modules/0/risk/score: must match a schema in anyOf']],
    ];
    expect(verdict(built.default, valid)).toEqual([]);
    for (const [report, expected] of broken) {
      expect(verdict(compiled, report)).toEqual(expected);
      expect(verdict(built.default, report)).toEqual(expected);
    }
  });
});
