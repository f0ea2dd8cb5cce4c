import { describe, expect, it } from 'vitest';
import { NO_FILTER, moduleMatches } from '../../viewer/src/filters.js';
import { indexReport } from '../../viewer/src/report-index.js';
import { topRisks } from '../../viewer/src/top-risks.js';
import { bareSampleReport, sampleReport as scoredSample } from '../score/report-fixture.js';

describe('a report without history in the viewer', () => {
  const index = indexReport(bareSampleReport());

  it('knows nothing is scored, and lists the most depended-on modules', () => {
    expect(index.scored).toBe(false);
    expect(topRisks(index.report.modules, NO_FILTER, 3).map((m) => [m.path, m.graph.blastRadius])).toEqual([
      ['src/core/b.ts', 6], ['src/core/hub.ts', 6], ['src/lib/shared.ts', 4],
    ]);
  });

  it('lets a module without a level through any level filter: the boxes are hidden, not filtering', () => {
    const onlyCritical = { ...NO_FILTER, levels: new Set(['critical' as const]) };
    expect(index.report.modules.every((m) => moduleMatches(m, onlyCritical))).toBe(true);
    const scored = indexReport(scoredSample());
    expect(scored.scored).toBe(true);
    expect(scored.report.modules.filter((m) => moduleMatches(m, onlyCritical)).map((m) => m.risk.level)).toEqual(['critical']);
  });
});
