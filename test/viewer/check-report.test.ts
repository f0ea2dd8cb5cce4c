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
    const result = checkReport({ ...sampleReport({ modules: 20 }), schemaVersion: 3 }, validate);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.title).toBe('This report has schema version 3; this viewer reads versions 2 and 1.');
  });

  it('reads a version 1 report as version 2: tests are tests, the rest source, no merged identities', () => {
    const current = sampleReport({ modules: 30 });
    // a version 1 document: no kinds, no aliases, no first authorship
    const v1 = structuredClone(current) as unknown as Record<string, any>;
    v1.schemaVersion = 1;
    delete v1.summary.kinds;
    for (const m of v1.modules) {
      delete m.kind;
      for (const a of m.history?.authors ?? []) delete a.firstAuthorship;
    }
    for (const a of v1.authors) delete a.aliases;
    const result = checkReport(v1, validate);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.schemaVersion).toBe(2);
    expect(result.report.modules.map((m) => m.kind)).toEqual(current.modules.map((m) => (m.test ? 'test' : 'source')));
    expect(result.report.summary.kinds).toEqual(current.summary.kinds);
    expect(result.report.authors.every((a) => a.aliases.length === 0)).toBe(true);
    const withHistory = result.report.modules.find((m) => m.history && m.history.authors.length > 1)!;
    expect(withHistory.history!.authors.map((a) => a.firstAuthorship)).toEqual(withHistory.history!.authors.map((a) => a.id === withHistory.history!.createdBy));
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
