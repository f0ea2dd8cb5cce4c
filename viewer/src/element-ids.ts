/** Cytoscape ids: a prefix keeps a module and a directory of the same path apart. */
export const moduleId = (path: string) => `m:${path}`;
export const areaId = (path: string) => `a:${path}`;

export type Target = { kind: 'module' | 'area'; path: string };

export function targetOfId(id: string): Target | null {
  if (id.startsWith('m:')) return { kind: 'module', path: id.slice(2) };
  if (id.startsWith('a:')) return { kind: 'area', path: id.slice(2) };
  return null;
}
