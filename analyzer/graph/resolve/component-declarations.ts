/**
 * How TypeScript's resolver finds a component. It does not know `.vue`, `.svelte` or `.astro`
 * files, but for an import of `./Foo.vue` (through a relative path, `paths`, `baseUrl` or a
 * workspace package alike) it looks for the declaration `./Foo.d.vue.ts` (its "arbitrary
 * extensions" rule). The resolution host answers that such a declaration exists exactly when the
 * component is tracked, and the result names the component: so an import with the component's
 * extension resolves as TypeScript resolves any file, with the importing file's tsconfig.
 * A tracked `Foo.d.vue.ts` of its own is not looked at (a declaration is not a module anyway).
 */
const COMPONENT_DECLARATION = /\.d\.(vue|svelte|astro)\.ts$/;

/** `…/Foo.d.vue.ts` → `…/Foo.vue`; null for any other path. */
export function componentOfDeclaration(path: string): string | null {
  const match = COMPONENT_DECLARATION.exec(path);
  return match ? `${path.slice(0, match.index)}.${match[1]}` : null;
}

/** The extra file kinds a tsconfig's `include` globs take (as the Vue, Svelte and Astro language tools pass them). */
export const COMPONENT_CONFIG_EXTENSIONS = ['.vue', '.svelte', '.astro'];
