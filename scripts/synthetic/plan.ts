import { Random } from './random.js';
import { GROUP_WORDS, NOUNS, SUFFIXES } from './words.js';

export const LAYERS = ['utils', 'core', 'features', 'app'] as const;
const LAYER_SHARE = [0.15, 0.25, 0.45, 0.15];
const GROUP_SIZE = 25;

export type ModuleKind = 'source' | 'hub' | 'barrel' | 'test';

export interface PlannedImport {
  target: number;
  typeOnly: boolean;
  /** the module defining the imported symbol (differs from target when importing through a barrel) */
  symbolOf: number;
}

export interface PlannedModule {
  id: number;
  kind: ModuleKind;
  group: number;
  /** current file name without extension; changes on rename */
  name: string;
  fn: string;
  typeName: string;
  imports: PlannedImport[];
  /** for tests: the module under test, else -1 */
  subject: number;
  createdAt: number;
}

export interface Group {
  dir: string;
  name: string;
  layer: number;
  /** barrel module id for feature groups, else -1 */
  barrel: number;
}

export interface BackEdge {
  from: number;
  to: number;
  at: number;
}

export interface RepoPlan {
  modules: PlannedModule[];
  groups: Group[];
  backEdges: BackEdge[];
}

/** Decides every module, its imports and the commit that creates it, before any history is written. */
export function planRepo(moduleCount: number, commitCount: number, rng: Random): RepoPlan {
  const tests = Math.round(moduleCount * 0.15);
  const hubs = Math.max(2, Math.round(moduleCount / 400));
  const featureGroups = Math.max(1, Math.round((LAYER_SHARE[2]! * moduleCount * 0.85) / GROUP_SIZE));
  const sources = moduleCount - tests - hubs - featureGroups;
  if (sources < LAYERS.length * 2) throw new Error(`--modules ${moduleCount} is too small (need at least 20)`);

  const groups = makeGroups(sources, featureGroups);
  const modules: PlannedModule[] = [];
  const names = new Map<number, Set<string>>();
  const add = (kind: ModuleKind, group: number, subject = -1): PlannedModule => {
    const name = kind === 'barrel' ? 'index' : kind === 'test' ? modules[subject]!.name : uniqueName(rng, names, group);
    const id = modules.length;
    const camel = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const m: PlannedModule = { id, kind, group, name, fn: `${camel}${id}`, typeName: `${camel[0]!.toUpperCase()}${camel.slice(1)}${id}Options`, imports: [], subject, createdAt: 0 };
    modules.push(m);
    return m;
  };

  for (const g of groups) if (g.layer === 2) g.barrel = add('barrel', groups.indexOf(g)).id;
  const hubGroups = groups.filter((g) => g.layer <= 1);
  for (let i = 0; i < hubs; i++) add('hub', groups.indexOf(hubGroups[i % hubGroups.length]!));
  const layerGroups = LAYERS.map((_, layer) => groups.map((g, i) => ({ g, i })).filter((x) => x.g.layer === layer));
  let placed = 0;
  LAYER_SHARE.forEach((share, layer) => {
    const count = layer === 3 ? sources - placed : Math.round(sources * share);
    for (let i = 0; i < count; i++) add('source', layerGroups[layer]![i % layerGroups[layer]!.length]!.i);
    placed += count;
  });
  const candidates = modules.filter((m) => m.kind === 'source').map((m) => m.id);
  for (let i = 0; i < tests; i++) {
    const j = i + rng.int(candidates.length - i);
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
    add('test', -1, candidates[i]);
  }
  for (const m of modules) if (m.kind === 'test') m.group = modules[m.subject]!.group;

  const order = creationOrder(modules, groups, rng);
  scheduleCreation(order, modules, groups, commitCount, rng);
  wireImports(order, modules, groups, rng);
  return { modules, groups, backEdges: planCycles(order, modules, commitCount, rng) };
}

function makeGroups(sources: number, featureGroups: number): Group[] {
  const groups: Group[] = [];
  LAYERS.forEach((layer, index) => {
    const count = index === 2 ? featureGroups : Math.max(1, Math.round((sources * LAYER_SHARE[index]!) / GROUP_SIZE));
    const words = GROUP_WORDS[layer]!;
    for (let i = 0; i < count; i++) {
      const word = words[i % words.length]!;
      const name = i < words.length ? word : `${word}-${Math.floor(i / words.length) + 1}`;
      groups.push({ dir: `src/${layer}/${name}`, name, layer: index, barrel: -1 });
    }
  });
  return groups;
}

function uniqueName(rng: Random, names: Map<number, Set<string>>, group: number): string {
  const taken = names.get(group) ?? new Set<string>();
  names.set(group, taken);
  let name = `${rng.pick(NOUNS)}-${rng.pick(SUFFIXES)}`;
  for (let n = 2; taken.has(name); n++) name = `${name.replace(/-\d+$/, '')}-${n}`;
  taken.add(name);
  return name;
}

