/**
 * A path as a record names it must be a plain repository-relative POSIX path: the records come
 * from the analyzed repository and are untrusted. blastmap never opens a recorded path on disk;
 * it only compares it with the names git gives, and asks git for `<commit>:<path>`, where a
 * leading `./` or `../` would be read relative to the current directory. So such paths are refused.
 */
export function recordPathProblem(path: string): string | null {
  if (path === '') return 'an empty path';
  if (path.startsWith('/')) return 'an absolute path';
  if (path.includes('\0')) return 'a path with a NUL byte';
  for (const segment of path.split('/')) {
    if (segment === '') return 'a path with an empty segment';
    if (segment === '.' || segment === '..') return `a path with a "${segment}" segment`;
  }
  return null;
}
