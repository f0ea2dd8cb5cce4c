import { describe, expect, it } from 'vitest';
import { linguistFlags, type Declared } from '../../analyzer/graph/git-attributes.js';
import { DOCUMENTATION_RULES, GENERATED_NAME_RULES, VENDOR_RULES } from '../../analyzer/graph/linguist/data.js';
import { NARROWED_VENDOR_RULES, narrowedVendorRules } from '../../analyzer/graph/linguist/narrowings.js';
import { RuleSet } from '../../analyzer/graph/linguist/rule-set.js';
import { hasTopLevelAlternation, rubyToJs } from '../../analyzer/graph/linguist/ruby-regexp.js';
import { isDocumentation, isGeneratedByName, isVendored, vendorRule } from '../../analyzer/graph/linguist-rules.js';
import * as examples from './linguist-examples.js';

const failing = (paths: readonly string[], holds: (path: string) => boolean): string[] => paths.filter((path) => !holds(path));

describe("Linguist's path rules, held to Linguist's own test examples", () => {
  it('vendor.yml: every path Linguist calls vendored is, and none of those it does not', () => {
    expect(failing(examples.VENDORED, isVendored)).toEqual([]);
    expect(failing(examples.NOT_VENDORED, (p) => !isVendored(p))).toEqual([]);
  });

  it('documentation.yml: the folder rules as Linguist has them, at the top only where it anchors them', () => {
    expect(failing(examples.DOCUMENTATION_FOLDERS, isDocumentation)).toEqual([]);
    expect(failing(examples.NOT_DOCUMENTATION, (p) => !isDocumentation(p))).toEqual([]);
  });

  it('documentation.yml: the file-name rules are left out, so code named after a prose file stays product code', () => {
    expect(examples.DOCUMENTATION_FILES.filter(isDocumentation)).toEqual([]);
    // vite's licence plugin, mui-x's licence tests, vite's readme test
    for (const path of ['packages/vite/src/node/plugins/license.ts', 'packages/x-data-grid-pro/src/tests/license.DataGridPro.test.tsx', 'packages/plugin-legacy/src/__tests__/readme.spec.ts']) {
      expect(isDocumentation(path), path).toBe(false);
    }
  });

  it('generated.rb: the name-only rules it applies to a TS/JS path', () => {
    expect(failing(examples.GENERATED_BY_NAME, isGeneratedByName)).toEqual([]);
    expect(failing(examples.NOT_GENERATED_BY_NAME, (p) => !isGeneratedByName(p))).toEqual([]);
    expect(isGeneratedByName('.idea/runConfigurations/dev.js')).toBe(true);
    expect(isGeneratedByName('src/__generated__/UserQuery.graphql.ts')).toBe(true);
  });

  it('names the rule that matched, for the warning', () => {
    expect(vendorRule('public/javascripts/jquery-1.9.1.js')).toEqual({ pattern: '(^|/)jquery\\-\\d\\.\\d+(\\.\\d+)?\\.js$', label: 'jQuery' });
    expect(vendorRule('lib/jquery.js')?.pattern).toBe('(^|/)jquery([^.]*)\\.js$');
    expect(vendorRule('src/app.ts')).toBeNull();
  });
});

describe('where blastmap narrows a vendor rule', () => {
  it('replaces rules Linguist has verbatim, so an upstream change to one is looked at again', () => {
    const patterns = new Set(VENDOR_RULES.map((r) => r.pattern));
    for (const { linguist } of NARROWED_VENDOR_RULES) expect(patterns.has(linguist), linguist).toBe(true);
    expect(narrowedVendorRules(VENDOR_RULES)).toHaveLength(VENDOR_RULES.length);
  });

  it('keeps the product code of the repositories that showed why', () => {
    for (const path of [
      'packages/x-codemod/src/v6.0.0/component-rename-prop/index.ts', // mui-x
      'docs/pages/x/react-charts/animation.js', // mui-x: documentation, not vendored
      'src/cache/inmemory/inMemoryCache.ts', // apollo-client
      'src/env/server.mjs', // create-t3-app
      'src/utils/cache/batch-client.ts',
    ]) expect(isVendored(path), path).toBe(false);
  });

  it('still vendors what the narrowed rules are for', () => {
    for (const path of ['react.js', 'vendor/react-dom.js', 'public/react-with-addons.js', 'packages/Newtonsoft.Json.13.0.1/lib/x.js', 'cache/x.js', 'env/lib/site.js']) {
      expect(isVendored(path), path).toBe(true);
    }
  });
});

