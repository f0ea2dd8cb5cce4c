import type { ts as TS } from 'ts-morph';
import { ts } from '../syntax/compiler.js';
import { pascalName } from './component-names.js';
import type { ScriptBlock } from './model.js';

/**
 * The template tags that no top-level name of the scripts answers: Vue resolves a tag to a
 * `<script setup>` binding (an import, a const) first, by its name, camelCase or PascalCase, and
 * a component imported in `<script>` is the one registered under its name. The rest are the
 * tags an auto-import may supply.
 */
export function unboundTags(tags: readonly string[], blocks: readonly ScriptBlock[]): string[] {
  const bound = new Set<string>();
  for (const block of blocks) for (const name of topLevelNames(block)) bound.add(name);
  return tags.filter((tag) => {
    const camel = tag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    return !bound.has(tag) && !bound.has(camel) && !bound.has(pascalName(tag));
  });
}

function topLevelNames(block: ScriptBlock): string[] {
  const kind = block.extension === '.tsx' ? ts.ScriptKind.TSX : block.extension === '.jsx' ? ts.ScriptKind.JSX : block.extension === '.js' ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile('block', block.text, ts.ScriptTarget.Latest, false, kind);
  const names: string[] = [];
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.push(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
      else if (bindings) for (const element of bindings.elements) names.push(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      names.push(statement.name.text);
    }
  }
  return names;
}
