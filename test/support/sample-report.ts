import { computeLayout } from '../../analyzer/report/layout/layout.js';
import type {
  Report, ReportArea, ReportAuthor, ReportEdge, ReportModule, ReportRisk, ReportRiskFactor,
} from '../../analyzer/report/schema/index.js';

/** Strings a repository may legally contain that must never turn into markup in the viewer. */
export const HOSTILE_PATH = 'packages/core/src/</script><img src=x onerror=alert(1)>.ts';
export const HOSTILE_COMMENT_PATH = 'packages/core/src/odd<!--name\u2028line\u2029end.ts';
export const HOSTILE_AUTHOR_NAME = '</script><img src=x onerror=alert(1)>';

export interface SampleOptions {
  modules: number;
  seed?: number;
  /** write modules[].layout from computeLayout (default true) */
  withLayout?: boolean;
  /**
   * A directory whose modules only people who left ever owned (bus factor 0), as a real
   * repository's abandoned corner: its risk concentrates there (the heatmap tests need one).
   */
  hotspot?: string;
}

const WEIGHTS = { blastRadius: 0.3, centrality: 0.1, noActiveAuthor: 0.2, knowledgeLoss: 0.15, aiShare: 0.1, churn: 0.15 };
const LEVELS = { medium: 0.35, high: 0.55, critical: 0.75 };
const PACKAGES = ['core', 'api', 'web', 'cli', 'auth', 'billing', 'search', 'jobs', 'shared', 'ui', 'data', 'infra'];
const FEATURES = ['graph', 'model', 'routes', 'store', 'hooks', 'utils', 'parser', 'cache', 'client', 'server', 'events', 'views', 'forms', 'schema', 'io'];
const WORDS = ['index', 'session', 'token', 'user', 'order', 'invoice', 'queue', 'worker', 'config', 'logger', 'router', 'render', 'diff', 'merge', 'format', 'scan', 'plan', 'retry', 'batch', 'stream'];
const NOW = Date.parse('2025-06-30T12:00:00Z');
const DAY = 86_400_000;

/**
 * A deterministic, schema-valid report of `modules` modules with the shape of a real monorepo:
 * nested package directories, hub modules many others import, tests, people and agents, and the
 * hostile strings above in paths and names.
 */
