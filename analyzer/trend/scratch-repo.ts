import { closeSync, constants, fstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { COMMIT_ID, gitOk } from '../core/git.js';
import { readBlobs as readTreeBlobs } from '../tree/commit-tree.js';


/** A tree entry of a point's commit, by its root-relative path. */
export interface TreeEntry {
  mode: string;
  oid: string;
  /** bytes; -1 for what is not a blob */
  size: number;
}

/**
 * The files git itself reads from a work tree and that change a report: ignore rules (`git
 * ls-files --ignored`), attributes (`git check-attr`) and the root .mailmap (`git log
 * --use-mailmap`). A fresh checkout has them; so does the scratch work tree, and nothing else.
 */
const isRuleFile = (path: string): boolean => path === '.mailmap' || /(^|\/)\.git(ignore|attributes)$/.test(path);

/** Reads a regular file of the analyzed repository's git folder (never through a link), or null. */
function gitDirFile(path: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * A throwaway repository in the temp folder that borrows the analyzed one's objects (alternates)
 * and is moved from point to point: HEAD and the index at the point's commit, and in its work tree
 * only the rule files above. Every stage then sees that commit as it would see a fresh checkout
 * of it, while nothing is written into the analyzed repository and no checkout runs (so no
 * filter or hook of the repository can run). The analyzed folder is `dir` (the same prefix).
 */
export class ScratchRepo {
  private written = new Map<string, string>();
  entries = new Map<string, TreeEntry>();
  mailmap: string | null = null;
  /**
   * What, besides the commits, changes what `git log` prints here: the root .mailmap (names) and
   * every .gitattributes (`-diff` or `binary` turns a file's line counts into `-`), by blob id.
   */
  logRules = '';

  private constructor(
    readonly top: string,
    readonly dir: string,
    /** the analyzed folder relative to the work-tree root: '' or 'sub/dir/' */
    readonly prefix: string,
    /** the analyzed repository is a shallow clone (its boundary was copied) */
    readonly shallow: boolean,
  ) {}

  static async open(root: string): Promise<ScratchRepo> {
    const [commonOut, prefixOut, replaceOut] = await Promise.all([
      gitOk(root, ['rev-parse', '--path-format=absolute', '--git-common-dir']),
      gitOk(root, ['rev-parse', '--show-prefix']),
      gitOk(root, ['for-each-ref', '--format=%(refname) %(objectname)', 'refs/replace/']),
    ]);
    const common = commonOut.toString('utf8').replace(/\n$/, '');
    const prefix = prefixOut.toString('utf8').replace(/\n$/, '');
    const top = mkdtempSync(join(tmpdir(), 'blastmap-trend-'));
    try {
      await gitOk(top, ['init', '--quiet', '--template=', '.']);
      const own = join(top, '.git');
      mkdirSync(join(own, 'objects', 'info'), { recursive: true });
      writeFileSync(join(own, 'objects', 'info', 'alternates'), `${join(common, 'objects')}\n`);
      // what a report reads from the repository's own git folder: its local ignore rules and
      // attributes, and a shallow boundary
      mkdirSync(join(own, 'info'), { recursive: true });
      let shallow = false;
      for (const name of ['info/exclude', 'info/attributes', 'shallow']) {
        const content = gitDirFile(join(common, name));
        if (content === null) continue;
        writeFileSync(join(own, name), content);
        if (name === 'shallow') shallow = true;
      }
      // the repository's replacements (git replace) hold here too, as its own git log honours them
      const replacements = replaceOut
        .toString('utf8')
        .split('\n')
        .map((line) => /^refs\/replace\/([0-9a-f]{40,64}) ([0-9a-f]{40,64})$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null);
      if (replacements.length > 0) mkdirSync(join(own, 'refs', 'replace'), { recursive: true });
      for (const [, replaced, by] of replacements) writeFileSync(join(own, 'refs', 'replace', replaced as string), `${by as string}\n`);
      const dir = join(top, prefix);
      mkdirSync(dir, { recursive: true });
      return new ScratchRepo(top, dir, prefix, shallow);
    } catch (error) {
      rmSync(top, { recursive: true, force: true });
      throw error;
    }
  }

  /** HEAD, index and rule files at `sha`; `entries` lists the commit's tree. */
  async moveTo(sha: string): Promise<void> {
    if (!COMMIT_ID.test(sha)) throw new Error(`not a commit id: ${sha}`);
    // the index and the listing: independent
    // a detached HEAD is the commit id in .git/HEAD: this repository is ours, no git call needed
    writeFileSync(join(this.top, '.git', 'HEAD'), `${sha}\n`);
    const [, listing] = await Promise.all([
      gitOk(this.top, ['read-tree', sha]),
      gitOk(this.top, ['ls-tree', '-r', '-z', '-l', '--full-tree', '--end-of-options', sha]),
    ]);
    this.entries = parseTree(listing);
    const rules = [...this.entries].filter(([path, e]) => isRuleFile(path) && (e.mode === '100644' || e.mode === '100755'));
    const wanted = new Map(rules.map(([path, e]) => [path, e.oid]));
    for (const [path, oid] of this.written) {
      if (wanted.get(path) !== oid) {
        rmSync(join(this.top, path), { force: true });
        this.written.delete(path);
      }
    }
    const missing = [...wanted].filter(([path]) => !this.written.has(path));
    const blobs = await readBlobs(this.top, missing.map(([, oid]) => oid));
    for (const [path, oid] of missing) {
      const target = join(this.top, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, blobs.get(oid) ?? Buffer.alloc(0));
      this.written.set(path, oid);
    }
    this.mailmap = wanted.get('.mailmap') ?? null;
    this.logRules = [...wanted]
      .filter(([path]) => path === '.mailmap' || /(^|\/)\.gitattributes$/.test(path))
      .map(([path, oid]) => `${path}\0${oid}`)
      .sort()
      .join('\n');
  }

  /**
   * The commit's files as the history stage keys them: root-relative path → path under the
   * analyzed folder (what `git ls-tree -r HEAD -- .` and `git ls-files` print there; the index
   * holds the same tree).
   */
  headFiles(): Map<string, string> {
    const files = new Map<string, string>();
    for (const path of this.entries.keys()) if (path.startsWith(this.prefix)) files.set(path, path.slice(this.prefix.length));
    return files;
  }

  dispose(): void {
    rmSync(this.top, { recursive: true, force: true });
  }
}

/** `ls-tree -r -z -l`: `<mode> SP <type> SP <oid> SP+ <size> TAB <path>` NUL. */
function parseTree(out: Buffer): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const record of out.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', , oid = '', size = '-'] = record.slice(0, tab).split(/ +/);
    entries.set(record.slice(tab + 1), { mode, oid, size: size === '-' ? -1 : Number(size) });
  }
  return entries;
}

/**
 * Blob contents by id, through tree/commit-tree.ts's one `git cat-file --batch` reader (no filter or
 * textconv runs there). An object git lacks is left out of the map: the point reads that file as
 * absent.
 */
export async function readBlobs(cwd: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  const unique = [...new Set(oids)].filter((oid) => COMMIT_ID.test(oid));
  await readTreeBlobs(cwd, unique, (index, bytes) => blobs.set(unique[index] as string, bytes), () => undefined);
  return blobs;
}
