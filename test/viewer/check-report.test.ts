import { describe, expect, it } from 'vitest';
import { createReportValidator } from '../../viewer/build/report-validator.js';
import { checkReport } from '../../viewer/src/check-report.js';
import { sampleReport } from '../support/sample-report.js';

const validate = createReportValidator();

describe('checkReport', () => {
  it('accepts a blastmap report', () => {
    expect(checkReport(sampleReport({ modules: 50 }), validate).ok).toBe(true);
  });

  it('says plainly when the document is not a blastmap report', () => {
    for (const doc of [null, [], { name: 'x' }, { tool: { name: 'eslint' }, schemaVersion: 1 }]) {
      const result = checkReport(doc, validate);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.title).toBe('This is not a blastmap report.');
    }
  });

  it('names the schema version it cannot read', () => {
    const result = checkReport({ ...sampleReport({ modules: 20 }), schemaVersion: 2 }, validate);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.title).toBe('This report has schema version 2; this viewer reads version 1.');
  });

  it('points at what is wrong in a damaged report', () => {
    const report = sampleReport({ modules: 20 });
    const damaged = { ...report, modules: [{ ...report.modules[0]!, risk: { ...report.modules[0]!.risk, score: 'high' } }] };
    const result = checkReport(damaged, validate);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.title, ...result.details]).toEqual(['This blastmap report is damaged: it does not match its schema.', 
      // a score is a number, or null without git history: ajv names both branches of the union
      '/modules/0/risk/score must be number', '/modules/0/risk/score must be null', '/modules/0/risk/score must match a schema in anyOf',
    ]);
  });
});
