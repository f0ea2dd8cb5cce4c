import type { ts as TS } from 'ts-morph';
import { ts } from './compiler.js';
import type { ImportRef } from './model.js';

/**
 * When the recursive parser overflows (absurdly deep nesting), the scanner-only pre-processor
 * still finds the file's imports, so the module keeps its edges.
 */
export function scanImports(text: string): ImportRef[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((file) => ({
    specifier: file.fileName,
    kind: 'import' as const,
    typeOnly: false,
    dynamic: false,
    names: ['*'],
  }));
}
