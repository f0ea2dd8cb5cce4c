import type { OracleResult } from './ts-edges.js';

export interface EdgeAgreement {
  ours: number;
  oracle: number;
  both: number;
  /** share of our edges the oracle also found (1 when we have none) */
  oursConfirmed: number;
  /** share of the oracle's edges we also found (1 when it has none) */
  oracleCovered: number;
  onlyOurs: string[];
  onlyOracle: string[];
}

export function edgeAgreement(ours: Set<string>, oracle: Set<string>): EdgeAgreement {
  const onlyOurs = [...ours].filter((e) => !oracle.has(e)).sort();
  const onlyOracle = [...oracle].filter((e) => !ours.has(e)).sort();
  const both = ours.size - onlyOurs.length;
  return {
    ours: ours.size,
    oracle: oracle.size,
    both,
    oursConfirmed: ours.size === 0 ? 1 : both / ours.size,
    oracleCovered: oracle.size === 0 ? 1 : both / oracle.size,
    onlyOurs,
    onlyOracle,
  };
}

export interface Suspect {
  specifier: string;
  why: 'unresolved' | 'outside';
  /** the specifier names a workspace package whose directory holds the target */
  workspacePackage: boolean;
}

/** For an edge only we found: the source's specifiers the oracle failed on that plausibly name the target. */
export function suspectSpecifiers(oracle: OracleResult, source: string, target: string): Suspect[] {
  const misses: Suspect[] = [];
  for (const [key, why] of oracle.misses) {
    const [from, specifier] = key.split('\0') as [string, string];
    if (from !== source) continue;
    const pkgDir = oracle.workspacePackages.get(packageName(specifier));
    misses.push({ specifier, why, workspacePackage: pkgDir !== undefined && target.startsWith(`${pkgDir}/`) });
  }
  const inPackage = misses.filter((m) => m.workspacePackage);
  if (inPackage.length > 0) return inPackage;
  const named = misses.filter((m) => stem(m.specifier) === stem(target));
  return named.length > 0 ? named : misses.slice(0, 3);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function stem(p: string): string {
  return (
    p
      .replace(/[?#].*$/, '')
      .replace(/\/index(\.[^/]*)?$/, '')
      .replace(/(\.d)?\.[cm]?[jt]sx?$/, '')
      .split('/')
      .pop() ?? ''
  );
}

/** Coarse cause of a disagreement, read from the specifier. */
export function specifierKind(spec: string | undefined, workspacePackage = false): string {
  if (spec === undefined) return 'no-failed-specifier';
  if (workspacePackage) return 'workspace-package';
  if (spec.includes('?')) return 'query-suffix';
  if (spec.startsWith('.')) return /\.[cm]?[jt]sx?$/.test(spec) ? 'relative-with-ext' : 'relative-extensionless';
  if (spec.startsWith('/')) return 'absolute';
  if (spec.startsWith('#')) return 'subpath-import';
  if (/^(~|@\/|@@\/)/.test(spec)) return 'alias';
  return 'bare-package';
}
