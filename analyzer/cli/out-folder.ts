import { lstatSync } from 'node:fs';
import { UsageError } from './usage-error.js';

/**
 * `--out` checked before the analysis rather than after it: a file or a link where the folder
 * should be is bad input (exit 2), not a failed analysis. writeOutputs checks the link again, for
 * callers other than the CLI, and because the folder may change in the meantime.
 */
export function checkOutFolder(outDir: string): void {
  let stats;
  try {
    stats = lstatSync(outDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    // a parent that is a file: mkdir would fail the same way after the whole analysis
    if (code === 'ENOTDIR') throw new UsageError(`--out ${outDir}: a part of the path is a file, not a folder`);
    throw new UsageError(`--out ${outDir}: ${code ?? String(error)}`);
  }
  if (stats.isSymbolicLink()) throw new UsageError(`the output folder ${outDir} is a symbolic link; give a real folder with --out`);
  if (!stats.isDirectory()) throw new UsageError(`--out ${outDir} is a file, not a folder: give a folder for report.json, report.md and report.html`);
}
