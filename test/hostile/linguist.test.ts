import { describe, expect, it } from 'vitest';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { discover } from '../../analyzer/graph/discover.js';
import { vendorRule } from '../../analyzer/graph/linguist-rules.js';
import { buildLinguistFixture, DOCUMENTATION, GENERATED, KEPT_BY_ATTRIBUTE, NOT_DOCUMENTATION, VENDORED } from '../../scripts/fixtures/hostile/linguist.js';
import { warningCodes } from './support/contract.js';
import { analyzedOnce } from './support/analyzed-once.js';

const fixture = analyzedOnce('linguist', (b) => buildLinguistFixture(b.repo), {}, 90_000);
const messageOf = (path: string): string | undefined => fixture.report.warnings.find((w) => w.path === path)?.message;
const modules = (): Set<string> => new Set(fixture.report.modules.map((m) => m.path));

describe('vendored, generated and documentation files as Linguist tells them, under a hostile .gitattributes', () => {
  it('names every vendored file in warnings, with the vendor.yml rule that matched', () => {
    for (const path of VENDORED.byRule) {
      expect(warningCodes(fixture.report, path), path).toEqual(['vendored']);
      expect(messageOf(path), path).toContain(`Linguist vendor rule \`${vendorRule(path)?.pattern}\``);
    }
    expect(messageOf('public/js/jquery-1.9.1.js')).toBe('vendored third-party code (Linguist vendor rule `(^|/)jquery\\-\\d\\.\\d+(\\.\\d+)?\\.js$`, jQuery)');
  });

  it('vendors what the attributes mark: a macro, any value but false, a quoted path with a space', () => {
    for (const path of VENDORED.byAttribute) expect([path, warningCodes(fixture.report, path), messageOf(path)]).toEqual([path, ['vendored'], 'marked linguist-vendored in .gitattributes']);
  });

  it('leaves out generated code by name, by content, and by attribute (a quoted path with a newline too)', () => {
    for (const path of [...GENERATED.byName, ...GENERATED.byContent, ...GENERATED.byAttribute]) expect(warningCodes(fixture.report, path), path).toEqual(['generated']);
    expect(messageOf('src/compiled.js')).toContain('has_source_map?');
    expect(messageOf('src/proto/greeter.ts')).toContain('generated_typescript_protocol_buffer?');
    expect(messageOf('src/grammar.js')).toContain('generated_parser?');
    expect(messageOf('.pnp.cjs')).toContain('generated_yarn_plugnplay?');
    for (const path of GENERATED.byAttribute) expect(messageOf(path), path).toBe('marked linguist-generated in .gitattributes');
  });

  it('keeps as modules what -attr, attr=false and a nested .gitattributes take back from the rules', () => {
    const kept = modules();
    expect(KEPT_BY_ATTRIBUTE.filter((path) => !kept.has(path))).toEqual([]);
    for (const path of KEPT_BY_ATTRIBUTE) expect(warningCodes(fixture.report, path), path).toEqual([]);
    // the team's own copy stays in the graph with its edges
    expect(fixture.report.edges.filter((e) => e.source === 'src/main.ts').map((e) => e.target).sort()).toEqual(['lib/ours/jquery-helpers.js', 'third_party/ours/adapter.ts']);
  });

  it('keeps documentation as modules, and hands the set to the module kind', async () => {
    const kept = modules();
    expect([...DOCUMENTATION, ...NOT_DOCUMENTATION].filter((path) => !kept.has(path))).toEqual([]);
    const found = await discover(fixture.box.repo, [], new WarningSink());
    expect([...found.linguist.documentation].sort()).toEqual([...DOCUMENTATION].sort());
  });
});
