import { describe, expect, it } from 'vitest';
import { createReportValidator } from '../../viewer/build/report-validator.js';
import { countSources, transitiveDependents } from '../../viewer/src/blast-radius.js';
import { indexReport } from '../../viewer/src/report-index.js';
import { HOSTILE_AUTHOR_NAME, HOSTILE_COMMENT_PATH, HOSTILE_PATH, sampleReport } from '../support/sample-report.js';

describe('sample report', () => {
  const report = sampleReport({ modules: 400 });

  it('is valid against the report schema', () => {
    const validate = createReportValidator();
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(sampleReport({ modules: 400 }))).toBe(JSON.stringify(report));
  });

  it('carries the hostile strings the viewer must show as text', () => {
    const paths = report.modules.map((m) => m.path);
    expect(paths).toContain(HOSTILE_PATH);
    expect(paths).toContain(HOSTILE_COMMENT_PATH);
    expect(report.authors.map((a) => a.name)).toContain(HOSTILE_AUTHOR_NAME);
  });

  it('has blast radii that agree with its own edges (the viewer highlights them from edges)', () => {
    const index = indexReport(report);
    for (const m of report.modules.filter((_, i) => i % 37 === 0)) {
      expect(countSources(index, transitiveDependents(index, [m.path])), m.path).toBe(m.graph.blastRadius);
    }
  });

  it('has summary counts that match its lists', () => {
    expect(report.summary.modules).toBe(report.modules.length);
    expect(report.summary.edges).toBe(report.edges.length);
    const levels = { low: 0, medium: 0, high: 0, critical: 0 };
    for (const m of report.modules) levels[m.risk.level!]++;
    expect(report.summary.levels).toEqual(levels);
  });
});