/** Hubs first, lower layers mostly earlier, but layers overlap as a real codebase grows. */
function creationOrder(modules: PlannedModule[], groups: Group[], rng: Random): number[] {
  const key = new Float64Array(modules.length);
  for (const m of modules) {
    if (m.kind === 'hub') key[m.id] = -1 + rng.next() * 0.1;
    else if (m.kind === 'source') key[m.id] = groups[m.group]!.layer * 0.8 + rng.next() * 2.5;
  }
  for (const m of modules) if (m.kind === 'test') key[m.id] = key[m.subject]! + (rng.chance(0.6) ? 1e-9 : rng.next() * 0.3);
  return modules.filter((m) => m.kind !== 'barrel').map((m) => m.id).sort((a, b) => key[a]! - key[b]! || a - b);
}

function scheduleCreation(order: number[], modules: PlannedModule[], groups: Group[], commitCount: number, rng: Random): void {
  const initial = Math.max(1, Math.round(order.length * 0.1));
  const span = Math.max(1, Math.floor(commitCount * 0.85));
  order.forEach((id, i) => {
    const m = modules[id]!;
    m.createdAt = i < initial || span === 1 ? 0 : 1 + Math.floor(((i - initial) / (order.length - initial)) * (span - 1));
    if (m.kind === 'test') m.createdAt = Math.max(m.createdAt, modules[m.subject]!.createdAt);
  });
  // a test created "later" may land before its subject in order; keep createdAt non-decreasing along order
  for (let i = 1; i < order.length; i++) {
    const prev = modules[order[i - 1]!]!;
    const m = modules[order[i]!]!;
    if (m.createdAt < prev.createdAt) m.createdAt = prev.createdAt;
  }
  for (const g of groups) {
    if (g.barrel < 0) continue;
    const first = order.find((id) => modules[id]!.group === groups.indexOf(g) && modules[id]!.kind === 'source');
    modules[g.barrel]!.createdAt = first === undefined ? commitCount : modules[first]!.createdAt;
  }
  void rng;
}

function wireImports(order: number[], modules: PlannedModule[], groups: Group[], rng: Random): void {
  const byLayer: number[][] = LAYERS.map(() => []);
  const byGroup: number[][] = groups.map(() => []);
  const hubs: number[] = [];
  for (const id of order) {
    const m = modules[id]!;
    const layer = groups[m.group]!.layer;
    const wanted = new Map<number, PlannedImport>();
    const want = (symbolOf: number | undefined, typeOnly = rng.chance(0.15)) => {
      if (symbolOf === undefined || symbolOf === id) return;
      const owner = modules[symbolOf]!;
      const ownerGroup = groups[owner.group]!;
      const viaBarrel = ownerGroup.barrel >= 0 && owner.group !== m.group && m.kind !== 'test';
      const target = viaBarrel ? ownerGroup.barrel : symbolOf;
      if (!wanted.has(target)) wanted.set(target, { target, typeOnly, symbolOf });
    };
    if (m.kind === 'test') {
      want(m.subject, false);
      if (rng.chance(0.3)) want(rng.pick(byGroup[m.group]!.length ? byGroup[m.group]! : [m.subject]));
    } else if (m.kind === 'source') {
      const count = rng.geometric(0.3, 8);
      for (let i = 0; i < count; i++) {
        const roll = rng.next();
        if (roll < 0.35 && byGroup[m.group]!.length > 0) want(rng.pick(byGroup[m.group]!));
        else if (roll < 0.8 && layer > 0) {
          const lower = Math.max(0, layer - (rng.chance(0.6) ? 1 : rng.between(1, layer)));
          if (byLayer[lower]!.length > 0) want(rng.pick(byLayer[lower]!));
        } else if (byLayer[layer]!.length > 0) want(rng.pick(byLayer[layer]!));
      }
      if (hubs.length > 0 && rng.chance(0.5)) want(hubs[Math.floor(hubs.length * rng.next() ** 2)], false);
    }
    m.imports = [...wanted.values()];
    if (m.kind === 'hub') hubs.push(id);
    if (m.kind === 'source' || m.kind === 'hub') {
      byLayer[layer]!.push(id);
      byGroup[m.group]!.push(id);
    }
  }
}

/** Back-edges inside a group, added by a later commit: a imports b, then b starts importing a. */
function planCycles(order: number[], modules: PlannedModule[], commitCount: number, rng: Random): BackEdge[] {
  const wanted = Math.max(1, Math.round(modules.length / 150));
  const edges: BackEdge[] = [];
  const used = new Set<number>();
  for (let attempt = 0; attempt < wanted * 20 && edges.length < wanted; attempt++) {
    const from = modules[rng.pick(order)]!;
    const sameGroup = from.imports.filter((i) => !i.typeOnly && i.target === i.symbolOf && modules[i.target]!.group === from.group);
    if (from.kind !== 'source' || sameGroup.length === 0 || used.has(from.id)) continue;
    const to = modules[rng.pick(sameGroup).target]!;
    if (to.kind !== 'source' || from.createdAt >= commitCount - 1 || to.imports.some((i) => i.target === from.id)) continue;
    used.add(from.id);
    edges.push({ from: to.id, to: from.id, at: rng.between(from.createdAt + 1, commitCount - 1) });
  }
  return edges;
}
