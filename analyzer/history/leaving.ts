/**
 * "As if someone left" (report contract, schema 2): the history model as it would be had these
 * people left at "now". They become inactive and their authorship counts as knowledge lost; the
 * per-file bus factor and knowledge loss are worked out again by the same rule as finalize.ts.
 * Activity is decided once, in finalize.ts (the activity window); this is the one other input to
 * it, applied to the finished model so that cached history stays the same with or without it.
 */
import type { FileHistory, HistoryAuthorship } from './model.js';
import { indexPeople } from './find-person.js';
import { truckFactor } from './truck-factor.js';

export class UnknownPersonError extends Error {}

/** Author ids for each reference; a reference nobody matches, or that names several people, throws. */
export function resolveLeaving(model: HistoryAuthorship, references: readonly string[]): string[] {
  const index = indexPeople(model.authors);
  const ids: string[] = [];
  for (const reference of references) {
    const found = index.find(reference);
    if (found.length === 0) throw new UnknownPersonError(`--leaving: no author in the history is '${oneLine(reference)}' (give an author id, name or email from report.json authors[], or a GitHub @login known from a noreply address)`);
    if (found.length > 1) throw new UnknownPersonError(`--leaving: '${oneLine(reference)}' names ${String(found.length)} people (${found.join(', ')}); give one author id`);
    for (const id of found) if (!ids.includes(id)) ids.push(id);
  }
  return ids.sort();
}

function oneLine(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}

/** Bus factor and knowledge loss of a file from its authorship list (finalize.ts's rule). */
export function activeFigures(authors: FileHistory['authors']): { busFactor: number; knowledgeLoss: number | null } {
  let owners = 0;
  let ownedDoa = 0;
  let lostDoa = 0;
  let busFactor = 0;
  for (const a of authors) {
    if (!a.isAuthor) continue;
    owners++;
    ownedDoa += a.doa;
    if (a.active) busFactor++;
    else lostDoa += a.doa;
  }
  return { busFactor, knowledgeLoss: owners > 0 && ownedDoa > 0 ? lostDoa / ownedDoa : null };
}

export function withLeavers<M extends HistoryAuthorship>(model: M, leaving: readonly string[]): M {
  if (leaving.length === 0) return model;
  const gone = new Set(leaving);
  const files = new Map<string, FileHistory>();
  for (const [path, file] of model.files) {
    if (!file.authors.some((a) => gone.has(a.id) && a.active)) {
      files.set(path, file);
      continue;
    }
    const authors = file.authors.map((a) => (gone.has(a.id) ? { ...a, active: false } : a));
    files.set(path, { ...file, authors, ...activeFigures(authors) });
  }
  const authors = model.authors.map((a) => (gone.has(a.id) ? { ...a, active: false } : a));
  // the truck factor of the people who stay: the leavers' authorship holds nothing up any more
  const committed = [...files.values()].filter((f) => f.lastChange !== null);
  const tf = truckFactor(committed.map((f) => f.authors.filter((a) => a.isAuthor && !gone.has(a.id)).map((a) => a.id)));
  return { ...model, files, authors, truckFactor: tf.value, truckFactorAuthors: tf.removed };
}
