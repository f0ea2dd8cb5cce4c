/** What counts as a TS/JS source module, by file name. */
export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

/** Single-file components: modules whose script blocks are TS/JS (graph/components/). */
export const COMPONENT_EXTENSIONS = ['.vue', '.svelte', '.astro'] as const;

export type ComponentExtension = (typeof COMPONENT_EXTENSIONS)[number];

const DECLARATION = /\.d\.(ts|mts|cts)$|\.d\.[^./]+\.ts$/;

/** The module extension of a path (lower case): a TS/JS one or a component's; null for any other file. */
export function sourceExtension(path: string): string | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return null;
  const ext = path.slice(dot).toLowerCase();
  return (SOURCE_EXTENSIONS as readonly string[]).includes(ext) || (COMPONENT_EXTENSIONS as readonly string[]).includes(ext) ? ext : null;
}

/** `.vue`, `.svelte` or `.astro` (any case) when the path is a component, else null. */
export function componentExtension(path: string): ComponentExtension | null {
  const ext = sourceExtension(path);
  return ext !== null && (COMPONENT_EXTENSIONS as readonly string[]).includes(ext) ? (ext as ComponentExtension) : null;
}

export function isDeclarationFile(path: string): boolean {
  return DECLARATION.test(path);
}
