import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/analyze.js';
import { AnalyzerEmitter, type PhaseTiming } from '../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../analyzer/core/options.js';
import { renderMarkdown } from '../analyzer/report/markdown.js';
import type { Report } from '../analyzer/report/schema/index.js';
import { buildRiskFixture } from '../scripts/fixtures/risk-fixture.js';
import { validateAgainstSchemaFile } from './support/report-schema.js';

let repo: string;
let report: Report;
const phases: PhaseTiming[] = [];

beforeAll(async () => {
  repo = buildRiskFixture();
  const emitter = new AnalyzerEmitter();
  emitter.on('phase-end', (timing) => phases.push(timing));
  report = await analyze(repo, DEFAULT_OPTIONS, emitter);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const riskOf = (path: string): number => report.modules.find((m) => m.path === path)?.risk.score ?? Number.NaN;

describe('analyze on the scripted unowned-hub / owned-hub / unowned-leaf repository', () => {
  it('ranks the unowned hub first, the owned hub and the unowned leaf below it', () => {
    const ranked = [...report.modules].sort((a, b) => riskOf(b.path) - riskOf(a.path)).map((m) => m.path);
    expect(ranked[0]).toBe('src/core/unowned-hub.ts');
    expect(riskOf('src/core/owned-hub.ts')).toBeLessThan(riskOf('src/core/unowned-hub.ts'));
    expect(riskOf('src/legacy/unowned-leaf.ts')).toBeLessThan(riskOf('src/core/unowned-hub.ts'));
    const areas = [...report.areas].sort((a, b) => b.risk.score! - a.risk.score!).map((a) => a.path);
    expect(areas[0]).toBe('src/core');
  });

  it('explains every score: contributions add up to it, for modules and areas', () => {
    // contributions are not rounded on the way into the report: they add up to floating-point error
    for (const item of [...report.modules, ...report.areas]) {
      const sum = item.risk.factors.reduce((total, f) => total + f.contribution, 0);
      expect(item.risk.score, item.path).not.toBeNull();
      expect(Math.abs(sum - item.risk.score!), item.path).toBeLessThanOrEqual(1e-12);
      expect(item.risk.explanation.length).toBeGreaterThan(0);
    }
  });

  it('says why the unowned hub is risky, in figures', () => {
    const hub = report.modules.find((m) => m.path === 'src/core/unowned-hub.ts');
    expect(hub?.graph.blastRadius).toBe(7); // six features and the app
    expect(hub?.history?.busFactor).toBe(0);
    expect(hub?.history?.aiCommits).toBe(4);
    expect(hub?.risk.explanation).toMatch(/70 % of source modules/);
    expect(hub?.risk.explanation).toMatch(/no active author/);
  });

  it('writes a report.md that names the top risks, and a report that validates', () => {
    const markdown = renderMarkdown(report, { top: 5 });
    expect(markdown).toContain('src/core/unowned-hub.ts');
    expect(markdown.indexOf('src/core/unowned-hub.ts')).toBeLessThan(markdown.indexOf('src/core/owned-hub.ts'));
    expect(validateAgainstSchemaFile(report)).toEqual([]);
  });

  it('reports every phase through the emitter', () => {
    expect(phases.map((p) => p.phase).sort()).toEqual(['graph', 'history', 'metrics', 'report', 'score']);
  });

  it('contains no NaN or Infinity anywhere', () => {
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
    const walk = (value: unknown): void => {
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(report);
  });
});

describe('analyze with --since: authorship still uses the whole history', () => {
  it('keeps the unowned hub first (high), and the owners of files the window did not touch', async () => {
    const windowed = await analyze(repo, { ...DEFAULT_OPTIONS, since: '2025-01-01T00:00:00.000Z' });
    const hub = windowed.modules.find((m) => m.path === 'src/core/unowned-hub.ts');
    const feature = windowed.modules.find((m) => m.path === 'src/features/feature-1.ts');
    expect(hub?.history?.commits).toBe(0); // its last commit was in 2024
    // AI share and churn follow the window (no commits in it), ownership does not: still first.
    const first = [...windowed.modules].sort((a, b) => b.risk.score! - a.risk.score!)[0];
    expect(first?.path).toBe('src/core/unowned-hub.ts');
    expect(hub?.risk.level).toBe('high'); // critical over the whole history; no AI share or churn in the window
    expect(hub?.risk.factors.find((f) => f.name === 'knowledgeLoss')?.value).toBe(1);
    expect(feature?.history?.busFactor).toBe(1);
    expect(feature?.risk.factors.find((f) => f.name === 'noActiveAuthor')?.detail).toContain('bus factor 1');
    expect(feature?.risk.explanation).toContain('one active author (Alice Archer)');
  });
});

describe('the report says why commits count as AI-assisted', () => {
  it('lists the marker rules that matched, with counts', () => {
    // the four claude[bot] commits carry the Claude Code body line: each rule counts all four
    expect(report.summary.aiMarkers).toEqual([
      { rule: 'Claude Code: body line', commits: 4 },
      { rule: 'Claude GitHub app: author name /^claude\\[bot\\]$/i', commits: 4 },
    ]);
    expect(renderMarkdown(report, { top: 3 })).toContain('Why they count as AI-assisted');
  });
});
