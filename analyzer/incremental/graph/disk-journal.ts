import { DiskView, type DirListing, type DiskKind } from '../../graph/resolve/disk-view.js';
import { digestOf } from '../keys.js';
import { resolutionDigest } from './resolution-digest.js';

/**
 * Every question a run's import resolution asked the disk outside the tracked tree, and the
 * answer it got (texts and listings as digests): a remembered lookup still holds when every one
 * of them gets the same answer again.
 */
export interface DiskJournal {
  kinds: [string, DiskKind][];
  texts: [string, string | null][];
  realpaths: [string, string][];
  entries: [string, string][];
}

const listingDigest = (listing: DirListing): string => digestOf([JSON.stringify(listing)]);

export function journalOf(disk: DiskView): DiskJournal {
  const { kinds, texts, realpaths, listings } = disk.answers();
  return {
    kinds: [...kinds],
    texts: [...texts].map(([path, text]) => [path, text === undefined ? null : resolutionDigest(path, text)]),
    realpaths: [...realpaths],
    entries: [...listings].map(([path, listing]) => [path, listingDigest(listing)]),
  };
}

/** A fresh view of the disk when it answers every question of `journal` as it did then (texts compared by what resolution reads of them), else null. */
export function diskAnswering(journal: DiskJournal): DiskView | null {
  const disk = new DiskView();
  for (const [path, kind] of journal.kinds) if (disk.kind(path) !== kind) return null;
  for (const [path, text] of journal.texts) {
    const now = disk.readFile(path);
    if ((now === undefined ? null : resolutionDigest(path, now)) !== text) return null;
  }
  for (const [path, real] of journal.realpaths) if (disk.realpath(path) !== real) return null;
  for (const [path, listing] of journal.entries) if (listingDigest(disk.entries(path)) !== listing) return null;
  return disk;
}
