const GENERATED = '/.svelte-kit/tsconfig.json';
const SVELTE_CONFIGS = ['svelte.config.js', 'svelte.config.mjs', 'svelte.config.cjs', 'svelte.config.ts'];

/**
 * The tsconfig `svelte-kit sync` writes to `.svelte-kit/tsconfig.json`, which an app's own
 * tsconfig extends: it is generated and untracked, so a fresh clone lacks it, and with it the
 * `$lib` alias every SvelteKit app imports through. For a folder with a tracked
 * `svelte.config.*`, its defaults (SvelteKit 2's write_tsconfig, `kit.files.lib` left at
 * `src/lib`) stand in for it; `kit.alias` entries, which only running the config would give, do
 * not. `asked` hears each tracked path the answer depends on (the config files looked for).
 */
export function svelteKitGeneratedConfig(abs: string, isTracked: (abs: string) => boolean, asked: (abs: string) => void): string | null {
  if (!abs.endsWith(GENERATED)) return null;
  const app = abs.slice(0, -GENERATED.length);
  for (const name of SVELTE_CONFIGS) {
    asked(`${app}/${name}`);
    if (isTracked(`${app}/${name}`)) return TEXT;
  }
  return null;
}

const TEXT = JSON.stringify({
  compilerOptions: {
    paths: { $lib: ['../src/lib'], '$lib/*': ['../src/lib/*'] },
    rootDirs: ['..', './types'],
    verbatimModuleSyntax: true,
    isolatedModules: true,
    lib: ['esnext', 'DOM', 'DOM.Iterable'],
    moduleResolution: 'bundler',
    module: 'esnext',
    noEmit: true,
    target: 'esnext',
  },
  include: ['ambient.d.ts', 'non-ambient.d.ts', './types/**/$types.d.ts', '../vite.config.js', '../vite.config.ts', '../src/**/*.js', '../src/**/*.ts', '../src/**/*.svelte', '../tests/**/*.js', '../tests/**/*.ts', '../tests/**/*.svelte'],
  exclude: ['../node_modules/**', '../src/service-worker.js', '../src/service-worker/**/*.js', '../src/service-worker.ts', '../src/service-worker/**/*.ts', '../src/service-worker.d.ts', '../src/service-worker/**/*.d.ts'],
});
