import { describe, expect, it } from 'vitest';
import { buildHostileComponents, HOSTILE_COMPONENT_NAMES } from '../../scripts/fixtures/hostile/components.js';
import { warningCodes } from './support/contract.js';
import { analyzedOnce } from './support/analyzed-once.js';

// analyzeHostile checks exit 0, silence, nothing written, the schema, and that every tracked component is accounted for
const fixture = analyzedOnce('components', (b) => buildHostileComponents(b.repo), {}, 180_000);

const edgesFrom = (source: string): string[] => fixture.report.edges.filter((e) => e.source === source).map((e) => e.target).sort();

describe('hostile components', () => {
  it('makes every component a module, importing what its script imports, whatever the compiler said', () => {
    expect(edgesFrom('src/main.ts')).toEqual([...HOSTILE_COMPONENT_NAMES].sort());
    for (const path of HOSTILE_COMPONENT_NAMES) expect(edgesFrom(path), path).toEqual(['src/util.ts']);
  });

  it('reads CRLF with a BOM, and bytes that are not UTF-8, without a warning', () => {
    expect(warningCodes(fixture.report, 'src/Crlf.vue')).toEqual([]);
    expect(warningCodes(fixture.report, 'src/Latin1.svelte')).toEqual([]);
  });

  it('names the compiler line of a component it rejects, and keeps the message as text', () => {
    const markup = fixture.report.warnings.find((w) => w.path === 'src/Markup.svelte');
    expect(markup?.code).toBe('parse-error');
    expect(markup?.message).toMatch(/^syntax error at line \d+: /);
    expect(warningCodes(fixture.report, 'src/Unclosed.vue')).toEqual(['parse-error']);
    // Astro's compiler takes a frontmatter that never closes as running to the end of the file
    expect(warningCodes(fixture.report, 'src/Open.astro')).toEqual([]);
  });

  it('counts no code for the 20,000 nested elements of a template', () => {
    for (const path of ['src/Deep.vue', 'src/Deep.svelte']) expect(fixture.report.modules.find((m) => m.path === path)?.size.loc, path).toBe(1);
  });

  it('takes nothing from a declaration of the wrong shape, nor a path that leaves the repository', () => {
    expect(fixture.report.edges.every((e) => !e.target.includes('passwd'))).toBe(true);
    expect(warningCodes(fixture.report, 'components.d.ts')).toEqual(['declaration-file']);
  });
});
