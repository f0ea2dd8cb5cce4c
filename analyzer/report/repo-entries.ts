import { basename } from 'node:path';
import type { AnalyzeOptions } from '../core/options.js';
import type { HistoryModel } from '../history/model.js';
import type { ReportAuthor, ReportRepo } from './schema/index.js';

export function repoInfo(root: string, history: HistoryModel | null, options: Pick<AnalyzeOptions, 'now' | 'since' | 'activityDays'>, clock: () => Date): ReportRepo {
  return {
    root: basename(root.replace(/\/+$/, '')) || root,
    head: history?.head ?? null,
    branch: history?.branch ?? null,
    shallow: history?.shallow ?? false,
    commitsAnalyzed: history?.commitsAnalyzed ?? 0,
    firstCommitDate: history?.firstCommitDate ?? null,
    lastCommitDate: history?.lastCommitDate ?? null,
    now: history?.now ?? options.now ?? clock().toISOString(),
  };
}

/** People and agents seen in history; filesAuthored counts the source modules they are authors of. */
export function reportAuthors(history: HistoryModel | null, modulesAuthored: ReadonlyMap<string, number>): ReportAuthor[] {
  return history ? history.authors.map((author) => ({ ...author, filesAuthored: modulesAuthored.get(author.id) ?? 0 })) : [];
}
