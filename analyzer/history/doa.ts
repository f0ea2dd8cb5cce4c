/**
 * Degree of authorship (Fritz et al.; thresholds of Avelino et al.), as the report contract fixes:
 * DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC).
 */
export const DOA_AUTHOR_MIN = 3.293;
export const DOA_AUTHOR_SHARE = 0.75;

export function degreeOfAuthorship(createdIt: boolean, ownCommits: number, otherCommits: number): number {
  return 3.293 + 1.098 * (createdIt ? 1 : 0) + 0.164 * ownCommits - 0.321 * Math.log(1 + otherCommits);
}

export interface DoaInput {
  person: string;
  ownCommits: number;
}

export interface DoaResult {
  person: string;
  doa: number;
  ownCommits: number;
  isAuthor: boolean;
}

/**
 * DOA of each human contributor of one file. `totalCommits` counts every non-merge commit to the
 * file (agents' and bots' included), so AC = totalCommits − ownCommits.
 */
export function fileAuthorship(humans: readonly DoaInput[], creator: string | null, totalCommits: number): DoaResult[] {
  const scored: DoaResult[] = [];
  let max = -Infinity;
  for (const h of humans) {
    const doa = degreeOfAuthorship(h.person === creator, h.ownCommits, totalCommits - h.ownCommits);
    if (doa > max) max = doa;
    scored.push({ person: h.person, ownCommits: h.ownCommits, doa, isAuthor: false });
  }
  for (const s of scored) s.isAuthor = s.doa >= DOA_AUTHOR_MIN && max > 0 && s.doa / max > DOA_AUTHOR_SHARE;
  return scored;
}
