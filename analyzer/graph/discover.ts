import type { WarningSink } from '../core/warnings.js';
import { runGit } from '../core/git.js';
import { readLinguistFlags } from './git-attributes.js';
import { listGitFiles, walkFiles, type FileListing } from './list-files.js';
import { inRepoAliases } from './resolve/symlink-aliases.js';
import { selectModules, type Selection } from './select-modules.js';
import { sourceExtension } from './source-extensions.js';

export interface Discovery extends Selection {
  listing: FileListing;
  /** tracked in-repo symlinks and the tracked files they point at, read once */
  aliases: Map<string, string>;
  /** candidates that Linguist counts as documentation: example code, not the product */
  documentation: Set<string>;
}

/** Lists the directory's files (through git when it is a work tree) and picks candidate modules. */
export async function discover(root: string, exclude: string[], warnings: WarningSink): Promise<Discovery> {
  const inside = await runGit(root, ['rev-parse', '--is-inside-work-tree']);
  const isWorkTree = inside.exitCode === 0 && inside.stdout.toString().trim() === 'true';
  const listing = isWorkTree ? await listGitFiles(root) : walkFiles(root);
  const sources = listing.files.filter((f) => sourceExtension(f.path) !== null).map((f) => f.path);
  const linguist = isWorkTree ? await readLinguistFlags(root, sources) : { generated: new Set<string>(), vendored: new Set<string>() };
  return { listing, aliases: inRepoAliases(root, listing.files), documentation: new Set<string>(), ...selectModules(listing, linguist, exclude, warnings) };
}
