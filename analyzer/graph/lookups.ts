import type { EdgeKind } from './model.js';
import type { ParsedModule } from './syntax/model.js';

/**
 * The resolutions a module needs: each specifier once, with the kind of its first reference
 * (`import type` and `import` of one specifier resolve alike; the first decides the mode).
 */
export function lookupsOf(module: ParsedModule): { specifier: string; kind: EdgeKind }[] {
  const seen = new Set<string>();
  const lookups: { specifier: string; kind: EdgeKind }[] = [];
  for (const ref of module.imports) {
    if (seen.has(ref.specifier)) continue;
    seen.add(ref.specifier);
    lookups.push({ specifier: ref.specifier, kind: ref.kind });
  }
  return lookups;
}
