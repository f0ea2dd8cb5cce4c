import type { HistoryAuthorship } from '../history/index.js';
import type { FileHistory } from '../history/model.js';

/**
 * The history model (all but its co-change pairs, which follow in a message of their own) as it
 * crosses from the worker to the main thread: the UTF-8 bytes of its JSON,
 * in a buffer handed over rather than copied (the receiving thread parses 20,000 files' history
 * faster than a structured clone rebuilds it). The files, most of the bytes, go as rows: one list
 * of keys, then each file's values in that order, its authors likewise, so that no key is written
 * or parsed once per file. The objects are rebuilt with their keys in the same order, so the report
 * built from them is byte for byte the same. Any file or author of another shape than the first
 * sends every file as plain objects instead.
 */
interface Rows {
  keys: string[];
  authorKeys: string[];
  /** the Map's keys, in order */
  paths: string[];
  /** per file: its values in `keys` order, `authors` as one flat list of `authorKeys` values */
  rows: unknown[][];
}

type Wire = Omit<HistoryAuthorship, 'files'> & { files: [string, FileHistory][] | null; rows: Rows | null };

function sameKeys(object: object, keys: readonly string[]): boolean {
  const own = Object.keys(object);
  return own.length === keys.length && own.every((key, i) => key === keys[i]);
}

function toRows(files: Map<string, FileHistory>): Rows | null {
  const first = files.values().next().value;
  if (first === undefined) return null;
  const keys = Object.keys(first);
  const authorKeys = Object.keys(first.authors[0] ?? { id: '', doa: 0, commits: 0, firstAuthorship: false, isAuthor: false, active: false });
  const paths: string[] = [];
  const rows: unknown[][] = [];
  for (const [path, file] of files) {
    if (!sameKeys(file, keys)) return null;
    const row: unknown[] = [];
    for (const key of keys) {
      const value = file[key as keyof FileHistory];
      // JSON writes an undefined in a list as null, where an object would leave the key out
      if (value === undefined) return null;
      if (key !== 'authors') {
        row.push(value);
        continue;
      }
      const flat: unknown[] = [];
      for (const author of file.authors) {
        if (!sameKeys(author, authorKeys)) return null;
        for (const k of authorKeys) {
          const value = author[k as keyof typeof author];
          if (value === undefined) return null;
          flat.push(value);
        }
      }
      row.push(flat);
    }
    paths.push(path);
    rows.push(row);
  }
  return { keys, authorKeys, paths, rows };
}

function fromRows({ keys, authorKeys, paths, rows }: Rows): Map<string, FileHistory> {
  const files = new Map<string, FileHistory>();
  const width = authorKeys.length;
  rows.forEach((row, i) => {
    const file: Record<string, unknown> = {};
    keys.forEach((key, k) => {
      if (key !== 'authors') {
        file[key] = row[k];
        return;
      }
      const flat = row[k] as unknown[];
      const authors: Record<string, unknown>[] = [];
      for (let at = 0; at < flat.length; at += width) {
        const author: Record<string, unknown> = {};
        for (let j = 0; j < width; j += 1) author[authorKeys[j] as string] = flat[at + j];
        authors.push(author);
      }
      file[key] = authors;
    });
    files.set(paths[i] as string, file as unknown as FileHistory);
  });
  return files;
}

export function modelToBytes(model: HistoryAuthorship): Uint8Array {
  const rows = toRows(model.files);
  const wire: Wire = { ...model, files: rows === null ? [...model.files] : null, rows };
  return new TextEncoder().encode(JSON.stringify(wire));
}

export function modelFromBytes(bytes: Uint8Array): HistoryAuthorship {
  const wire = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Wire>;
  // `files` keeps its place among the keys, as the worker's model had it
  const model = { ...wire, files: wire.rows ? fromRows(wire.rows) : new Map(wire.files ?? []) };
  delete model.rows;
  return model as HistoryAuthorship;
}
