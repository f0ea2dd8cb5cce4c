import type { AnalyzeOptions } from '../core/options.js';
import type { CodeOwnership } from './code-truck-factor.js';
import type { ModuleGraph } from '../graph/model.js';
import type { HistoryAuthorship } from '../history/model.js';
import type { ProvenanceModel } from '../history/provenance/model.js';
import type { GraphMetrics } from '../metrics/model.js';
import type { AreaFamiliarity, FamiliarityFacts } from './familiarity.js';

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

export interface RiskFactor {
  name: string;
  /** 0..1 */
  value: number;
  weight: number;
  contribution: number;
  detail?: string;
}

export interface Risk {
  /** null without git history: ignorance is unknown, so there is no score (structure only) */
  score: number | null;
  level: RiskLevel | null;
  /** empty when score is null */
  factors: RiskFactor[];
  explanation: string;
}

export interface ScoreInput {
  graph: ModuleGraph;
  metrics: GraphMetrics;
  /** null when the directory has no usable git history */
  history: HistoryAuthorship | null;
  /** line-level AI provenance; null or without a file's entry when the repository records nothing for it */
  provenance?: ProvenanceModel | null;
  options: AnalyzeOptions;
  /** the team's own ratings per area path (score/familiarity.ts); absent or empty without a ratings file */
  familiarity?: ReadonlyMap<string, FamiliarityFacts>;
}

export interface AreaAuthor {
  id: string;
  files: number;
  active: boolean;
}

export interface AreaScore {
  path: string;
  modules: number;
  testModules: number;
  blastRadius: number;
  busFactor: number | null;
  aiCommitRatio: number | null;
  commits: number;
  linesChanged: number;
  authors: AreaAuthor[];
  /** the team's own ratings of the area; null when nobody rated it */
  familiarity: AreaFamiliarity | null;
  risk: Risk;
}

export interface ScoreResult {
  /** truck factor over the source modules, and modules authored per person */
  code: CodeOwnership;
  modules: Map<string, Risk>;
  /** one per directory holding modules (and every ancestor directory), '.' for the root */
  areas: AreaScore[];
}
