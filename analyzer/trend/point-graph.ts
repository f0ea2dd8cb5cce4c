import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalyzerEmitter } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import { WarningSink } from '../core/warnings.js';
import type { Discovery } from '../graph/discover.js';
import { assembleGraph } from '../graph/index.js';
import type { ModuleGraph } from '../graph/model.js';
import { readAndParse } from '../graph/read-parse.js';
import { makeResolver } from '../graph/resolve/make-resolver.js';
import { inRepoAliases } from '../graph/resolve/symlink-aliases.js';
import type { FileReading, GraphSteps } from '../graph/steps.js';
import { symbolEdges } from '../graph/symbol-edges.js';
import { listTree } from '../tree/commit-tree.js';
import { materializeTree } from '../tree/materialize.js';

/**
 * The module graph at each trend point, as a fresh analysis of the point's commit builds it: the
 * files the graph stage reads are written from blobs into a folder of blastmap's own
 * (tree/materialize.ts, which rewrites only what changed since the previous point), and the graph
 * stage runs there on the discovery of the scratch repository (its listing, .gitignore and
 * .gitattributes are the point's own). A file content is parsed once: a reading is kept under its
 * blob id, path, size cap and generated checks while the next point still holds that content
 * (a content that leaves and comes back later is parsed again; memory stays at two points' worth).
 * Import resolution and symbol edges run per point: they depend on the whole tree.
 */
export class PointGraphs {
  private previous = new Map<string, FileReading>();
  private current = new Map<string, FileReading>();
  parsed = 0;
  reused = 0;

  private constructor(
    private readonly folder: string,
    private readonly treeDir: string,
  ) {}

  static open(): PointGraphs {
    const folder = mkdtempSync(join(tmpdir(), 'blastmap-trend-tree-'));
    return new PointGraphs(folder, join(folder, 'tree'));
  }

  /** The graph of `commit` (the scratch repository's HEAD), whose discovery is `found`. */
  async at(scratchDir: string, commit: string, found: Discovery, options: AnalyzeOptions): Promise<ModuleGraph> {
    const tree = await listTree(scratchDir, commit);
    await materializeTree(scratchDir, this.treeDir, tree.entries);
    const root = realpathSync(this.treeDir);
    // a link's reading depends on what it points at: only regular files are remembered by content
    const ids = new Map<string, string>();
    for (const e of tree.entries) if (e.mode !== '120000' && !e.nameNotUtf8) ids.set(e.path, e.oid);
    const readParse: GraphSteps['readParse'] = async (path, abs, maxBytes, generatedChecks) => {
      const oid = ids.get(path);
      const key = oid === undefined ? null : `${oid}\0${maxBytes}\0${generatedChecks ? 1 : 0}\0${path}`;
      const known = key === null ? undefined : (this.current.get(key) ?? this.previous.get(key));
      if (known !== undefined && key !== null) {
        this.current.set(key, known);
        this.reused += 1;
        return known;
      }
      const reading = await readAndParse(path, abs, maxBytes, generatedChecks);
      this.parsed += 1;
      if (key !== null) this.current.set(key, reading);
      return reading;
    };
    // symbolic links are read from the written tree, as a checkout would hold them
    const discovery: Discovery = { ...found, aliases: inRepoAliases(root, found.listing.files) };
    try {
      // the point's warnings and progress are not the run's: a fresh analysis of the point would give them
      return await assembleGraph(root, discovery, { repoDir: root, options, emitter: new AnalyzerEmitter(), warnings: new WarningSink(), steps: { readParse, makeResolver, symbolEdges } });
    } finally {
      this.previous = this.current;
      this.current = new Map();
    }
  }

  dispose(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }
}
