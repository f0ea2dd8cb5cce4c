/** The raw per-module figures every factor and explanation is built from, gathered once. */
import type { ModuleKind } from '../graph/model.js';
import type { HistoryAuthor, HistoryAuthorship } from '../history/model.js';
import type { LineShare } from '../history/provenance/model.js';
import { recentChurn } from './churn.js';
import { activeNames, ownershipOf, type Ownership } from './ownership.js';
import type { ScoreInput } from './model.js';

export interface ModuleFacts {
  path: string;
  kind: ModuleKind;
  /** a source module: the product, the population every percentile is taken over */
  source: boolean;
  barrel: boolean;
  loc: number;
  blastRadius: number;
  symbolBlastRadius: number;
  /** the dependents counted for exposure: symbol users for a barrel, else importers */
  exposure: number;
  fanIn: number;
  betweenness: number;
  pagerank: number;
  /** null without git history */
  ownership: Ownership | null;
  /** the history was read to its root: only then can "no person ever" be said */
  wholeHistory: boolean;
  /** the share of its lines an AI tool wrote, where the repository records it (git-ai, Agent Trace) */
  lineShare: LineShare | null;
  recentChurn: number;
}

export function usableHistory(history: HistoryAuthorship | null): HistoryAuthorship | null {
  return history && history.available ? history : null;
}

export function gatherModuleFacts(input: ScoreInput): ModuleFacts[] {
  const history = usableHistory(input.history);
  const people = new Map<string, HistoryAuthor>((history?.authors ?? []).map((a) => [a.id, a]));
  const namesakes = activeNames(people.values());
  return input.graph.modules.map((m) => {
    const g = input.metrics.modules.get(m.path);
    const ownership = history ? ownershipOf(history.files.get(m.path), people, namesakes) : null;
    const blastRadius = finite(g?.blastRadius);
    const symbolBlastRadius = finite(g?.symbolBlastRadius);
    return {
      path: m.path,
      kind: m.kind,
      source: m.kind === 'source',
      barrel: m.barrel,
      loc: Math.max(1, finite(m.size.loc)),
      blastRadius,
      symbolBlastRadius,
      // A barrel defines nothing: a failure behind it belongs to the module defining the symbol.
      exposure: m.barrel ? symbolBlastRadius : blastRadius,
      fanIn: finite(g?.fanIn),
      betweenness: m.kind === 'source' ? finite(g?.betweenness) : 0,
      pagerank: m.kind === 'source' ? finite(g?.pagerank) : 0,
      ownership,
      wholeHistory: history?.complete ?? false,
      lineShare: history ? (input.provenance?.files.get(m.path) ?? null) : null,
      recentChurn: history && ownership
        ? recentChurn(ownership.commits, ownership.lastChange, history.now, input.options.activityDays)
        : 0,
    };
  });
}

function finite(x: number | undefined): number {
  return x !== undefined && Number.isFinite(x) ? Math.max(0, x) : 0;
}
