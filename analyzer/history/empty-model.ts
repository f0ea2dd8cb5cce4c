import type { HistoryModel } from './model.js';

/** The model when there is no history to read: not a repository, or no commit yet. */
export function emptyHistoryModel(now: string, shallow = false): HistoryModel {
  return {
    available: false,
    head: null,
    branch: null,
    shallow,
    complete: false,
    commitsAnalyzed: 0,
    firstCommitDate: null,
    lastCommitDate: null,
    now,
    files: new Map(),
    authors: [],
    truckFactor: null,
    truckFactorAuthors: [],
    aiCommitRatio: null,
    monthly: [],
    coChanges: [],
    aiRuleCounts: {},
    aiRuleMatches: {},
    couplingCommits: 0,
  };
}
