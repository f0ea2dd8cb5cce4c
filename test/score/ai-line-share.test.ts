import { describe, expect, it } from 'vitest';
import { noProvenance, type LineShare, type ProvenanceModel } from '../../analyzer/history/provenance/model.js';
import { scoreRisk } from '../../analyzer/score/index.js';
import { edge, file, graphOf, historyOf, metricsOf, mod, options, person } from './fixture.js';

const graph = graphOf(
  [mod('src/hub.ts'), mod('src/twin.ts'), mod('src/a.ts'), mod('src/b.ts')],
  [edge('src/a.ts', 'src/hub.ts'), edge('src/b.ts', 'src/hub.ts'), edge('src/a.ts', 'src/twin.ts'), edge('src/b.ts', 'src/twin.ts')],
);
const metrics = metricsOf(graph);
// hub and twin are alike in every figure: 2 of 8 commits AI-assisted, one departed author
const same = { commits: 8, ai: 2, authors: [['alice', 6, true, false]] as [string, number, boolean, boolean][] };
const history = historyOf([person('alice', false, '2023-01-01T00:00:00Z')], [file('src/hub.ts', same), file('src/twin.ts', same), file('src/a.ts', same), file('src/b.ts', same)]);

function withLines(files: Record<string, LineShare>): ProvenanceModel {
  return { ...noProvenance(), gitAi: true, notesRead: 3, filesBlamed: Object.keys(files).length, files: new Map(Object.entries(files)) };
}

const aiFactor = (result: ReturnType<typeof scoreRisk>, path: string) => result.modules.get(path)?.factors.find((f) => f.name === 'aiShare');

describe('the AI factor where the repository records which lines an AI tool wrote', () => {
  const provenance = withLines({ 'src/hub.ts': { aiLines: 90, lines: 100, source: 'git-ai' } });
  const result = scoreRisk({ graph, metrics, history, provenance, options: options() });

  it("takes the module's recorded line share instead of its commit share, and says so", () => {
    expect(aiFactor(result, 'src/hub.ts')).toMatchObject({
      value: 0.9,
      detail: '90 of 100 lines written by an AI tool, per git-ai notes (the line share replaces the commit share: 2 of 8 commits AI-assisted)',
    });
    expect(result.modules.get('src/hub.ts')?.explanation).toMatch(/25 % of its 8 commits were AI-assisted; 90 % of its 100 lines were written by an AI tool \(per git-ai notes\)/);
  });

  it('keeps the commit share for a module the records say nothing of', () => {
    expect(aiFactor(result, 'src/twin.ts')).toMatchObject({ value: 0.25, detail: '2 of 8 commits AI-assisted' });
    expect(result.modules.get('src/twin.ts')?.explanation).not.toMatch(/lines were written/);
  });

  it('moves the score with it: more AI-written lines, more risk, the rest being equal', () => {
    const hub = result.modules.get('src/hub.ts')?.score ?? 0;
    const twin = result.modules.get('src/twin.ts')?.score ?? 0;
    expect(hub).toBeGreaterThan(twin);
    const none = scoreRisk({ graph, metrics, history, provenance: withLines({ 'src/hub.ts': { aiLines: 0, lines: 100, source: 'agent-trace' } }), options: options() });
    expect(aiFactor(none, 'src/hub.ts')).toMatchObject({ value: 0, detail: '0 of 100 lines written by an AI tool, per Agent Trace records (the line share replaces the commit share: 2 of 8 commits AI-assisted)' });
    expect(none.modules.get('src/hub.ts')?.score ?? 1).toBeLessThan(twin);
  });

  it('scores exactly as before without records', () => {
    const before = scoreRisk({ graph, metrics, history, options: options() });
    const empty = scoreRisk({ graph, metrics, history, provenance: noProvenance(), options: options() });
    expect(empty.modules).toEqual(before.modules);
    expect(empty.areas).toEqual(before.areas);
  });
});
