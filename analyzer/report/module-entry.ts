import type { GraphModule } from '../graph/model.js';
import type { FileHistory } from '../history/model.js';
import type { LineShare } from '../history/provenance/model.js';
import type { ModuleMetrics } from '../metrics/model.js';
import { areaOf } from '../metrics/area-tree.js';
import type { Risk } from '../score/model.js';
import type { OwnersFigures } from '../score/declared-owners.js';
import type { ModuleHistoryFigures, ReportModule } from './schema/index.js';


export function moduleEntry(
  module: GraphModule,
  metrics: ModuleMetrics,
  history: FileHistory | null,
  lines: LineShare | null,
  risk: Risk,
  layout: { x: number; y: number } | undefined,
  owners?: OwnersFigures,
): ReportModule {
  const entry: ReportModule = {
    path: module.path,
    kind: module.kind,
    test: module.test,
    area: areaOf(module.path),
    size: module.size,
    externals: module.externals,
    graph: { ...metrics, barrel: module.barrel },
    history: history ? historyFigures(history, lines) : null,
    risk,
  };
  if (owners) entry.owners = owners;
  if (layout) entry.layout = layout;
  return entry;
}

function historyFigures(file: FileHistory, lines: LineShare | null): ModuleHistoryFigures {
  return {
    commits: file.commits,
    linesAdded: file.linesAdded,
    linesDeleted: file.linesDeleted,
    aiCommits: file.aiCommits,
    aiCommitRatio: file.commits === 0 ? null : file.aiCommits / file.commits,
    aiLinesAdded: file.aiLinesAdded,
    busFactor: file.busFactor,
    authors: file.authors,
    createdBy: file.createdBy,
    lastChange: file.lastChange,
    lastHumanChange: file.lastHumanChange,
    knowledgeLoss: file.knowledgeLoss,
    formerPaths: file.formerPaths,
    aiLineShare: lines === null ? null : lines.aiLines / lines.lines,
    aiLines: lines?.aiLines ?? null,
    aiLineSource: lines?.source ?? null,
  };
}
