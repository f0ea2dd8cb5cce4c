import { editSeeds, initialSeeds } from './edit.js';
import type { FastImportWriter } from './fast-import-writer.js';
import { CLAUDE_TRAILER, DEPENDABOT, pickAuthor, usesClaude, type Person } from './people.js';
import type { RepoPlan } from './plan.js';
import type { Random } from './random.js';
import { modulePath, renderModule, type RepoState } from './render.js';
import { initialRepoFiles, PackageJson } from './repo-files.js';
import { CHANGE_PHRASES, CHANGE_TYPES, SUFFIXES } from './words.js';

const START = Date.UTC(2022, 2, 1, 9) / 1000;
const SPAN = 3 * 365 * 86400;

interface Change {
  kind: string;
  subject: string;
  author?: Person;
  render: Set<number>;
  deleted: string[];
  extraFiles: { path: string; content: string }[];
}

/** Writes the whole history commit by commit; only the current state of each file is kept in memory. */
export class HistoryWriter {
  private readonly state: RepoState;
  private readonly created: Uint8Array;
  private readonly importers: number[][];
  private readonly testsOf: number[][];
  private readonly namesInGroup: Set<string>[];
  private readonly groupFiles: number[][];
  private readonly hotPool: number[] = [];
  private readonly dueAt: number[][];
  private readonly backEdgesAt: Map<number, RepoPlan['backEdges']>;
  private readonly pkg = new PackageJson();
  private lastTime = 0;

  constructor(
    private readonly plan: RepoPlan,
    private readonly commitCount: number,
    private readonly rng: Random,
  ) {
    const { modules, groups } = plan;
    this.state = { modules, groups, seeds: modules.map(() => []), members: groups.map(() => []) };
    this.created = new Uint8Array(modules.length);
    this.importers = modules.map(() => []);
    this.testsOf = modules.map(() => []);
    this.namesInGroup = groups.map(() => new Set());
    this.groupFiles = groups.map(() => []);
    this.dueAt = Array.from({ length: commitCount }, () => []);
    for (const m of modules) {
      for (const imp of m.imports) this.importers[imp.target]!.push(m.id);
      if (m.kind === 'test') this.testsOf[m.subject]!.push(m.id);
      else this.namesInGroup[m.group]!.add(m.name);
      if (m.kind !== 'barrel') this.dueAt[Math.min(m.createdAt, commitCount - 1)]!.push(m.id);
    }
    this.backEdgesAt = new Map();
    for (const edge of plan.backEdges) this.backEdgesAt.set(edge.at, [...(this.backEdgesAt.get(edge.at) ?? []), edge]);
  }

  async write(writer: FastImportWriter, onProgress: (done: number) => void): Promise<void> {
    for (let i = 0; i < this.commitCount; i++) {
      const change = this.change(i);
      const progress = i / Math.max(1, this.commitCount - 1);
      const author = change.author ?? pickAuthor(progress, this.rng);
      const claude = change.author === undefined && usesClaude(author, progress, this.rng);
      const files = [
        ...change.extraFiles,
        ...change.deleted.map((path) => ({ path, content: null })),
        ...[...change.render].sort((a, b) => a - b).map((id) => {
          const m = this.plan.modules[id]!;
          return { path: modulePath(this.state, m), content: renderModule(this.state, m) };
        }),
      ];
      const message = `${change.kind}: ${change.subject}\n${claude ? `\n${CLAUDE_TRAILER}\n` : ''}`;
      const committer = author === DEPENDABOT ? 'GitHub <noreply@github.com>' : `${author.name} <${author.email}>`;
      await writer.commit({ ref: 'refs/heads/main', author: `${author.name} <${author.email}>`, committer, when: this.when(i, author), message, files });
      if (i % 1000 === 0) onProgress(i);
    }
  }

  private when(i: number, author: Person): string {
    const step = SPAN / this.commitCount;
    const t = Math.max(this.lastTime + 1, Math.floor(START + step * i + this.rng.next() * step * 0.8));
    this.lastTime = t;
    return `${t} ${author.tz}`;
  }

