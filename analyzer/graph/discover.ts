import type { WarningSink } from '../core/warnings.js';
import { runGit } from '../core/git.js';
import { autoImportSources, type AutoImportSources } from './components/auto-imports.js';
import { linguistFlags, readDeclared, type LinguistFlags } from './git-attributes.js';
import { listGitFiles, walkFiles, type FileListing } from './list-files.js';
import { inRepoAliases } from './resolve/symlink-aliases.js';
import { selectModules, type Selection } from './select-modules.js';
import { sourceExtension } from './source-extensions.js';

export interface Discovery extends Selection {
  listing: FileListing;
  /** tracked in-repo symlinks and the tracked files they point at, read once */
  aliases: Map<string, string>;
  /** Linguist's verdicts on the TS/JS files, .gitattributes included (documentation is kept, for the module kind) */
  linguist: LinguistFlags;
  /** where auto-imported Vue components are declared (components/auto-imports.ts) */
  autoImports: AutoImportSources;
}

/** Lists the directory's files (through git when it is a work tree) and picks candidate modules. */
export async function discover(root: string, exclude: string[], warnings: WarningSink): Promise<Discovery> {
  const inside = await runGit(root, ['rev-parse', '--is-inside-work-tree']);
  const isWorkTree = inside.exitCode === 0 && inside.stdout.toString().trim() === 'true';
  const listing = isWorkTree ? await listGitFiles(root) : walkFiles(root);
  const sources = listing.files.filter((f) => sourceExtension(f.path) !== null).map((f) => f.path);
  // without git there is no .gitattributes to read, and Linguist's rules still apply
  const linguist = linguistFlags(sources, isWorkTree ? await readDeclared(root, sources, warnings) : new Map());
  return { listing, aliases: inRepoAliases(root, listing.files), linguist, autoImports: autoImportSources(listing.files), ...selectModules(listing, linguist, exclude, warnings) };
}
