/**
 * Degree of authorship (Fritz et al.; thresholds of Avelino et al., ICPC 2016), counted as their
 * reference implementation counts it (aserg-ufmg/Truck-Factor, `DOACalculator` and
 * `AuthorshipInfo.getDoaMultAuthor`/`isDOAAuthor`), so that its published truck factors reproduce:
 *
 *   DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC)
 *
 * FA is 1 for whoever made a commit that added the file (the creator, and anyone who added it again
 * after a deletion). A commit that adds the file is first authorship only, never a delivery or an
 * acceptance; a deletion counts for nothing. DL counts the person's other commits to the file, AC
 * everyone else's (agents' and bots' included). A person is an author when DOA / max DOA > 0.75 and
 * either DOA ≥ 3.293 or FA = 1: a creator needs no absolute DOA.
 */
export const DOA_AUTHOR_MIN = 3.293;
export const DOA_AUTHOR_SHARE = 0.75;

export function degreeOfAuthorship(firstAuthorship: boolean, deliveries: number, acceptances: number): number {
  return 3.293 + 1.098 * (firstAuthorship ? 1 : 0) + 0.164 * deliveries - 0.321 * Math.log(1 + acceptances);
}

export interface DoaInput {
  person: string;
  /** DL: the person's commits to the file that neither add nor delete it */
  deliveries: number;
  /** FA: the person made a commit that added the file */
  firstAuthorship: boolean;
}

export interface DoaResult extends DoaInput {
  doa: number;
  isAuthor: boolean;
}

/**
 * DOA of each human contributor of one file. `changes` counts every commit to the file that
 * neither adds nor deletes it, by anyone, so AC = changes − DL. The maximum is taken over the
 * people scored here (humans): agents and bots are never authors, and their commits only lower
 * the humans' DOA through AC.
 */
export function fileAuthorship(humans: readonly DoaInput[], changes: number): DoaResult[] {
  const scored: DoaResult[] = [];
  let max = -Infinity;
  for (const h of humans) {
    const doa = degreeOfAuthorship(h.firstAuthorship, h.deliveries, changes - h.deliveries);
    if (doa > max) max = doa;
    // a literal of one shape rather than a spread: this runs for every contributor of every file
    scored.push({ person: h.person, deliveries: h.deliveries, firstAuthorship: h.firstAuthorship, doa, isAuthor: false });
  }
  for (const s of scored) s.isAuthor = max > 0 && s.doa / max > DOA_AUTHOR_SHARE && (s.doa >= DOA_AUTHOR_MIN || s.firstAuthorship);
  return scored;
}
