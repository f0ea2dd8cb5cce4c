import picomatch from 'picomatch';

/**
 * What kind of code a module is (report contract, "What kind of code a module is"): the product
 * (`source`), its tests, example code (examples, demos, playgrounds, documentation sites), or
 * developer tooling (build and release scripts, benchmarks, generators). Only `source` modules
 * count toward blast radius, centrality and the truck factor: a file that only examples depend
 * on is not a hub of the product.
 */
export type ModuleKind = 'source' | 'test' | 'example' | 'tooling';

export interface KindPatterns {
  testPatterns: readonly string[];
  examplePatterns: readonly string[];
  toolingPatterns: readonly string[];
}

/**
 * The first that matches decides: test, then example, then tooling. A test inside an examples
 * folder is test code (`test` stays true exactly when the kind is test), and a benchmark of an
 * example is the example's. `documentation` holds the paths Linguist counts as documentation
 * (its rules or `linguist-documentation` in .gitattributes): example code.
 */
export function kindClassifier(patterns: KindPatterns, documentation: ReadonlySet<string>): (path: string) => ModuleKind {
  const matcher = (globs: readonly string[]): ((path: string) => boolean) => (globs.length > 0 ? picomatch([...globs], { dot: true }) : () => false);
  const isTest = matcher(patterns.testPatterns);
  const isExample = matcher(patterns.examplePatterns);
  const isTooling = matcher(patterns.toolingPatterns);
  return (path) => {
    if (isTest(path)) return 'test';
    if (isExample(path) || documentation.has(path)) return 'example';
    if (isTooling(path)) return 'tooling';
    return 'source';
  };
}
