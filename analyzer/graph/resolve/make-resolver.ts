import type { AnalyzerWarning } from '../../core/warnings.js';
import { WarningSink } from '../../core/warnings.js';
import type { ImportResolver, ResolverSetup } from '../steps.js';
import { DiskView } from './disk-view.js';

/**
 * TypeScript's resolver for the repository. Every module's tsconfig is read before the first
 * lookup, so which tsconfig warnings a run gives never depends on which files import something.
 */
export async function makeResolver(setup: ResolverSetup): Promise<ImportResolver> {
  const { createResolver } = await import('./create-resolver.js');
  const sink = new WarningSink();
  const resolver = createResolver({ ...setup, disk: new DiskView(), warnings: sink });
  const configsOf = resolver.loadConfigs(setup.modules);
  return {
    resolve: (from, lookup) => resolver.resolve(from, lookup.specifier, lookup.kind),
    finish: () => {
      const configWarnings = (config: string) => sink.items.filter((w) => w.code === 'tsconfig-error' && w.path === config);
      return setupWarnings(sink.items.filter((w) => w.code !== 'tsconfig-error'), configsOf.values(), configWarnings);
    },
  };
}

/** The setup's warnings in their order: the workspace's, then each tsconfig's that some module read, in the order first read. */
export function setupWarnings(workspace: AnalyzerWarning[], configsOf: Iterable<readonly string[]>, warningsOf: (config: string) => readonly AnalyzerWarning[]): AnalyzerWarning[] {
  const read = new Set<string>();
  for (const configs of configsOf) for (const config of configs) read.add(config);
  return [...workspace, ...[...read].flatMap((config) => [...warningsOf(config)])];
}
