export interface FigureInput {
  /** `kind` when known (schema 2): only `source` modules count; else every module but tests */
  modules: { path: string; test: boolean; kind?: string }[];
  edges: { source: string; target: string }[];
}

export interface ModuleFigures {
  fanIn: number;
  fanOut: number;
  /** distinct source modules that reach this one through import edges, itself excluded */
  blastRadius: number;
}

/** Fan-in, fan-out and blast radius by a plain BFS from every node: slow, but obviously right. */
export function graphFigures(input: FigureInput): Map<string, ModuleFigures> {
  // "not counted": a test, example or tooling module
  const isTest = new Map(input.modules.map((m) => [m.path, m.kind !== undefined ? m.kind !== 'source' : m.test]));
  const importers = new Map<string, Set<string>>();
  const imports = new Map<string, Set<string>>();
  for (const m of input.modules) {
    importers.set(m.path, new Set());
    imports.set(m.path, new Set());
  }
  for (const { source, target } of input.edges) {
    if (source === target || !isTest.has(source) || !isTest.has(target)) continue;
    imports.get(source)!.add(target);
    importers.get(target)!.add(source);
  }

  const figures = new Map<string, ModuleFigures>();
  for (const m of input.modules) {
    const seen = new Set([m.path]);
    const queue = [m.path];
    let blastRadius = 0;
    for (let next = 0; next < queue.length; next++) {
      const current = queue[next]!;
      for (const importer of importers.get(current)!) {
        if (seen.has(importer)) continue;
        seen.add(importer);
        queue.push(importer);
        if (!isTest.get(importer)) blastRadius++;
      }
    }
    figures.set(m.path, { fanIn: importers.get(m.path)!.size, fanOut: imports.get(m.path)!.size, blastRadius });
  }
  return figures;
}
