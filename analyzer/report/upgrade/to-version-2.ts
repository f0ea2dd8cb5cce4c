/**
 * Reads a schema version 1 report as version 2 (report contract, "Schema version 2": the viewer
 * still reads version 1). Version 1 knew tests and everything else, so a module is `test` or
 * `source`; it recorded no merged identities and no first authorship, which the creating commit's
 * author stands in for. The document is untrusted: anything not shaped as expected is left as it
 * is, and the schema check that follows names it.
 */
export function upgradeToVersion2(document: Record<string, unknown>): Record<string, unknown> {
  if (document['schemaVersion'] !== 1) return document;
  const modules = Array.isArray(document['modules']) ? document['modules'].map(upgradeModule) : document['modules'];
  const authors = Array.isArray(document['authors'])
    ? document['authors'].map((a: unknown) => (isRecord(a) && !('aliases' in a) ? { ...a, aliases: [] } : a))
    : document['authors'];
  const summary = isRecord(document['summary']) && Array.isArray(modules) ? { ...document['summary'], kinds: kindCounts(modules) } : document['summary'];
  return { ...document, schemaVersion: 2, modules, authors, summary };
}

function upgradeModule(m: unknown): unknown {
  if (!isRecord(m)) return m;
  const history = isRecord(m['history']) ? upgradeHistory(m['history']) : m['history'];
  return { ...m, kind: m['test'] === true ? 'test' : 'source', history };
}

function upgradeHistory(h: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(h['authors'])) return h;
  const creator = h['createdBy'];
  return { ...h, authors: h['authors'].map((a: unknown) => (isRecord(a) ? { ...a, firstAuthorship: a['id'] === creator } : a)) };
}

function kindCounts(modules: readonly unknown[]): Record<string, number> {
  const kinds = { source: 0, test: 0, example: 0, tooling: 0 };
  for (const m of modules) if (isRecord(m)) kinds[m['kind'] === 'test' ? 'test' : 'source'] += 1;
  return kinds;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
