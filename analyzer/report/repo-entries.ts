import type { AnalyzeOptions } from '../core/options.js';
import type { HistoryModel } from '../history/model.js';
import type { ReportAuthor, ReportRepo } from './schema/index.js';

export function repoInfo(root: string, history: HistoryModel | null, options: AnalyzeOptions, clock: () => Date): ReportRepo {
  return {
    root,
    head: history?.head ?? null,
    branch: history?.branch ?? null,
    shallow: history?.shallow ?? false,
    commitsAnalyzed: history?.commitsAnalyzed ?? 0,
    firstCommitDate: history?.firstCommitDate ?? null,
    lastCommitDate: history?.lastCommitDate ?? null,
    now: history?.now ?? options.now ?? clock().toISOString(),
  };
}

/** People and agents seen in history, with how many files each is an author of (DOA). */
export function reportAuthors(history: HistoryModel | null): ReportAuthor[] {
  if (!history) return [];
  const authored = new Map<string, number>();
  for (const file of history.files.values())
    for (const author of file.authors) if (author.isAuthor) authored.set(author.id, (authored.get(author.id) ?? 0) + 1);
  return history.authors.map((author) => ({ ...author, filesAuthored: authored.get(author.id) ?? 0 }));
}