export function sampleReport(options: SampleOptions): Report {
  const random = mulberry32(options.seed ?? 7);
  const n = Math.max(12, options.modules);
  const authors = sampleAuthors(random);
  const paths = samplePaths(n, random);
  const isTest = paths.map((p) => /\.test\.ts$/.test(p));
  const edges = sampleEdges(paths, isTest, random);
  const dependents = dependentBitsets(n, edges);
  const nonTest = bitsetOf(n, (i) => !isTest[i]);
  const blast = dependents.map((bits) => popcount(and(bits, nonTest)));
  const fanIn = new Array<number>(n).fill(0);
  const fanOut = new Array<number>(n).fill(0);
  for (const [s, t] of edges) { fanOut[s]!++; fanIn[t]!++; }
  const maxBlast = Math.max(1, ...blast);
  const humans = authors.filter((a) => a.kind === 'human');

  const modules: ReportModule[] = paths.map((path, i) => {
    // A few files without history, as in a repository with files never committed.
    const commits = i % 41 === 7 ? 0 : 1 + Math.floor(random() ** 2 * 80);
    const aiCommits = Math.floor(commits * random() ** 2);
    const picked = pick(humans, 1 + Math.floor(random() * 3), random);
    const gone = options.hotspot !== undefined && path.startsWith(`${options.hotspot}/`);
    const owners = gone ? humans.filter((a) => !a.active).slice(0, picked.length) : picked;
    const busFactor = owners.filter((a) => a.active).length;
    const linesAdded = commits * (5 + Math.floor(random() * 60));
    const centrality = isTest[i] ? 0 : (fanIn[i]! * fanOut[i]!) / (n * 4);
    const history = commits === 0 ? null : {
      commits, linesAdded, linesDeleted: Math.floor(linesAdded * random() * 0.6), aiCommits,
      aiCommitRatio: aiCommits / commits, aiLinesAdded: Math.floor(linesAdded * (aiCommits / commits)), busFactor,
      authors: owners.map((a, k) => ({ id: a.id, doa: 5 - k * 0.5, commits: Math.max(1, Math.floor(commits / (k + 1))), firstAuthorship: k === 0, isAuthor: k === 0 || random() < 0.5, active: a.active })),
      createdBy: owners[0]!.id,
      lastChange: iso(NOW - Math.floor(random() * 400) * DAY),
      lastHumanChange: iso(NOW - Math.floor(random() * 500) * DAY),
      knowledgeLoss: busFactor === 0 ? 1 : round(random() * 0.5),
      formerPaths: [],
    };
    const raw = {
      blastRadius: blast[i]! / maxBlast,
      centrality: Math.min(1, centrality * 20),
      noActiveAuthor: history && busFactor === 0 ? 1 : 0,
      knowledgeLoss: history?.knowledgeLoss ?? 0,
      aiShare: history?.aiCommitRatio ?? 0,
      churn: Math.min(1, linesAdded / 3000),
    };
    return {
      path, kind: isTest[i] ? 'test' : 'source', test: isTest[i]!, area: dirname(path),
      size: { loc: 20 + Math.floor(random() * 600), complexity: 1 + Math.floor(random() * 90), maxFunctionComplexity: 1 + Math.floor(random() * 20), functions: Math.floor(random() * 30) },
      externals: random() < 0.3 ? ['node:path', 'zod'] : [],
      graph: {
        fanIn: fanIn[i]!, fanOut: fanOut[i]!, blastRadius: blast[i]!, betweenness: round(Math.min(1, centrality)),
        pagerank: round((fanIn[i]! + 1) / (n + edges.length)), symbolFanIn: fanIn[i]!, symbolBlastRadius: blast[i]!,
        barrel: path.endsWith('/index.ts'), cycle: null,
      },
      history,
      risk: riskOf(raw, isTest[i]! ? 0.3 : 1, `${path} is reached by ${blast[i]} modules through imports; ${commits} commits, ${busFactor} active owner(s).`),
    };
  });

  if (options.withLayout ?? true) {
    const layout = computeLayout({ modules: modules.map((m) => ({ path: m.path, area: m.area, blastRadius: m.graph.blastRadius })), edges: [] });
    for (const m of modules) m.layout = layout.get(m.path)!;
  }
  const reportEdges: ReportEdge[] = edges.map(([s, t], k) => ({ source: paths[s]!, target: paths[t]!, typeOnly: k % 11 === 0, dynamic: k % 29 === 0, kind: k % 11 === 0 ? 'import-type' : 'import' }));
  const areas = sampleAreas(modules, dependents, nonTest, paths);
  const levels = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const m of modules) if (m.risk.level !== null) levels[m.risk.level]++;
  const aiTotal = modules.reduce((s, m) => s + (m.history?.aiCommits ?? 0), 0);
  const commitTotal = modules.reduce((s, m) => s + (m.history?.commits ?? 0), 0);

  return {
    schemaVersion: 2,
    tool: { name: 'blastmap', version: '0.1.0' },
    generatedFrom: { files: n + 2, excluded: 2 },
    repo: { root: '../sample-monorepo', head: 'a'.repeat(40), branch: 'main', shallow: false, commitsAnalyzed: commitTotal, firstCommitDate: iso(NOW - 900 * DAY), lastCommitDate: iso(NOW), now: iso(NOW) },
    options: { activityDays: 180, score: { weights: WEIGHTS, levels: LEVELS } },
    summary: {
      modules: n, testModules: isTest.filter(Boolean).length, kinds: { source: n - isTest.filter(Boolean).length, test: isTest.filter(Boolean).length, example: 0, tooling: 0 }, edges: edges.length, cycles: 0,
      truckFactor: 3, truckFactorAuthors: humans.slice(0, 3).map((a) => a.id),
      aiCommitRatio: commitTotal === 0 ? null : round(aiTotal / commitTotal), commits: commitTotal,
      authors: authors.length, activeAuthors: authors.filter((a) => a.active).length,
      monthly: [{ month: '2025-05', commits: 120, aiCommits: 30, aiCommitRatio: 0.25 }, { month: '2025-06', commits: 90, aiCommits: 40, aiCommitRatio: round(40 / 90) }],
    aiMarkers: [{ rule: 'Claude Code: trailer Co-authored-by', commits: 3 }],
      levels,
    },
    modules, edges: reportEdges, cycles: [], areas, authors,
    coupling: [{ a: paths[1]!, b: paths[2]!, together: 9, support: 0.02, confidence: 0.8, hidden: true }],
    warnings: [
      { code: 'size-cap', path: 'packages/data/src/generated/huge.ts', message: 'larger than maxFileBytes (1048576)' },
      { code: 'parse-error', path: HOSTILE_COMMENT_PATH.replace('.ts', '.old.ts'), message: 'Unexpected token </script>' },
    ],
  };
}

