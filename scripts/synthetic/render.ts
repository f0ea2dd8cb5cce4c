import path from 'node:path/posix';
import { LAYERS, type Group, type PlannedModule } from './plan.js';
import { pairHash } from './random.js';

export interface RepoState {
  modules: PlannedModule[];
  groups: Group[];
  /** body line seeds per module; edits change these, rendering turns them into code */
  seeds: number[][];
  /** created source/hub modules per group, in creation order: what a barrel re-exports */
  members: number[][];
}

export function modulePath(state: RepoState, m: PlannedModule): string {
  const dir = state.groups[m.group]!.dir;
  return m.kind === 'test' ? `${dir}/${m.name}.test.ts` : `${dir}/${m.name}.ts`;
}

/** Same directory: relative with .js; elsewhere a stable mix of tsconfig `paths` aliases and relative paths. */
function specifier(state: RepoState, from: PlannedModule, to: PlannedModule): string {
  const fromGroup = state.groups[from.group]!;
  const toGroup = state.groups[to.group]!;
  const file = to.kind === 'barrel' ? '' : `/${to.name}`;
  if (from.group === to.group) return `./${to.name}.js`;
  if (pairHash(from.id, to.id) % 3 !== 0) return `@${LAYERS[toGroup.layer]}/${toGroup.name}${file}`;
  const rel = path.relative(fromGroup.dir, toGroup.dir);
  return `${rel.startsWith('.') ? rel : `./${rel}`}${file || '/index'}.js`;
}

function bodyLine(seed: number, deps: string[]): string {
  const a = (seed >>> 4) % 97;
  const b = (seed >>> 11) % 1009;
  switch (seed % 10) {
    case 4:
    case 5:
      return `  if (acc > ${b + 100}) acc -= ${a + 1};`;
    case 6:
      return deps.length > 0 ? `  acc += ${deps[(seed >>> 7) % deps.length]}(acc % ${a + 2});` : `  acc = acc ^ ${b};`;
    case 7:
      return `  for (let i = 0; i < ${(a % 7) + 2}; i++) acc ^= i * ${b};`;
    case 8:
      return `  acc += String(acc).length * ${a + 3};`;
    case 9:
      return `  acc = Math.max(acc, ${b}) - ${a};`;
    default:
      return `  acc = (acc * ${a + 31} + ${b}) % 65521;`;
  }
}

const FUNCTION_LINES = 12;

export function renderModule(state: RepoState, m: PlannedModule): string {
  if (m.kind === 'barrel') {
    const lines = state.members[m.group]!.map((id) => `export * from './${state.modules[id]!.name}.js';`);
    return `// Public surface of ${state.groups[m.group]!.name}.\n${lines.join('\n')}\n`;
  }
  const imports = m.imports.map((imp) => {
    const symbol = state.modules[imp.symbolOf]!;
    const spec = specifier(state, m, state.modules[imp.target]!);
    return imp.typeOnly ? `import type { ${symbol.typeName} } from '${spec}';` : `import { ${symbol.fn} } from '${spec}';`;
  });
  const deps = m.imports.filter((i) => !i.typeOnly).map((i) => state.modules[i.symbolOf]!.fn);
  const seeds = state.seeds[m.id]!;
  return m.kind === 'test' ? renderTest(state, m, imports, seeds) : renderSource(m, imports, deps, seeds);
}

function renderSource(m: PlannedModule, imports: string[], deps: string[], seeds: number[]): string {
  const out = [...imports, '', `export interface ${m.typeName} {`, '  limit: number;', '  label?: string;', '}', ''];
  for (let start = 0, part = 0; start < seeds.length; start += FUNCTION_LINES, part++) {
    const name = part === 0 ? m.fn : `${m.fn}Step${part}`;
    out.push(`export function ${name}(input: number, options?: ${m.typeName}): number {`, '  let acc = input + (options?.limit ?? 0);');
    for (const seed of seeds.slice(start, start + FUNCTION_LINES)) out.push(bodyLine(seed, deps));
    out.push('  return acc;', '}', '');
  }
  return out.join('\n');
}

function renderTest(state: RepoState, m: PlannedModule, imports: string[], seeds: number[]): string {
  const subject = state.modules[m.subject]!;
  const out = [`import { describe, expect, it } from 'vitest';`, ...imports, '', `describe('${subject.name}', () => {`];
  for (const seed of seeds) out.push(`  it('case ${seed % 100003}', () => expect(${subject.fn}(${seed % 997})).toBeTypeOf('number'));`);
  out.push('});', '');
  return out.join('\n');
}