  private change(i: number): Change {
    const change: Change = { kind: '', subject: '', render: new Set(), deleted: [], extraFiles: [] };
    const due = this.dueAt[i]!;
    const backEdges = this.backEdgesAt.get(i) ?? [];
    if (i === 0) change.extraFiles.push(...initialRepoFiles(this.pkg));
    for (const id of due) this.create(id, change);
    for (const edge of backEdges) this.addBackEdge(edge, change);
    if (i === 0) return { ...change, kind: 'chore', subject: 'initial import' };
    if (due.length > 0) {
      const first = this.plan.modules[due[0]!]!;
      const names = due.slice(0, 3).map((id) => this.plan.modules[id]!.name);
      change.kind = `feat(${this.plan.groups[first.group]!.name})`;
      change.subject = `add ${names.join(', ')}${due.length > 3 ? ` and ${due.length - 3} more` : ''}`;
      if (this.rng.chance(0.3)) this.modify(this.rng.geometric(0.6, 2), change, first.group);
      return change;
    }
    if (backEdges.length > 0) return change;
    const progress = i / this.commitCount;
    if (progress >= DEPENDABOT.from && this.rng.chance(0.03)) return this.bumpDependency(change);
    if (this.rng.chance(0.008) && this.rename(change)) return change;
    this.modify(this.rng.geometric(0.45, 10), change);
    return change;
  }

  private create(id: number, change: Change): void {
    const m = this.plan.modules[id]!;
    this.created[id] = 1;
    this.state.seeds[id] = initialSeeds(this.rng);
    change.render.add(id);
    this.groupFiles[m.group]!.push(id);
    for (let copies = Math.min(20, Math.floor(1 / (1 - this.rng.next() * 0.95))); copies > 0; copies--) this.hotPool.push(id);
    if (m.kind === 'test') return;
    this.state.members[m.group]!.push(id);
    const barrel = this.plan.groups[m.group]!.barrel;
    if (barrel >= 0) {
      if (!this.created[barrel]) this.created[barrel] = 1;
      change.render.add(barrel);
    }
  }

  private addBackEdge(edge: RepoPlan['backEdges'][number], change: Change): void {
    const from = this.plan.modules[edge.from]!;
    from.imports.push({ target: edge.to, typeOnly: false, symbolOf: edge.to });
    this.importers[edge.to]!.push(edge.from);
    editSeeds(this.state.seeds[edge.from]!, this.rng, 1);
    change.render.add(edge.from);
    change.kind = `refactor(${this.plan.groups[from.group]!.name})`;
    change.subject = `reuse ${this.plan.modules[edge.to]!.name} in ${from.name}`;
  }

  private modify(count: number, change: Change, group?: number): void {
    let anchor = group;
    for (let n = 0; n < count * 3 && change.render.size < count; n++) {
      const pool = anchor !== undefined && this.rng.chance(0.6) ? this.groupFiles[anchor]! : this.hotPool;
      const id = pool.length > 0 ? this.rng.pick(pool) : undefined;
      if (id === undefined || change.render.has(id)) continue;
      anchor ??= this.plan.modules[id]!.group;
      editSeeds(this.state.seeds[id]!, this.rng);
      change.render.add(id);
      const tests = this.testsOf[id]!.filter((t) => this.created[t]);
      if (tests.length > 0 && this.rng.chance(0.3) && change.render.size < count) {
        const test = this.rng.pick(tests);
        editSeeds(this.state.seeds[test]!, this.rng);
        change.render.add(test);
      }
    }
    if (change.kind === '') {
      change.kind = `${this.rng.pick(CHANGE_TYPES)}(${this.plan.groups[anchor ?? 0]!.name})`;
      change.subject = this.rng.pick(CHANGE_PHRASES);
    }
  }

  /** Renames a little-imported module and rewrites every importer's specifier, as an IDE refactor would. */
  private rename(change: Change): boolean {
    for (let attempt = 0; attempt < 10; attempt++) {
      const m = this.plan.modules[this.rng.pick(this.hotPool)]!;
      const importers = this.importers[m.id]!.filter((id) => this.created[id]);
      if (m.kind !== 'source' || importers.length > 8) continue;
      const names = this.namesInGroup[m.group]!;
      let name = `${m.name.split('-')[0]}-${this.rng.pick(SUFFIXES)}`;
      for (let n = 2; names.has(name); n++) name = `${name.replace(/-\d+$/, '')}-${n}`;
      const old = m.name;
      change.deleted.push(modulePath(this.state, m));
      names.delete(old);
      names.add(name);
      m.name = name;
      editSeeds(this.state.seeds[m.id]!, this.rng, 1);
      change.render.add(m.id);
      for (const id of importers) change.render.add(id);
      const barrel = this.plan.groups[m.group]!.barrel;
      if (barrel >= 0) change.render.add(barrel);
      change.kind = `refactor(${this.plan.groups[m.group]!.name})`;
      change.subject = `rename ${old} to ${name}`;
      return true;
    }
    return false;
  }

  private bumpDependency(change: Change): Change {
    const bump = this.pkg.bump(this.rng);
    change.extraFiles.push({ path: 'package.json', content: this.pkg.render() });
    return { ...change, kind: 'chore(deps)', subject: `bump ${bump.name} from ${bump.from} to ${bump.to}`, author: DEPENDABOT };
  }
}
