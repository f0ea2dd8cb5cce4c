/**
 * What the history stage hands to the later stages. Built in one streaming pass over git log;
 * later stages only read it.
 */
export type AuthorKind = 'human' | 'agent' | 'bot';

export interface HistoryAuthor {
  /** stable id derived from the email after .mailmap */
  id: string;
  name: string;
  email: string;
  kind: AuthorKind;
  /** AI tool (agents) or bot rule that matched, else null */
  tool: string | null;
  commits: number;
  aiCommits: number;
  firstCommit: string | null;
  lastCommit: string | null;
  active: boolean;
  /** files at HEAD of which this person is an author by DOA (0 for agents and bots) */
  filesAuthored: number;
  /** the identities merged into this person, and which rule merged each */
  aliases: AuthorAlias[];
}

export interface AuthorAlias {
  name: string;
  email: string;
  /** `mailmap`: .mailmap rewrote this identity; `same-name`: another address under the same full name */
  rule: 'mailmap' | 'same-name';
}

export interface FileAuthorship {
  id: string;
  doa: number;
  /** DL: this person's commits to the file that neither add nor delete it */
  commits: number;
  /** FA: this person made a commit that added the file */
  firstAuthorship: boolean;
  isAuthor: boolean;
  active: boolean;
}

export interface FileHistory {
  path: string;
  formerPaths: string[];
  commits: number;
  linesAdded: number;
  linesDeleted: number;
  aiCommits: number;
  aiLinesAdded: number;
  busFactor: number;
  authors: FileAuthorship[];
  createdBy: string | null;
  lastChange: string | null;
  lastHumanChange: string | null;
  /** share of the file's DOA held by authors who are no longer active; null without authors */
  knowledgeLoss: number | null;
}

export interface MonthlyPoint {
  month: string;
  commits: number;
  aiCommits: number;
  aiCommitRatio: number | null;
}

export interface CoChange {
  a: string;
  b: string;
  together: number;
  support: number;
  confidence: number;
}

export interface HistoryModel {
  available: boolean;
  head: string | null;
  branch: string | null;
  shallow: boolean;
  /**
   * every commit back to the root was read: not a shallow clone, git log not cut short, no entry
   * skipped. When false, "never" and "ever" cannot be said of the history.
   */
  complete: boolean;
  commitsAnalyzed: number;
  firstCommitDate: string | null;
  lastCommitDate: string | null;
  /** "now" for every time-based figure: --now, else HEAD's commit date, else the run's clock */
  now: string;
  files: Map<string, FileHistory>;
  authors: HistoryAuthor[];
  truckFactor: number | null;
  truckFactorAuthors: string[];
  aiCommitRatio: number | null;
  monthly: MonthlyPoint[];
  coChanges: CoChange[];
  /** per rule (tool) how many commits it marked, so the report can say why */
  aiRuleCounts: Record<string, number>;
  /** per `tool: rule` (which identity, trailer, subject or body line) how many commits it marked */
  aiRuleMatches: Record<string, number>;
  /** commits in the window with 1..maxFilesPerCommit files at HEAD: the coupling support denominator */
  couplingCommits: number;
}

/** The model's co-change part: only the report reads it. */
export type HistoryCoupling = Pick<HistoryModel, 'coChanges' | 'couplingCommits'>;

/**
 * The model without its co-change part: everything the score and the other stages before the
 * report read. It can be handed on while the co-change pairs are still being counted.
 */
export type HistoryAuthorship = Omit<HistoryModel, keyof HistoryCoupling>;
