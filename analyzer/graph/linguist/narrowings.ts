import type { LinguistRule } from './data.js';

/**
 * Where blastmap parts from Linguist, and the real repository that showed why. Linguist's rules
 * decide what counts in a language bar, where a folder of code wrongly left out costs a few
 * percent; here a vendored file leaves the graph and a documentation file stops counting as the
 * product. Each narrowed rule still matches every example Linguist's own tests give for it
 * (test/graph/linguist.test.ts), and names the rule it replaces verbatim, so a Linguist update
 * that changes that rule fails the test until someone looks again.
 */
export const NARROWED_VENDOR_RULES: ReadonlyArray<{ linguist: string; blastmap: string; why: string }> = [
  {
    linguist: '(^|/)cache/',
    blastmap: '^cache/',
    why: 'a cache a repository commits sits at its top; below it, a cache/ folder of TS/JS is the program\'s own caching code: apollo-client\'s src/cache/ (InMemoryCache, the hub of the library)',
  },
  {
    linguist: '(^|/)env/',
    blastmap: '^env/',
    why: 'a Python virtualenv sits at the top (Linguist\'s example: env/foo.py); below it, an env/ folder of TS/JS is configuration code: every create-t3-app project\'s src/env/ (client.mjs, server.mjs, schema.mjs)',
  },
  {
    linguist: '(^|/)[Pp]ackages\\/.+\\.\\d+\\/',
    blastmap: '(^|/)[Pp]ackages\\/[^/]+\\.\\d+\\/',
    why: 'NuGet unpacks a package into packages/<Id>.<version>/; `.+` also crosses folders, and took the 436 modules under mui-x\'s packages/x-codemod/src/v6.0.0/',
  },
  {
    linguist: '(^|/)react(-[^.]*)?\\.js$',
    blastmap: '(^|/)react(-[^./]*)?\\.js$',
    why: 'React\'s own files are react.js, react-dom.js and the like; `[^.]*` also crosses folders, and took every .js file under a react-*/ folder (361 of mui-x\'s docs/pages/x/react-charts/…)',
  },
];

/**
 * documentation.yml's rules under this heading (README, LICENSE, CHANGELOG, CONTRIBUTING,
 * COPYING, INSTALL, CITATION) name prose files. blastmap asks only about TS/JS paths, where they
 * catch nothing but code named after one: vite's packages/vite/src/node/plugins/license.ts (its
 * licence plugin, product code), mui-x's license.*.test.tsx, vite's readme.spec.ts.
 */
export const DOCUMENTATION_FILES_LABEL = 'Documentation files';

export function narrowedVendorRules(rules: readonly LinguistRule[]): LinguistRule[] {
  const narrowed = new Map(NARROWED_VENDOR_RULES.map((n) => [n.linguist, n.blastmap]));
  return rules.map((rule) => ({ ...rule, pattern: narrowed.get(rule.pattern) ?? rule.pattern }));
}
