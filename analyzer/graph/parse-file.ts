import { parseOutcome, type ParseOutcome } from './parse-outcome.js';
import { componentExtension, sourceExtension } from './source-extensions.js';

let components: Promise<typeof import('./components/parse-component.js')> | undefined;

/**
 * Parses one module's text by its name: a TS/JS file with the one compiler, a component through
 * its framework's compiler (graph/components/, loaded with the first component, so a repository
 * without any loads none of them).
 */
export async function parseFile(path: string, text: string): Promise<ParseOutcome> {
  const component = componentExtension(path);
  if (component === null) return parseOutcome(path, text, sourceExtension(path) ?? '.ts');
  const { parseComponent } = await (components ??= import('./components/parse-component.js'));
  return parseComponent(path, text, component);
}
