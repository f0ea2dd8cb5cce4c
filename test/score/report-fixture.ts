/** A finished report built from the score fixture, for the report.md and anonymize tests. */
import type { Report, ReportModule } from '../../analyzer/report/schema/index.js';
import { scoreRisk } from '../../analyzer/score/index.js';
import { areaOf } from '../../analyzer/metrics/area-tree.js';
import { edge, file, graphOf, historyOf, metricsOf, mod, options, person } from './fixture.js';

export const HOSTILE = 'src/evil|`x`<script>alert(1)</script>';

const APPS = Array.from({ length: 4 }, (_, i) => `src/app/a${i}.ts`);
const HOSTILE_MODULE = `${HOSTILE}/m.ts`;

function sampleStructure() {
  const graph = graphOf(
    [mod('src/core/hub.ts'), mod('src/core/b.ts'), mod('src/lib/shared.ts'), mod(HOSTILE_MODULE), ...APPS.map((p) => mod(p)), mod('test/hub.test.ts', { test: true })],
    [
      ...APPS.flatMap((a) => [edge(a, 'src/core/hub.ts'), edge(a, 'src/lib/shared.ts')]),
      edge('src/core/hub.ts', 'src/core/b.ts'), edge('src/core/b.ts', 'src/core/hub.ts'),
      edge(HOSTILE_MODULE, 'src/core/hub.ts'), edge('test/hub.test.ts', 'src/core/hub.ts'),
    ],
  );
  const metrics = metricsOf(graph);
  metrics.cycles.push(['src/core/b.ts', 'src/core/hub.ts']);
  return { graph, metrics };
}

export function sampleReport(): Report {
  const apps = APPS;
  const hostile = HOSTILE_MODULE;
  const { graph, metrics } = sampleStructure();
  const authors = [
    person('alice', false, '2023-01-01T00:00:00Z', { name: 'Alice | <b>Liddell</b>', email: 'alice@wonder.land', aliases: [{ name: 'Alice Liddell', email: 'a.liddell@oxford.example', rule: 'same-name' }, { name: 'al', email: 'al@old.example', rule: 'mailmap' }] }),
    person('bob', true, '2024-05-20T00:00:00Z'),
    person('claude', false, '2024-05-20T00:00:00Z', { kind: 'agent', tool: 'claude', name: 'Claude', email: 'noreply@anthropic.com' }),
  ];
  const history = historyOf(authors, [
    file('src/core/hub.ts', { commits: 40, ai: 25, authors: [['alice', 6, true, false], ['claude', 3, false, false]] }),
    file('src/core/b.ts', { commits: 10, ai: 2, authors: [['alice', 5, true, false]] }),
    file('src/lib/shared.ts', { commits: 20, authors: [['bob', 5, true, true]] }),
    file(hostile, { commits: 4, authors: [['alice', 4, true, false]] }),
    ...apps.map((p) => file(p, { commits: 3, authors: [['bob', 4, true, true]] })),
    file('test/hub.test.ts', { commits: 3, authors: [['bob', 4, true, true]] }),
  ]);
  history.monthly = Array.from({ length: 12 }, (_, i) => ({
    month: `2023-${String(i + 1).padStart(2, '0')}`, commits: 10, aiCommits: i < 6 ? 1 : 5, aiCommitRatio: i < 6 ? 0.1 : 0.5,
  }));
  history.truckFactorAuthors = ['alice'];
  const opts = options();
  const score = scoreRisk({ graph, metrics, history, options: opts });
  const modules: ReportModule[] = graph.modules.map((m) => {
    const f = history.files.get(m.path)!;
    return {
      path: m.path, kind: m.kind, test: m.test, area: areaOf(m.path), size: m.size, externals: [],
      graph: { ...metrics.modules.get(m.path)!, barrel: false },
      history: { ...f, aiCommitRatio: f.aiCommits / f.commits },
      risk: score.modules.get(m.path)!,
    };
  });
  const levels = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const m of modules) if (m.risk.level !== null) levels[m.risk.level]++;
  const report: Report = {
    schemaVersion: 2,
    tool: { name: 'blastmap', version: '0.1.0' },
    generatedFrom: { files: modules.length, excluded: 0 },
    repo: { root: 'fixture-repo', head: 'a'.repeat(40), branch: 'main', shallow: false, commitsAnalyzed: 100, firstCommitDate: history.firstCommitDate, lastCommitDate: history.lastCommitDate, now: history.now },
    options: { ...opts },
    summary: {
      modules: modules.length, testModules: 1, kinds: { source: modules.length - 1, test: 1, example: 0, tooling: 0 }, edges: graph.edges.length, cycles: 1, truckFactor: 1, truckFactorAuthors: ['alice'],
      aiCommitRatio: 0.3, commits: 100, authors: 3, activeAuthors: 1, monthly: history.monthly, levels,
    aiMarkers: [{ rule: 'Claude Code: trailer Co-authored-by', commits: 3 }],
    },
    modules,
    edges: graph.edges.map(({ source, target, typeOnly, dynamic, kind }) => ({ source, target, typeOnly, dynamic, kind })),
    cycles: metrics.cycles.map((members) => ({ members })),
    areas: score.areas,
    authors: authors.map((a) => ({ ...a, filesAuthored: 1 })),
    coupling: [
      { a: 'src/lib/shared.ts', b: hostile, together: 9, support: 0.09, confidence: 0.8, hidden: true },
      { a: 'src/app/a0.ts', b: 'src/lib/shared.ts', together: 7, support: 0.07, confidence: 0.7, hidden: false },
    ],
    warnings: [{ code: 'parse-error', path: 'x.ts', message: 'blame alice@wonder.land' }],
  };
  return report;
}

/**
 * The same repository as a directory without git history gives it: scored by the real scoreRisk
 * with no history (no score, structure only), no people, a not-a-git-repo warning.
 */
export function bareSampleReport(): Report {
  const report = sampleReport();
  const { graph, metrics } = sampleStructure();
  const score = scoreRisk({ graph, metrics, history: null, options: options() });
  return {
    ...report,
    repo: { ...report.repo, head: null, branch: null, commitsAnalyzed: 0, firstCommitDate: null, lastCommitDate: null },
    summary: { ...report.summary, truckFactor: null, truckFactorAuthors: [], aiCommitRatio: null, commits: 0, authors: 0, activeAuthors: 0, monthly: [], aiMarkers: [], levels: { low: 0, medium: 0, high: 0, critical: 0 } },
    modules: report.modules.map((m) => ({ ...m, history: null, risk: score.modules.get(m.path)! })),
    areas: score.areas,
    authors: [],
    coupling: [],
    warnings: [{ code: 'not-a-git-repo', message: 'no git history: not a git repository; the report has the import graph only' }],
  };
}