function riskOf(raw: Record<keyof typeof WEIGHTS, number>, damp: number, explanation: string): ReportRisk {
  const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
  const factors: ReportRiskFactor[] = (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).map((name) => {
    const value = round(Math.min(1, raw[name] * damp));
    return { name, value, weight: WEIGHTS[name], contribution: round((value * WEIGHTS[name]) / total), detail: `${name} ${Math.round(value * 100)}%` };
  });
  const score = round(Math.min(1, factors.reduce((s, f) => s + f.contribution, 0)));
  const level = score >= LEVELS.critical ? 'critical' : score >= LEVELS.high ? 'high' : score >= LEVELS.medium ? 'medium' : 'low';
  return { score, level, factors, explanation };
}

function sampleAreas(modules: ReportModule[], dependents: Uint32Array[], nonTest: Uint32Array, paths: string[]): ReportArea[] {
  const members = new Map<string, number[]>();
  modules.forEach((m, i) => {
    const parts = m.area.split('/');
    for (let d = 0; d <= parts.length; d++) {
      const area = d === 0 ? '.' : parts.slice(0, d).join('/');
      if (!members.has(area)) members.set(area, []);
      members.get(area)!.push(i);
    }
  });
  return [...members.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, idx]) => {
    const reach = new Uint32Array(nonTest.length);
    for (const i of idx) orInto(reach, dependents[i]!);
    const inside = bitsetOf(paths.length, () => false);
    for (const i of idx) inside[i >> 5]! |= 1 << (i & 31);
    const blastRadius = popcount(and(and(reach, nonTest), not(inside)));
    const ms = idx.map((i) => modules[i]!);
    const commits = ms.reduce((s, m) => s + (m.history?.commits ?? 0), 0);
    const ai = ms.reduce((s, m) => s + (m.history?.aiCommits ?? 0), 0);
    const ownerIds = [...new Set(ms.flatMap((m) => m.history?.authors.filter((a) => a.isAuthor).map((a) => a.id) ?? []))].slice(0, 6);
    const mean = (f: (m: ReportModule) => number) => ms.reduce((s, m) => s + f(m), 0) / ms.length;
    const busFactor = Math.min(...ms.map((m) => m.history?.busFactor ?? 0));
    const factor = (name: string) => mean((m) => m.risk.factors.find((f) => f.name === name)?.value ?? 0);
    return {
      path, modules: ms.length, testModules: ms.filter((m) => m.test).length, blastRadius, busFactor,
      aiCommitRatio: commits === 0 ? null : round(ai / commits), commits,
      linesChanged: ms.reduce((s, m) => s + (m.history ? m.history.linesAdded + m.history.linesDeleted : 0), 0),
      authors: ownerIds.map((id) => ({ id, files: ms.filter((m) => m.history?.authors.some((a) => a.id === id)).length, active: true })),
      risk: riskOf({
        blastRadius: Math.min(1, blastRadius / paths.length), centrality: factor('centrality'),
        noActiveAuthor: busFactor === 0 ? 1 : 0, knowledgeLoss: factor('knowledgeLoss'), aiShare: factor('aiShare'), churn: factor('churn'),
      }, 1, `${path} has ${ms.length} modules; ${blastRadius} modules outside it depend on it.`),
    };
  });
}

