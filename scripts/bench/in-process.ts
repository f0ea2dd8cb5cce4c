import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { readSource } from '../../analyzer/graph/read-source.js';
import { computeLayout } from '../../analyzer/report/layout/layout.js';
import { sampleReport } from '../../test/support/sample-report.js';
import type { BenchResult } from './result.js';

const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Figures measured in this process, on generated input, that no test holds to a limit: the
 * report's layout of `layoutModules` modules, and the buffer memory readSource takes for a file
 * over the size cap (a cap decided from the file's size takes none; reading it would take 50 MB).
 */
export function measureInProcess(layoutModules = 20_000): BenchResult['inProcess'] {
  const report = sampleReport({ modules: layoutModules, withLayout: false });
  const input = { modules: report.modules.map((m) => ({ path: m.path, area: m.area, blastRadius: m.graph.blastRadius })), edges: report.edges };
  const started = performance.now();
  computeLayout(input);
  const layoutMs = performance.now() - started;

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'blastmap-bench-cap-'));
  try {
    const file = path.join(scratch, 'generated.ts');
    const fileBytes = 50 * 1024 * 1024;
    writeFileSync(file, '');
    truncateSync(file, fileBytes); // sparse: 50 MB by its size, nothing written to disk
    const before = process.memoryUsage().arrayBuffers;
    readSource(file, 'generated.ts', MAX_FILE_BYTES, new WarningSink());
    const arrayBuffersKb = (process.memoryUsage().arrayBuffers - before) / 1024;
    return { layout: { modules: layoutModules, ms: layoutMs }, sizeCap: { fileBytes, arrayBuffersKb } };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
