import type { EdgeKind, ModuleSize } from '../model.js';

/** One import-like reference to another module, as written. */
export interface ImportRef {
  specifier: string;
  kind: EdgeKind;
  typeOnly: boolean;
  dynamic: boolean;
  /** export names used: [] for a side-effect import, ['*'] for the whole namespace */
  names: string[];
}

/** `export { imported as exported } from specifier`; imported '*' is a namespace, exported '*' is `export *`. */
export interface ReExport {
  specifier: string;
  imported: string;
  exported: string;
}

export interface ParseProblem {
  line: number;
  message: string;
}

/** Everything later stages need from a file's syntax; the text is dropped after this. */
export interface ParsedModule {
  imports: ImportRef[];
  reexports: ReExport[];
  /** names this module defines and exports itself ('default' included) */
  localExports: string[];
  /** has statements other than imports and re-exports */
  definesCode: boolean;
  size: ModuleSize;
  problems: ParseProblem[];
  /** a Vue component's template tags that name components, as written (graph/components/auto-imports.ts) */
  templateTags?: string[];
}
