import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { nuxtComponentName, pascalName, splitByCase } from '../../analyzer/graph/components/component-names.js';
import { declaredComponents } from '../../analyzer/graph/components/declared-components.js';
import { buildModuleGraph } from '../../analyzer/graph/index.js';
import type { ModuleGraph } from '../../analyzer/graph/model.js';
import { componentExtension } from '../../analyzer/graph/source-extensions.js';
import { buildComponentFixture, COMPONENT_FIXTURE_EXPECTED, COMPONENT_FIXTURE_FILES } from '../../scripts/fixtures/component-fixture.js';

let dir: string;
let graph: ModuleGraph;
const warnings = new WarningSink();

beforeAll(async () => {
  dir = buildComponentFixture();
  graph = await buildModuleGraph({ repoDir: dir, options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const module = (path: string) => graph.modules.find((m) => m.path === path);

describe('components are modules (the hand-worked fixture)', () => {
  it('finds exactly the edges worked out by hand', () => {
    // Each edge, why: App.vue's <script setup lang="ts"> imports Hello.vue (component → component)
    // and '@/utils/format' (the tsconfig's paths govern the .vue file); its <AutoCard /> is in
    // components.d.ts; <Hello /> is its own import, <el-button /> a library's, <Gone /> names no
    // file. Hello.vue: its setup script's import. AutoCard.vue: plain JS, './math.js' written for
    // math.ts. index.ts re-exports Hello.vue. The Svelte 5 runes component, the context="module"
    // and the `module` scripts, the TS file importing a Svelte module script's export, the Astro
    // frontmatter and its processed <script> (not the is:inline one), Nuxt's <BaseButton />,
    // <form-input-text /> and <LazyBaseButton /> (the same file), and not <AutoCard /> (another
    // project's declaration); the two broken components keep the import before the error. The
    // SvelteKit app's `$lib/...` (a component through the alias too) goes through the generated
    // tsconfig's defaults, its svelte.config.js being tracked.
    expect(graph.edges.map((e) => [e.source, e.target])).toEqual(COMPONENT_FIXTURE_EXPECTED.edges);
  });

  it('makes every tracked component a module, the broken ones with a warning naming the line', () => {
    const components = Object.keys(COMPONENT_FIXTURE_FILES).filter((p) => componentExtension(p) !== null);
    expect(components.filter((p) => module(p) === undefined)).toEqual([]);
    expect(warnings.items.map((w) => [w.path, w.code])).toEqual(COMPONENT_FIXTURE_EXPECTED.warnings);
    const broken = warnings.items.filter((w) => w.code === 'parse-error').map((w) => w.message);
    expect(broken[0]).toMatch(/^syntax error at line 4: .*\(Vue compiler\)/);
    expect(broken[1]).toMatch(/^syntax error at line 4: .*\(Svelte compiler\)/);
  });

  it('follows a barrel that re-exports a component, and a Svelte module script export, to the component', () => {
    const used = (source: string) => graph.symbolEdges.filter((e) => e.source === source).map((e) => e.target);
    expect(used('src/main.ts')).toEqual(['src/App.vue', 'src/components/Hello.vue']);
    expect(used('src/lib/use-store.ts')).toEqual(['src/lib/Modern.svelte', 'src/lib/Store.svelte']);
    expect(module('src/components/index.ts')?.barrel).toBe(true);
    expect(module('src/components/Hello.vue')?.barrel).toBe(false);
  });

  it('counts lines of code and complexity in the script blocks only', () => {
    // Hello.vue: `export const greeting` (1 line) + the setup block's 3 lines; complexity 1 per
    // block + the arrow function (1) and its conditional (1); the template and tags count nothing.
    expect(module('src/components/Hello.vue')?.size).toEqual({ loc: 4, complexity: 4, maxFunctionComplexity: 2, functions: 1 });
    // Store.svelte: 2 + 2 lines, one top level per script; index.astro: the frontmatter's 5 lines + the script's 1
    expect(module('src/lib/Store.svelte')?.size).toEqual({ loc: 4, complexity: 2, maxFunctionComplexity: 0, functions: 0 });
    expect(module('src/pages/index.astro')?.size).toEqual({ loc: 6, complexity: 2, maxFunctionComplexity: 0, functions: 0 });
    // a template-only component has no code
    expect(module('nuxt/components/base/BaseButton.vue')?.size.loc).toBe(0);
  });

  it('says nothing of imports inside an inline Astro script (Astro leaves it to the browser)', () => {
    expect(warnings.items.filter((w) => w.code === 'unresolved-import')).toEqual([]);
  });
});

describe('component names', () => {
  it('resolves a tag as Vue does', () => {
    expect(['my-card', 'MyCard', 'myCard'].map(pascalName)).toEqual(['MyCard', 'MyCard', 'MyCard']);
  });

  it('names Nuxt components as Nuxt documents (prefix from folders, repeated prefixes dropped)', () => {
    // https://nuxt.com/docs/guide/directory-structure/components and Nuxt's own tests
    expect(nuxtComponentName('base/foo/Button.vue')).toBe('BaseFooButton');
    expect(nuxtComponentName('base/BaseButton.vue')).toBe('BaseButton');
    expect(nuxtComponentName('form/input/Text.vue')).toBe('FormInputText');
    expect(nuxtComponentName('Item/Item/Item.vue')).toBe('Item');
    expect(nuxtComponentName('some-folder/index.vue')).toBe('SomeFolder');
    expect(nuxtComponentName('Comments.client.vue')).toBe('Comments');
    expect(splitByCase('HTMLParser-foo_bar')).toEqual(['HTML', 'Parser', 'foo', 'bar']);
  });

  it("reads unplugin-vue-components' declaration, quoted names and the @vue/runtime-core form too", () => {
    const text = [
      "declare module '@vue/runtime-core' {",
      '  export interface GlobalComponents {',
      "    'RouterLink': typeof import('vue-router')['RouterLink']",
      "    Foo: typeof import('./src/Foo.vue')['default']",
      '    Plain: DefineComponent<{}>',
      '  }',
      '}',
    ].join('\n');
    expect(declaredComponents(text)).toEqual([['RouterLink', 'vue-router'], ['Foo', './src/Foo.vue']]);
  });
});