/** Odd paths where Ruby's and JavaScript's readings of the same regexp part ways. */
const ODD = ['a\ndocs/x.ts', 'a\rdocs/x.ts', 'a\u2028docs/x.ts', 'x/prototype\r.js', 'x/prototype\n.js', 'custom.bootstrap\u00a0x.js', 'custom.bootstrap x.js', 'src/x.ts\n', 'lib/jquery\u2029.js'];

describe('Ruby regexps, read as Ruby reads them', () => {
  it('starts a line only after \\n, and . is anything but \\n', () => {
    expect(isDocumentation('a\ndocs/x.ts')).toBe(true);
    expect(isDocumentation('a\rdocs/x.ts')).toBe(false);
    expect(isDocumentation('a\u2028docs/x.ts')).toBe(false);
    expect(isVendored('x/prototype\r.js')).toBe(true);
    expect(isVendored('x/prototype\n.js')).toBe(false);
  });

  it('\\s is ASCII white space only', () => {
    expect(rubyToJs('a[^\\s]*b\\s')).toBe('a[^ \\t\\r\\n\\f\\v]*b[ \\t\\r\\n\\f\\v]');
    expect(isVendored('custom.bootstrap\u00a0x.js')).toBe(true);
  });

  it('refuses what JavaScript would read otherwise, instead of matching something else', () => {
    for (const ruby of ['\\Afoo', 'foo\\z', '\\h+', '(?i)readme', '(?i:readme)', 'a++', 'a{2}+', '[[:alpha:]]', '(a)\\1', 'a{,3}', '[a[b]]', '[a&&b]', '[]a]']) {
      expect(() => rubyToJs(ruby), ruby).toThrow();
    }
  });

  it('tells a top-level | from one inside a group or a class', () => {
    expect(hasTopLevelAlternation('a|b')).toBe(true);
    expect(hasTopLevelAlternation('(a|b)c')).toBe(false);
    expect(hasTopLevelAlternation('[|]\\|')).toBe(false);
  });
});

describe('the joined regexp of a rule set', () => {
  const lists = { vendor: narrowedVendorRules(VENDOR_RULES), documentation: DOCUMENTATION_RULES, generated: GENERATED_NAME_RULES };
  const samples = [...new Set([...Object.values(examples).flat(), ...ODD, 'src/a.ts', 'a/b/c.min.js', 'x/third_party/y.ts', 'x.d.ts', 'a|b/vendor/c.js'])];
  const variants = samples.flatMap((p) => [p, `x/${p}`, `x\n${p}`, `${p}\ny`, `${p}\r`]);

  for (const [name, rules] of Object.entries(lists)) {
    it(`answers as the ${name} rules one by one do`, () => {
      const set = new RuleSet(rules);
      const each = rules.map((r) => new RegExp(rubyToJs(r.pattern)));
      const disagree = variants.filter((p) => set.test(p) !== each.some((re) => re.test(p)));
      expect(disagree).toEqual([]);
    });
  }
});

describe('.gitattributes over the rules', () => {
  const flags = (path: string, said: Declared) => linguistFlags([path], new Map([[path, said]]));

  it('linguist-vendored=false or -linguist-vendored keeps a path Linguist would vendor; true vendors any path', () => {
    expect(flags('vendor/ours.ts', { 'linguist-vendored': false }).vendored.size).toBe(0);
    expect(flags('vendor/ours.ts', {}).vendored.get('vendor/ours.ts')).toContain('(^|/)vendors?/');
    expect(flags('src/copied.ts', { 'linguist-vendored': true }).vendored.get('src/copied.ts')).toBe('marked linguist-vendored in .gitattributes');
  });

  it('linguist-generated=false takes a path out of every generated check; true marks it', () => {
    const off = flags('src/__generated__/q.ts', { 'linguist-generated': false });
    expect([off.generated.size, [...off.notGenerated]]).toEqual([0, ['src/__generated__/q.ts']]);
    expect(flags('src/__generated__/q.ts', {}).generated.get('src/__generated__/q.ts')).toContain('generated_graphql_relay?');
    expect(flags('src/q.ts', { 'linguist-generated': true }).generated.has('src/q.ts')).toBe(true);
  });

  it('linguist-documentation marks or unmarks documentation, which stays a module', () => {
    expect([...flags('src/tour.ts', { 'linguist-documentation': true }).documentation]).toEqual(['src/tour.ts']);
    expect(flags('docs/app.ts', { 'linguist-documentation': false }).documentation.size).toBe(0);
    const doc = flags('docs/app.ts', {});
    expect([[...doc.documentation], doc.vendored.size, doc.generated.size]).toEqual([['docs/app.ts'], 0, 0]);
  });
});
