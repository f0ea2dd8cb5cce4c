/** What counts as a TS/JS source module, by file name. */
export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

const DECLARATION = /\.d\.(ts|mts|cts)$|\.d\.[^./]+\.ts$/;

export function sourceExtension(path: string): string | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return null;
  const ext = path.slice(dot).toLowerCase();
  return (SOURCE_EXTENSIONS as readonly string[]).includes(ext) ? ext : null;
}

export function isDeclarationFile(path: string): boolean {
  return DECLARATION.test(path);
}