function sampleAuthors(random: () => number): ReportAuthor[] {
  const first = ['Ana', 'Bo', 'Chen', 'Dara', 'Eli', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea', 'Mo', 'Nia', 'Oli', 'Pia', 'Quinn', 'Ravi', 'Sol', 'Tove'];
  const people: ReportAuthor[] = first.map((name, i) => ({
    id: `h${i.toString(16).padStart(6, '0')}`, name: `${name} ${String.fromCharCode(65 + i)}.`, email: `${name.toLowerCase()}@example.com`,
    kind: 'human', tool: null, commits: 10 + Math.floor(random() * 300), aiCommits: Math.floor(random() * 40),
    firstCommit: iso(NOW - 800 * DAY), lastCommit: iso(NOW - (i % 3 === 0 ? 300 : 10) * DAY), active: i % 3 !== 0, filesAuthored: 0, aliases: [],
  }));
  people[4] = { ...people[4]!, name: HOSTILE_AUTHOR_NAME, email: '"><svg onload=alert(2)>@example.com' };
  const agent: ReportAuthor = { id: 'agent-claude', name: 'Claude', email: 'noreply@anthropic.com', kind: 'agent', tool: 'claude', commits: 80, aiCommits: 80, firstCommit: iso(NOW - 100 * DAY), lastCommit: iso(NOW), active: true, filesAuthored: 0, aliases: [] };
  const bot: ReportAuthor = { id: 'bot-deps', name: 'dependabot[bot]', email: 'bot@github.com', kind: 'bot', tool: 'dependabot', commits: 40, aiCommits: 0, firstCommit: iso(NOW - 700 * DAY), lastCommit: iso(NOW - 2 * DAY), active: true, filesAuthored: 0, aliases: [] };
  return [...people, agent, bot];
}

function samplePaths(n: number, random: () => number): string[] {
  const dirCount = Math.max(4, Math.round(n / 30));
  const dirs: string[] = [];
  for (let d = 0; dirs.length < dirCount; d++) {
    const pkg = PACKAGES[d % PACKAGES.length]!;
    const feature = FEATURES[Math.floor(d / PACKAGES.length) % FEATURES.length]!;
    const depth = Math.floor(d / (PACKAGES.length * FEATURES.length));
    dirs.push(`packages/${pkg}/src/${feature}${depth > 0 ? `/part-${depth}` : ''}`);
  }
  const paths = new Set<string>([HOSTILE_PATH, HOSTILE_COMMENT_PATH, 'packages/core/src/index.ts']);
  for (let i = 0; paths.size < n; i++) {
    const dir = dirs[Math.floor(random() ** 1.5 * dirs.length)]!;
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    paths.add(`${dir}/${word}-${i}${random() < 0.15 ? '.test' : ''}.ts`);
  }
  return [...paths];
}

/** Import edges i → j with j < i (so no cycles), mostly to early "hub" modules and to neighbours. */
function sampleEdges(paths: string[], isTest: boolean[], random: () => number): [number, number][] {
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  for (let i = 1; i < paths.length; i++) {
    const count = isTest[i] ? 2 : 1 + Math.floor(random() * 5);
    for (let k = 0; k < count; k++) {
      const j = random() < 0.5 ? Math.floor(random() ** 3 * i) : Math.max(0, i - 1 - Math.floor(random() * 40));
      if (isTest[j] || seen.has(i * paths.length + j)) continue;
      seen.add(i * paths.length + j);
      edges.push([i, j]);
    }
  }
  return edges;
}

/** Transitive dependents of every module as bitsets; importers always have higher indices. */
function dependentBitsets(n: number, edges: [number, number][]): Uint32Array[] {
  const importers: number[][] = Array.from({ length: n }, () => []);
  for (const [s, t] of edges) importers[t]!.push(s);
  const sets = new Array<Uint32Array>(n);
  for (let j = n - 1; j >= 0; j--) {
    const bits = new Uint32Array((n + 31) >> 5);
    for (const i of importers[j]!) {
      orInto(bits, sets[i]!);
      bits[i >> 5]! |= 1 << (i & 31);
    }
    sets[j] = bits;
  }
  return sets;
}

function bitsetOf(n: number, test: (i: number) => boolean): Uint32Array {
  const bits = new Uint32Array((n + 31) >> 5);
  for (let i = 0; i < n; i++) if (test(i)) bits[i >> 5]! |= 1 << (i & 31);
  return bits;
}
function orInto(into: Uint32Array, from: Uint32Array): void { for (let w = 0; w < into.length; w++) into[w]! |= from[w]!; }
function and(a: Uint32Array, b: Uint32Array): Uint32Array { return a.map((v, w) => v & b[w]!); }
function not(a: Uint32Array): Uint32Array { return a.map((v) => ~v); }
function popcount(bits: Uint32Array): number {
  let count = 0;
  for (let v of bits) { v -= (v >>> 1) & 0x55555555; v = (v & 0x33333333) + ((v >>> 2) & 0x33333333); count += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24; }
  return count;
}

function pick<T>(items: T[], count: number, random: () => number): T[] {
  const out: T[] = [];
  while (out.length < Math.min(count, items.length)) {
    const item = items[Math.floor(random() * items.length)]!;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}
function dirname(path: string): string { const i = path.lastIndexOf('/'); return i < 0 ? '.' : path.slice(0, i); }
function iso(ms: number): string { return new Date(ms).toISOString(); }
function round(v: number): number { return Math.round(v * 1e4) / 1e4; }
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
