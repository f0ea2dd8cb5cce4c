import picomatch from 'picomatch';
import type { WarningSink } from '../core/warnings.js';
import type { LinguistFlags } from './git-attributes.js';
import type { FileListing } from './list-files.js';
import { isDeclarationFile, sourceExtension } from './source-extensions.js';

/**
 * blastmap's own, beyond Linguist's `(\.|-)min\.(js|css)$` vendor rule: `.min.mjs`, `.min.cjs`, any
 * case. A check of whether the file is generated, so `linguist-generated=false` turns it off.
 */
const MINIFIED_NAME = /[.-]min\.(js|mjs|cjs)$/i;

export interface Selection {
  /** candidate module paths, sorted */
  candidates: string[];
  /** every tracked TS/JS file seen (declarations included) */
  sourceFilesSeen: number;
}

/**
 * Decides from names and attributes alone which tracked files are candidate modules. Vendored and
 * generated files (Linguist's rules and .gitattributes, in `linguist`) are named in warnings with
 * the rule that matched; documentation stays a candidate.
 */
export function selectModules(
  listing: FileListing,
  linguist: LinguistFlags,
  exclude: string[],
  warnings: WarningSink,
): Selection {
  const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  const candidates: string[] = [];
  let seen = 0;
  for (const path of listing.submodules)
    warnings.add('submodule', 'a git submodule: its files belong to another repository and are not analyzed here; analyze it on its own', path);
  for (const file of listing.files) {
    const { path } = file;
    if (sourceExtension(path) === null) continue;
    seen += 1;
    const vendored = linguist.vendored.get(path);
    const generated = linguist.generated.get(path);
    if (file.nameNotUtf8) warnings.add('file-name-not-utf8', 'the file name is not valid UTF-8 (the report shows U+FFFD for the bad bytes), so it cannot be named exactly; not analyzed', path);
    else if (isDeclarationFile(path)) warnings.add('declaration-file', 'type declarations only; not a module', path);
    else if (vendored !== undefined) warnings.add('vendored', vendored, path);
    else if (listing.ignored.has(path)) warnings.add('git-ignored', 'tracked but matched by .gitignore', path);
    else if (excluded(path)) warnings.add('excluded-by-config', 'matched an `exclude` glob', path);
    else if (file.symlink) warnings.add('symlink', 'a symbolic link; links are never followed', path);
    else if (generated !== undefined) warnings.add('generated', generated, path);
    else if (MINIFIED_NAME.test(path) && !linguist.notGenerated.has(path)) warnings.add('minified', 'minified bundle (by name)', path);
    else candidates.push(path);
  }
  return { candidates, sourceFilesSeen: seen };
}
